/**
 * The facets of the record: kind, actor, jurisdiction, topic (tag), position and year. One row per facet says
 * everything the site does with it: what it is called (page kicker, index heading, filter legend, "Browse by"
 * link), where its pages live and how a value is written in their URLs, how a value is labelled and defined,
 * which values an entry carries, how its values are ordered, which timeline filters select the same entries, and
 * whether its values get feeds and TimelineJS files. The timeline filters, the facet pages and their indexes, the
 * feeds, the open-data files and search all read this table.
 *
 * Values are computed from rows (an entry with its `RowFacets`, see src/lib/timeline.ts): this module imports no
 * date code, so the search worker can use its labels without loading the EDTF parser.
 */
import type { FilterState, ListFacet, RowFacets } from './filter-state';
import { KIND_DEFINITIONS, POSITION_DEFINITIONS } from './methodology';
import type { RecordEntry } from './record';
import { actorUrl, actorsUrl, facetIndexUrl, facetUrl } from './urls';
import {
  ENTRY_KINDS,
  jurisdictionName,
  KIND_LABELS,
  POSITION_LABELS,
  POSITIONS,
  type EntryKind,
  type Position,
} from '../schema/vocabulary';

export type FacetId = ListFacet | 'year';

export interface Facet {
  id: FacetId;
  /** What one value is, as the kicker and title of its page: "Kind of entry". */
  name: string;
  /** The heading of its index page: "Kinds of entry". */
  plural: string;
  /** Its group of timeline filters: "Kind". */
  legend: string;
  /** Its link under "Browse by": "kind". */
  browse: string;
  /**
   * The URL segment of its index and value pages (`/kinds/`, `/kinds/letter/`). Actors have pages of their own
   * (src/pages/actors/), so their facet builds none: `pages` is false.
   */
  segment: string;
  pages: boolean;
  /** The lead of its index page. */
  lead: string;
  /** Whether the index page defines each value (kinds and positions are defined on /methodology/). */
  definedOnIndex: boolean;
  /** How its values are ordered in lists: as their vocabulary lists them, most entries first, or oldest first. */
  order: { vocabulary: readonly string[] } | 'count' | 'year';
  /** How a value is written in URLs: jurisdiction codes in lower case (`/jurisdictions/uk/`). */
  urlValue(value: string): string;
  /** The value a URL segment stands for (the inverse of `urlValue`). */
  fromUrl(segment: string): string;
  /** What a reader sees for a value: "Letter", "United Kingdom", "client side scanning" (actors: their name). */
  label(value: string, actorName?: (slug: string) => string): string;
  /** One or two sentences defining a value, for the lead of its page. */
  definition(value: string, label: string): string | undefined;
  /** The values an entry carries, from its row facets (an actor once per entry, whatever its roles). */
  values(row: RowFacets): readonly string[];
  /** The timeline filters that select the same entries. */
  filters(value: string): Partial<FilterState>;
  /**
   * Feeds and a TimelineJS file per value; `noun` introduces the value in a feed's description, `follow` names it
   * in the page's visible feed links ("Follow this actor: RSS · JSON Feed").
   */
  feeds: { noun: string; follow: string } | undefined;
}

const same = (v: string) => v;

/** `e2ee` → `e2ee`, `client-side-scanning` → `client side scanning`: tags are slugs, shown with spaces. */
const tagLabel = (tag: string) => tag.replace(/-/g, ' ');

export const FACETS: Readonly<Record<FacetId, Facet>> = {
  kind: {
    id: 'kind',
    name: 'Kind of entry',
    plural: 'Kinds of entry',
    legend: 'Kind',
    browse: 'kind',
    segment: 'kinds',
    pages: true,
    lead: 'Letters, statements, laws, court cases and the other kinds of event in the record, each with its entries.',
    definedOnIndex: true,
    order: { vocabulary: ENTRY_KINDS },
    urlValue: same,
    fromUrl: same,
    label: (v) => KIND_LABELS[v as EntryKind] ?? v,
    definition: (v) => KIND_DEFINITIONS[v as EntryKind],
    values: (row) => row.kind,
    filters: (v) => ({ kind: [v] }),
    feeds: { noun: 'of kind', follow: 'this kind' },
  },
  jurisdiction: {
    id: 'jurisdiction',
    name: 'Jurisdiction',
    plural: 'Jurisdictions',
    legend: 'Jurisdiction',
    browse: 'jurisdiction',
    segment: 'jurisdictions',
    pages: true,
    // The index shows the position map above the list (src/data/routes.ts).
    lead: "Each jurisdiction's legal position on encryption, as the record's entries establish it, on a map and in a table; below, every country and grouping the record names, most entries first.",
    definedOnIndex: false,
    order: 'count',
    // Codes are upper case in the record (`UK`, `FVEY`) and lower case in URLs.
    urlValue: (v) => v.toLowerCase(),
    fromUrl: (s) => s.toUpperCase(),
    label: (v) => jurisdictionName(v),
    definition: (v, label) => `Entries that name ${label} (${v}) among their jurisdictions.`,
    values: (row) => row.jurisdiction,
    filters: (v) => ({ jurisdiction: [v] }),
    feeds: { noun: 'in', follow: 'this jurisdiction' },
  },
  tag: {
    id: 'tag',
    name: 'Topic',
    plural: 'Topics',
    legend: 'Topic',
    browse: 'topic',
    segment: 'tags',
    pages: true,
    lead: 'The topics entries are tagged with, most entries first.',
    definedOnIndex: false,
    order: 'count',
    urlValue: same,
    fromUrl: same,
    label: tagLabel,
    definition: () => undefined,
    values: (row) => row.tag,
    filters: (v) => ({ tag: [v] }),
    feeds: undefined,
  },
  position: {
    id: 'position',
    name: 'Position on exceptional access',
    plural: 'Positions on exceptional access',
    legend: 'Position on exceptional access',
    browse: 'position',
    segment: 'positions',
    pages: true,
    lead: 'Entries whose document takes a stand on exceptional (lawful) access to encrypted content, by that stand. Entries that take none carry no position. See the methodology for how positions are assigned.',
    definedOnIndex: true,
    order: { vocabulary: POSITIONS },
    urlValue: same,
    fromUrl: same,
    label: (v) => POSITION_LABELS[v as Position] ?? v,
    definition: (v) => POSITION_DEFINITIONS[v as Position],
    values: (row) => row.position,
    filters: (v) => ({ position: [v] }),
    feeds: undefined,
  },
  year: {
    id: 'year',
    name: 'Year',
    plural: 'Years',
    legend: 'Years',
    browse: 'year',
    segment: 'years',
    pages: true,
    lead: 'Every year with entries in the record, oldest first. An entry spanning several years is listed under the year it starts in.',
    definedOnIndex: false,
    order: 'year',
    urlValue: same,
    fromUrl: same,
    label: same,
    definition: (v) => `Entries dated in ${v}; an entry spanning several years is listed under the year it starts in.`,
    values: (row) => [String(row.year)],
    filters: (v) => ({ from: Number(v), to: Number(v) }),
    feeds: undefined,
  },
  actor: {
    id: 'actor',
    name: 'Actor',
    plural: 'Actors',
    legend: 'Actor',
    browse: 'actor',
    segment: 'actors',
    pages: false,
    lead: '',
    definedOnIndex: false,
    order: 'count',
    urlValue: same,
    fromUrl: same,
    label: (v, actorName) => actorName?.(v) ?? v,
    definition: () => undefined,
    values: (row) => row.actor,
    filters: (v) => ({ actor: [v] }),
    feeds: { noun: 'involving', follow: 'this actor' },
  },
};

/** Facets with index and value pages of their own (`/kinds/`, `/kinds/letter/`), in "Browse by" order. */
export const PAGED_FACETS: readonly Facet[] = [
  FACETS.kind,
  FACETS.jurisdiction,
  FACETS.tag,
  FACETS.position,
  FACETS.year,
];
/** The timeline's filter groups, in the order the form shows them (years are a range below them). */
export const FILTER_FACETS: readonly Facet[] = [
  FACETS.kind,
  FACETS.position,
  FACETS.jurisdiction,
  FACETS.tag,
  FACETS.actor,
];
/** Facets whose values get feeds and TimelineJS files, in the order /data/ lists them. */
export const FEED_FACETS: readonly Facet[] = [FACETS.actor, FACETS.jurisdiction, FACETS.kind];

/** The index of a facet: its own page, or /actors/ for actors. */
export function facetIndexHref(facet: Facet): string {
  return facet.pages ? facetIndexUrl(facet.segment) : actorsUrl();
}

/** The page listing a value's entries: `/jurisdictions/uk/`, or an actor's own page. */
export function facetValueHref(facet: Facet, value: string): string {
  return facet.pages ? facetUrl(facet.segment, facet.urlValue(value)) : actorUrl(value);
}

/** An entry with what it offers to the filters (computed once per entry: src/lib/timeline.ts `rowFacets`). */
export interface FacetRow {
  entry: RecordEntry;
  facets: RowFacets;
}

export interface FacetValue {
  facet: FacetId;
  /** As the record holds it and the filters write it: `letter`, `UK`, `william-barr`, `2019`. */
  value: string;
  /** As its page's URL writes it: `uk`. */
  urlValue: string;
  /** What a reader sees: `Letter`, `United Kingdom`, `William P. Barr`. */
  label: string;
  /** Entries carrying it. */
  count: number;
  /** The page listing those entries. */
  href: string;
  /** Those entries, in record (date) order. */
  entries: RecordEntry[];
}

/** The entries (in record order) carrying one value of a facet. */
export function entriesWith(facet: Facet, value: string, rows: readonly FacetRow[]): RecordEntry[] {
  return rows.filter((r) => facet.values(r.facets).includes(value)).map((r) => r.entry);
}

/**
 * Every value of a facet the rows carry, with its label, count, page and entries, in the facet's order: kinds
 * and positions as in the vocabulary; actors, jurisdictions and tags by count (most first), then label; years
 * oldest first.
 */
export function facetValues(
  facet: Facet,
  rows: readonly FacetRow[],
  actorName: (slug: string) => string,
): FacetValue[] {
  const byValue = new Map<string, RecordEntry[]>();
  for (const r of rows)
    for (const v of facet.values(r.facets)) {
      const list = byValue.get(v);
      if (list) list.push(r.entry);
      else byValue.set(v, [r.entry]);
    }
  const values = [...byValue].map(([value, entries]) => ({
    facet: facet.id,
    value,
    urlValue: facet.urlValue(value),
    label: facet.label(value, actorName),
    count: entries.length,
    href: facetValueHref(facet, value),
    entries,
  }));
  const { order } = facet;
  if (order === 'count') return values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  if (order === 'year') return values.sort((a, b) => Number(a.value) - Number(b.value));
  return values.sort((a, b) => order.vocabulary.indexOf(a.value) - order.vocabulary.indexOf(b.value));
}
