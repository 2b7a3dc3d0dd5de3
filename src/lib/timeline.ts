/** The timeline model: entries (already in date order) grouped by the year they start in. */
import { anchorYear } from './dates';
import type { RecordEntry } from './record';

export interface YearGroup {
  year: number;
  entries: RecordEntry[];
}

export function groupByYear(entries: readonly RecordEntry[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const e of entries) {
    const year = anchorYear(e.data.date);
    const last = groups.at(-1);
    if (last && last.year === year) last.entries.push(e);
    else groups.push({ year, entries: [e] });
  }
  return groups;
}

export interface RecordCounts {
  entries: number;
  actors: number;
  quotes: number;
  jurisdictions: number;
  sources: number;
  firstYear: number | undefined;
  lastYear: number | undefined;
}

export function countRecord(entries: readonly RecordEntry[], actorCount: number): RecordCounts {
  const jurisdictions = new Set(entries.flatMap((e) => e.data.jurisdictions));
  const years = entries.map((e) => anchorYear(e.data.date));
  return {
    entries: entries.length,
    actors: actorCount,
    quotes: entries.reduce((n, e) => n + e.data.quotes.length, 0),
    sources: entries.reduce((n, e) => n + e.data.sources.length, 0),
    jurisdictions: jurisdictions.size,
    firstYear: years.length ? Math.min(...years) : undefined,
    lastYear: years.length ? Math.max(...years) : undefined,
  };
}
