/**
 * Entries per year, and the geometry of the year-density strip drawn at build time (an SVG whose bars link to
 * `/years/<yyyy>/`). Pure: the component only draws what `densityStrip` returns.
 */
import { anchorYear } from './dates';
import { FACETS, facetValueHref } from './facets';
import type { RecordEntry } from './record';

export interface YearCount {
  year: number;
  count: number;
}

/** Every year from the first entry's to the last entry's, empty years included (as 0), oldest first. */
export function yearDensity(entries: readonly RecordEntry[]): YearCount[] {
  if (entries.length === 0) return [];
  const counts = new Map<number, number>();
  for (const e of entries) {
    const y = anchorYear(e.data.date);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: YearCount[] = [];
  for (let year = first; year <= last; year++) out.push({ year, count: counts.get(year) ?? 0 });
  return out;
}

export interface StripBar extends YearCount {
  x: number;
  y: number;
  width: number;
  height: number;
  /** `/years/<yyyy>/`, only for years that have entries (an empty year has no page). */
  href?: string;
  /** "2019: 11 entries". */
  label: string;
}

export interface StripTick {
  year: number;
  /** Centre of the tick's bar. */
  x: number;
}

export interface DensityStrip {
  width: number;
  height: number;
  /** Height of the bar area; labels sit below it. */
  plotHeight: number;
  bars: StripBar[];
  /** One label per decade start (and the first year), so the axis stays readable at any span. */
  ticks: StripTick[];
  max: number;
}

export interface StripOptions {
  /** Horizontal room per year, in SVG units. */
  step?: number;
  /** Height of the bar area. */
  plotHeight?: number;
  /** Room for the year labels under the bars (0: no labels). */
  labelHeight?: number;
  /** Smallest height of a non-empty bar, so a single entry stays visible (and clickable). */
  minBar?: number;
}

export function entryCountLabel(n: number): string {
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

/** Bars scaled to the busiest year; every non-empty year at least `minBar` high. */
export function densityStrip(density: readonly YearCount[], options: StripOptions = {}): DensityStrip {
  const { step = 12, plotHeight = 60, labelHeight = 16, minBar = 4 } = options;
  const max = density.reduce((m, d) => Math.max(m, d.count), 0);
  const barWidth = Math.max(1, step - 2);
  const bars = density.map((d, i): StripBar => {
    const h = d.count === 0 || max === 0 ? 0 : Math.max(minBar, Math.round((d.count / max) * plotHeight));
    return {
      ...d,
      x: i * step + 1,
      y: plotHeight - h,
      width: barWidth,
      height: h,
      ...(d.count > 0 ? { href: facetValueHref(FACETS.year, String(d.year)) } : {}),
      label: `${d.year}: ${entryCountLabel(d.count)}`,
    };
  });
  const ticks: StripTick[] = [];
  density.forEach((d, i) => {
    if (i === 0 || d.year % 10 === 0) ticks.push({ year: d.year, x: i * step + step / 2 });
  });
  // Drop a decade label that would collide with the first-year label.
  if (ticks.length > 1 && ticks[1]!.x - ticks[0]!.x < 3 * step) ticks.splice(1, 1);
  return {
    width: Math.max(step, density.length * step),
    height: plotHeight + labelHeight,
    plotHeight,
    bars,
    ticks: labelHeight > 0 ? ticks : [],
    max,
  };
}
