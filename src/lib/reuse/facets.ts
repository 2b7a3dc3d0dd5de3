/**
 * The subsets of the record that get their own feed and TimelineJS file: every actor, jurisdiction and kind that
 * at least one entry has. URL values: actor slugs, kinds as written, jurisdiction codes in lower case (as the
 * jurisdiction pages, `/jurisdictions/uk/`).
 */
import type { Record as TrackerRecord, RecordEntry } from '../record';
import { jurisdictionName, KIND_LABELS, type EntryKind } from '../../schema/vocabulary';

export type ReuseFacet = 'actor' | 'jurisdiction' | 'kind';

export interface FacetSubset {
  facet: ReuseFacet;
  /** As it appears in URLs: `william-barr`, `uk`, `court-case`. */
  value: string;
  /** What a reader sees: `William P. Barr`, `United Kingdom`, `Court case`. */
  label: string;
  /** The page listing these entries (`/actors/william-barr/`, `/jurisdictions/uk/`, `/kinds/letter/`). */
  page: string;
  /** Entries in the subset, in record (date) order. */
  entries: RecordEntry[];
}

export const FACET_PAGE_BASE: Record<ReuseFacet, string> = {
  actor: '/actors/',
  jurisdiction: '/jurisdictions/',
  kind: '/kinds/',
};

const cache = new WeakMap<object, FacetSubset[]>();

export function facetSubsets(record: Pick<TrackerRecord, 'entries' | 'actors'>): FacetSubset[] {
  const hit = cache.get(record);
  if (hit) return hit;
  const out: FacetSubset[] = [];
  for (const actor of record.actors) {
    const entries = record.entries.filter((e) => e.data.actors.some((a) => a.actor === actor.slug));
    if (entries.length > 0)
      out.push({ facet: 'actor', value: actor.slug, label: actor.data.name, page: `/actors/${actor.slug}/`, entries });
  }
  const codes = [...new Set(record.entries.flatMap((e) => e.data.jurisdictions))].sort();
  for (const code of codes) {
    const value = code.toLowerCase();
    out.push({
      facet: 'jurisdiction',
      value,
      label: jurisdictionName(code),
      page: `/jurisdictions/${value}/`,
      entries: record.entries.filter((e) => e.data.jurisdictions.includes(code)),
    });
  }
  const kinds = [...new Set(record.entries.map((e) => e.data.kind))] as EntryKind[];
  for (const kind of Object.keys(KIND_LABELS) as EntryKind[]) {
    if (!kinds.includes(kind)) continue;
    out.push({
      facet: 'kind',
      value: kind,
      label: KIND_LABELS[kind],
      page: `/kinds/${kind}/`,
      entries: record.entries.filter((e) => e.data.kind === kind),
    });
  }
  cache.set(record, out);
  return out;
}

/** The subset behind a page (`/actors/x/`, `/jurisdictions/uk/`, `/kinds/letter/`), if it has entries. */
export function subsetFor(
  record: Pick<TrackerRecord, 'entries' | 'actors'>,
  facet: ReuseFacet,
  value: string,
): FacetSubset | undefined {
  return facetSubsets(record).find((s) => s.facet === facet && s.value === value.toLowerCase());
}
