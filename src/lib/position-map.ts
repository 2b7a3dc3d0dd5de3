/**
 * What /jurisdictions/ shows for one category: the world map (src/lib/world-map.ts) with each jurisdiction coloured by
 * its value, the legend with counts, the links that switch category (no JavaScript: one page per category), and the
 * same data as a table. Pure.
 */
import {
  POSITION_CATEGORIES,
  POSITION_CATEGORY_LABELS,
  POSITION_VALUE_LABELS,
  POSITION_VALUES,
  type PositionCategory,
  type PositionValue,
} from '../schema/vocabulary';
import { FACETS, facetIndexHref } from './facets';
import type { RecordEntry } from './record';
import { positionMapUrl } from './urls';
import type { Positions } from './positions';
import { worldMapSvg } from './world-map';

/** The category /jurisdictions/ itself shows; the others are at /jurisdictions/map/<category>/. */
export const DEFAULT_CATEGORY: PositionCategory = 'access-mandate';

export const categoryHref = (category: PositionCategory): string =>
  category === DEFAULT_CATEGORY
    ? facetIndexHref(FACETS.jurisdiction)
    : positionMapUrl(FACETS.jurisdiction.segment, category);

export interface MapRow {
  code: string;
  name: string;
  href: string;
  group: boolean;
  value: PositionValue | undefined;
  valueLabel: string;
  since: string | undefined;
  entries: RecordEntry[];
  note: string | undefined;
}

export interface MapData {
  category: PositionCategory;
  label: string;
  definition: string;
  svg: string;
  legend: Array<{ value: PositionValue | 'group'; label: string; definition: string; count: number }>;
  categories: Array<{ category: PositionCategory; label: string; href: string; current: boolean }>;
  rows: MapRow[];
}

export function mapData(positions: Positions, category: PositionCategory): MapData {
  const { label, definition } = POSITION_CATEGORY_LABELS[category];
  const rows: MapRow[] = positions.all.map((j) => {
    const p = j.positions.find((x) => x.category === category)!;
    return {
      code: j.code,
      name: j.name,
      href: j.href,
      group: j.group,
      value: p.value,
      valueLabel: p.valueLabel,
      since: p.since,
      entries: p.entries,
      note: p.note,
    };
  });
  const accessible = (r: MapRow) => `${r.name}: ${r.valueLabel}`;
  const tone = (r: MapRow) => r.value ?? 'group';
  const svg = worldMapSvg({
    title: `${label}, by jurisdiction`,
    description: `Each jurisdiction of the record is a link to its page, coloured by its value in this category; the table below gives the same data.`,
    idPrefix: `map-${category}`,
    regions: rows
      .filter((r) => !r.group)
      .map((r) => ({ code: r.code, label: accessible(r), href: r.href, tone: tone(r) })),
    badges: rows
      .filter((r) => r.group)
      .map((r) => ({
        code: r.code,
        label: accessible(r),
        href: r.href,
        tone: tone(r),
        text: r.code === 'INTL' ? 'International' : r.code === 'FVEY' ? 'Five Eyes' : r.code,
      })),
  });
  const legend: MapData['legend'] = POSITION_VALUES.map((value) => ({
    value,
    label: POSITION_VALUE_LABELS[value].label,
    definition: POSITION_VALUE_LABELS[value].definition,
    count: rows.filter((r) => r.value === value).length,
  }));
  const groupsWithout = rows.filter((r) => r.value === undefined).length;
  if (groupsWithout)
    legend.push({
      value: 'group',
      label: 'See the members',
      definition: 'A grouping with no law of its own in this category; its members have their own values.',
      count: groupsWithout,
    });
  return {
    category,
    label,
    definition,
    svg,
    legend,
    categories: POSITION_CATEGORIES.map((c) => ({
      category: c,
      label: POSITION_CATEGORY_LABELS[c].label,
      href: categoryHref(c),
      current: c === category,
    })),
    rows,
  };
}
