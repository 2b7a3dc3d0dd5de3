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
  const from = parseYear(params.get('from'));
  const to = parseYear(params.get('to'));
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  return state;
}

/** The canonical query string for a state: `""` when nothing is filtered, else `?kind=…&…&from=…&to=…`. */
export function serialiseFilters(state: FilterState): string {
  const params = new URLSearchParams();
  for (const facet of LIST_FACETS) for (const v of state[facet]) params.append(facet, v);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether an entry passes every active filter. */
export function matchesFilters(row: RowFacets, state: FilterState): boolean {
  for (const facet of LIST_FACETS) {
    const wanted = state[facet];
    if (wanted.length > 0 && !wanted.some((v) => row[facet].includes(v))) return false;
  }
  if (state.from !== undefined && row.year < state.from) return false;
  if (state.to !== undefined && row.year > state.to) return false;
  return true;
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
