/**
 * The timeline's filter state and its URL form (`/timeline/?kind=letter&actor=william-barr&from=2015&to=2020`).
 *
 * This module is shared by the build (facet counts, static pages, tests) and the timeline's client script, so it
 * imports nothing: the page's script stays a few kilobytes.
 *
 * Rules: within one facet values are alternatives (kind=letter&kind=speech → letters or speeches); different
 * facets must all match (kind=letter&actor=william-barr → Barr's letters). `from`/`to` bound the year an entry is
 * filed under (the year its date starts in), inclusive.
 */

/** The facets that take a list of values, in the order they appear in a URL. */
export const LIST_FACETS = ['kind', 'actor', 'jurisdiction', 'tag', 'position'] as const;
export type ListFacet = (typeof LIST_FACETS)[number];

export interface FilterState {
  kind: string[];
  actor: string[];
  jurisdiction: string[];
  tag: string[];
  position: string[];
  /** First year included. */
  from?: number;
  /** Last year included. */
  to?: number;
}

/** What one entry offers to the filters; rendered into the timeline rows as data attributes (`encodeRow`). */
export interface RowFacets {
  kind: string[];
  actor: string[];
  jurisdiction: string[];
  tag: string[];
  position: string[];
  year: number;
}

export function emptyFilters(): FilterState {
  return { kind: [], actor: [], jurisdiction: [], tag: [], position: [] };
}

export function isEmptyFilters(state: FilterState): boolean {
  return LIST_FACETS.every((f) => state[f].length === 0) && state.from === undefined && state.to === undefined;
}

/** Jurisdiction codes are upper case in the record (`UK`, `FVEY`); everything else is a lower-case slug. */
function normaliseValue(facet: ListFacet, value: string): string {
  const v = value.trim();
  return facet === 'jurisdiction' ? v.toUpperCase() : v.toLowerCase();
}

function parseYear(value: string | null): number | undefined {
  if (value === null || !/^\s*\d{1,4}\s*$/.test(value)) return undefined;
  return Number(value);
}

/**
 * Read a query string (`?kind=letter&kind=speech`, or `kind=letter,speech`) into a filter state. Repeated and
 * comma-separated values are both accepted; duplicates are dropped; values keep their first-seen order. Unknown
 * parameters are ignored, and a year that is not a number is treated as absent.
 */
export function parseFilters(search: string | URLSearchParams): FilterState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyFilters();
  for (const facet of LIST_FACETS) {
    const seen = new Set<string>();
    for (const raw of params.getAll(facet))
      for (const piece of raw.split(',')) {
        const v = normaliseValue(facet, piece);
        if (v && !seen.has(v)) {
          seen.add(v);
          state[facet].push(v);
        }
      }
  }
  // `?year=2019` is one year: from and to that year (an explicit from or to wins).
  const year = parseYear(params.get('year'));
  const from = parseYear(params.get('from')) ?? year;
  const to = parseYear(params.get('to')) ?? year;
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  return state;
}

/**
 * The canonical query string for a state: `""` when nothing is filtered, else `?kind=…&…&from=…&to=…`, or
 * `…&year=2019` when from and to are the same year.
 */
export function serialiseFilters(state: FilterState): string {
  const params = new URLSearchParams();
  for (const facet of LIST_FACETS) for (const v of state[facet]) params.append(facet, v);
  if (state.from !== undefined && state.from === state.to) params.set('year', String(state.from));
  else {
    if (state.from !== undefined) params.set('from', String(state.from));
    if (state.to !== undefined) params.set('to', String(state.to));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether an entry passes one facet's choices (none chosen: it passes). */
function matchesFacet(row: RowFacets, state: FilterState, facet: ListFacet): boolean {
  const wanted = state[facet];
  return wanted.length === 0 || wanted.some((v) => row[facet].includes(v));
}

function matchesYears(row: RowFacets, state: FilterState): boolean {
  return !(state.from !== undefined && row.year < state.from) && !(state.to !== undefined && row.year > state.to);
}

/** Whether an entry passes every active filter. */
export function matchesFilters(row: RowFacets, state: FilterState): boolean {
  for (const facet of LIST_FACETS) if (!matchesFacet(row, state, facet)) return false;
  return matchesYears(row, state);
}

/**
 * The number next to each box: for each facet, how many entries each value would show with the rest of the state
 * as it is (the facet's own choices set aside, since choices within a facet widen). A value missing from a map
 * would show none.
 */
export function facetCounts(rows: readonly RowFacets[], state: FilterState): Record<ListFacet, Map<string, number>> {
  const out = Object.fromEntries(LIST_FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    ListFacet,
    Map<string, number>
  >;
  for (const row of rows) {
    if (!matchesYears(row, state)) continue;
    const failed = LIST_FACETS.filter((f) => !matchesFacet(row, state, f));
    if (failed.length > 1) continue;
    for (const f of LIST_FACETS) {
      if (failed.length === 1 && failed[0] !== f) continue;
      const counts = out[f];
      for (const v of row[f]) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return out;
}

/** A part of a filter state that can be dropped as one: a facet's choices, or the years. */
export type FilterPart = ListFacet | 'years';

/** The state without one part. */
export function withoutPart(state: FilterState, part: FilterPart): FilterState {
  const next: FilterState = { ...state, ...Object.fromEntries(LIST_FACETS.map((f) => [f, [...state[f]]])) };
  if (part === 'years') {
    delete next.from;
    delete next.to;
  } else next[part] = [];
  return next;
}

/**
 * When nothing matches: each active part whose dropping would show entries, with how many, most first (ties in
 * URL order). The zero-result hint names the first.
 */
export function dropSuggestions(
  rows: readonly RowFacets[],
  state: FilterState,
): Array<{ part: FilterPart; count: number }> {
  const parts: FilterPart[] = LIST_FACETS.filter((f) => state[f].length > 0);
  if (state.from !== undefined || state.to !== undefined) parts.push('years');
  return parts
    .map((part) => {
      const without = withoutPart(state, part);
      return { part, count: rows.filter((r) => matchesFilters(r, without)).length };
    })
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
}

/**
 * A timeline row's facets as the data attributes the filter script reads back with `decodeRow`:
 * `data-tl-row data-kind="letter" data-actor="a b" … data-year="2019"` (values joined by spaces; none contain one).
 */
export function encodeRow(row: RowFacets): Record<string, string> {
  const attrs: Record<string, string> = { 'data-tl-row': '' };
  for (const facet of LIST_FACETS) attrs[`data-${facet}`] = row[facet].join(' ');
  attrs['data-year'] = String(row.year);
  return attrs;
}

/** A row's facets from its element's `dataset` (what `encodeRow` wrote). */
export function decodeRow(dataset: Readonly<Record<string, string | undefined>>): RowFacets {
  const split = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);
  return {
    kind: split(dataset.kind),
    actor: split(dataset.actor),
    jurisdiction: split(dataset.jurisdiction),
    tag: split(dataset.tag),
    position: split(dataset.position),
    year: Number(dataset.year),
  };
}
