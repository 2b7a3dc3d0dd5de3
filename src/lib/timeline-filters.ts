/**
 * The timeline model's facets: what each entry offers to the filters, the values of every facet with their
 * counts and labels, and filtering the record by a parsed filter state. Static facet pages (`/kinds/<kind>/`,
 * `/jurisdictions/<code>/`, `/tags/<tag>/`, `/years/<yyyy>/`, `/positions/<position>/`) are built from the same
 * values, so a page exists for every value the filters offer.
 */
import { anchorYear, compareDates } from './dates';
import type { RecordEntry } from './record';
import { matchesFilters, type FilterState, type ListFacet, type RowFacets } from './filter-state';
import {
  ACTOR_ROLES,
  ENTRY_KINDS,
  jurisdictionName,
  KIND_LABELS,
  POSITION_LABELS,
  POSITIONS,
  type ActorRole,
  type EntryKind,
  type Position,
} from '../schema/vocabulary';

export type Facet = ListFacet | 'year';

export interface FacetValue {
  /** The value as it appears in the record and in the filter URL (`letter`, `UK`, `william-barr`, `2019`). */
  value: string;
  /** What a reader sees (`Letter`, `United Kingdom`, `William P. Barr`). */
  label: string;
  /** Entries carrying this value. */
  count: number;
  /** The static page listing those entries. */
  href: string;
}

export type Facets = Record<Facet, FacetValue[]>;

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

/** The URL of each facet value's static page. Jurisdiction codes are lower case in URLs (`/jurisdictions/uk/`). */
export function facetHref(facet: Facet, value: string): string {
  switch (facet) {
    case 'kind':
      return `/kinds/${value}/`;
    case 'actor':
      return `/actors/${value}/`;
    case 'jurisdiction':
      return `/jurisdictions/${value.toLowerCase()}/`;
    case 'tag':
      return `/tags/${value}/`;
    case 'position':
      return `/positions/${value}/`;
    case 'year':
      return `/years/${value}/`;
  }
}

/** `e2ee` → `e2ee`, `client-side-scanning` → `client side scanning`: tags are slugs, shown with spaces. */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}

/**
 * Every value of every facet, with its label, count and page. Orders: kinds and positions as in the vocabulary;
 * actors, jurisdictions and tags by count (most first), then label; years oldest first.
 */
export function buildFacets(entries: readonly RecordEntry[], actorName: (slug: string) => string): Facets {
  const counts: Record<Facet, Map<string, number>> = {
    kind: new Map(),
    actor: new Map(),
    jurisdiction: new Map(),
    tag: new Map(),
    position: new Map(),
    year: new Map(),
  };
  const bump = (facet: Facet, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  for (const e of entries) {
    const row = rowFacets(e);
    for (const facet of ['kind', 'actor', 'jurisdiction', 'tag', 'position'] as const)
      for (const v of row[facet]) bump(facet, v);
    bump('year', String(row.year));
  }
  const label: Record<Facet, (v: string) => string> = {
    kind: (v) => KIND_LABELS[v as EntryKind] ?? v,
    actor: actorName,
    jurisdiction: jurisdictionName,
    tag: tagLabel,
    position: (v) => POSITION_LABELS[v as Position] ?? v,
    year: (v) => v,
  };
  const values = (facet: Facet): FacetValue[] =>
    [...counts[facet]].map(([value, count]) => ({
      value,
      label: label[facet](value),
      count,
      href: facetHref(facet, value),
    }));
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label);
  const inOrder = (order: readonly string[]) => (a: FacetValue, b: FacetValue) =>
    order.indexOf(a.value) - order.indexOf(b.value);
  return {
    kind: values('kind').sort(inOrder(ENTRY_KINDS)),
    actor: values('actor').sort(byCount),
    jurisdiction: values('jurisdiction').sort(byCount),
    tag: values('tag').sort(byCount),
    position: values('position').sort(inOrder(POSITIONS)),
    year: values('year').sort((a, b) => Number(a.value) - Number(b.value)),
  };
}

/** The entries (kept in their order) that pass a filter state. */
export function filterEntries(entries: readonly RecordEntry[], state: FilterState): RecordEntry[] {
  return entries.filter((e) => matchesFilters(rowFacets(e), state));
}

/** The entries carrying one facet value, in record order: what a static facet page lists. */
export function entriesWith(entries: readonly RecordEntry[], facet: Facet, value: string): RecordEntry[] {
  return entries.filter((e) => {
    const row = rowFacets(e);
    return facet === 'year' ? String(row.year) === value : row[facet].includes(value);
  });
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
