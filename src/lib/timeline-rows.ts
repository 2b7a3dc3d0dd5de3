/**
 * The timeline's rows as a small JSON (`/timeline/rows.json`), for filtering the whole record when the timeline
 * spans several pages: each row what the list shows in "titles only" (date, kind, title, jurisdictions) and what
 * the filters read. The client loads it on the first filter change, and only on a paged timeline.
 *
 * Imports nothing but types and the filter state, so the timeline's script stays small.
 */
import type { RowFacets } from './filter-state';

/** A date as `<time>` parts: [text, datetime] (a separator has an empty datetime). */
export type PackedDate = Array<[string, string]>;
/** [href, title, date parts, kind label, jurisdictions' names, facets] */
export type PackedRow = [string, string, PackedDate, string, string, RowFacets];

export interface RowsPayload {
  v: 1;
  rows: PackedRow[];
}

export interface ShownRow {
  href: string;
  title: string;
  date: PackedDate;
  kind: string;
  jurisdictions: string;
  facets: RowFacets;
}

export function packRows(rows: readonly ShownRow[]): RowsPayload {
  return { v: 1, rows: rows.map((r) => [r.href, r.title, r.date, r.kind, r.jurisdictions, r.facets]) };
}

export function unpackRows(payload: RowsPayload): ShownRow[] {
  if (payload.v !== 1) throw new Error(`timeline rows version ${String(payload.v)} is not 1: reload the page`);
  return payload.rows.map(([href, title, date, kind, jurisdictions, facets]) => ({
    href,
    title,
    date,
    kind,
    jurisdictions,
    facets,
  }));
}
