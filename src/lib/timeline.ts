/**
 * The timeline model: entries (already in date order) grouped by the year they start in, what each entry offers
 * to the filters (its row facets), the actors a row names, the latest additions and the record's counts.
 */
import { anchorYear, compareDates } from './dates';
import { matchesFilters, type FilterState, type RowFacets } from './filter-state';
import type { RecordEntry } from './record';
import { ACTOR_ROLES, type ActorRole } from '../schema/vocabulary';

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

/** What one entry offers to the filters. An actor counts once per entry whatever its number of roles. */
export function rowFacets(entry: RecordEntry): RowFacets {
  const d = entry.data;
  return {
    kind: [d.kind],
    actor: [...new Set(d.actors.map((a) => a.actor))],
    jurisdiction: [...new Set(d.jurisdictions)],
    tag: [...new Set(d.tags)],
    position: d.position ? [d.position] : [],
    year: anchorYear(d.date),
  };
}

/** The entries (kept in their order) that pass a filter state. */
export function filterEntries(entries: readonly RecordEntry[], state: FilterState): RecordEntry[] {
  return entries.filter((e) => matchesFilters(rowFacets(e), state));
}

/**
 * Roles in the order a timeline row names actors: those who made the document first, those it was addressed to
 * or about last.
 */
const KEY_ROLE_ORDER: readonly ActorRole[] = [
  'author',
  'signatory',
  'speaker',
  'sponsor',
  'court',
  'party',
  'respondent',
  'publisher',
  'host',
  'recipient',
  'subject',
];

/** Up to `max` actors of an entry for a timeline row, most central role first; `more` counts the rest. */
export function keyActors(entry: RecordEntry, max = 3): { actors: string[]; more: number } {
  const rank = (r: ActorRole) => {
    const i = KEY_ROLE_ORDER.indexOf(r);
    return i < 0 ? ACTOR_ROLES.length : i;
  };
  const best = new Map<string, number>();
  entry.data.actors.forEach((a, i) => {
    const score = rank(a.role) * 1000 + i;
    if (!best.has(a.actor) || score < best.get(a.actor)!) best.set(a.actor, score);
  });
  const ordered = [...best].sort((a, b) => a[1] - b[1]).map(([slug]) => slug);
  return { actors: ordered.slice(0, max), more: Math.max(0, ordered.length - max) };
}

/** Newer `updated` first; entries without one after those with one. */
function compareUpdated(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return compareDates(b, a);
}

/** The latest additions: most recently `updated` first, then the latest date first, then title. */
export function latestAdditions(entries: readonly RecordEntry[], limit = 8): RecordEntry[] {
  return [...entries]
    .sort(
      (a, b) =>
        compareUpdated(a.data.updated, b.data.updated) ||
        compareDates(b.data.date, a.data.date) ||
        a.data.title.localeCompare(b.data.title),
    )
    .slice(0, limit);
}
