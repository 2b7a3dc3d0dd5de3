/**
 * What each page shows: the view models src/data/ computes once per page in `getStaticPaths` (or, for a page
 * without parameters, in its frontmatter) and the components render. Types only. Components take these as props
 * and never reach for the record themselves (tests/unit/architecture.test.ts).
 */
import type { Actor } from '../schema/actor';
import type { Entry, Quote, Source } from '../schema/entry';
import type { ActorRole, Position } from '../schema/vocabulary';
import type { EntryCitations, QuoteCitation } from './citations';
import type { DossierMembership, DossierView } from './dossiers';
import type { MapData } from './position-map';
import type { JurisdictionView } from './positions';
import type { RecordEntry } from './record';
import type { MetaTag } from './reuse/metadata';
import type { FollowLinks } from './reuse/feeds';
import type { DensityStrip } from './year-density';

export interface Link {
  href: string;
  label: string;
}

/** A `<link rel="alternate">` to a feed. */
export interface FeedLink {
  type: string;
  href: string;
  title: string;
}

/** An actor as a page names it: a link to their page, or the bare slug when the record has no such actor. */
export interface ActorRef {
  slug: string;
  href: string;
  name: string | undefined;
}

/** Links between the pages of a paged list; absent when the list fits on one page. */
export interface PageNavView {
  previous: Link | undefined;
  next: Link | undefined;
  pages: Array<Link & { current: boolean }>;
}

/** One entry on the timeline or a facet page. */
export interface TimelineRow {
  href: string;
  title: string;
  date: string;
  kind: string;
  /** The jurisdictions' names, joined. */
  jurisdictions: string;
  /** The actors a row names, most central role first, and how many more there are. */
  actors: Link[];
  more: number;
  summary: string;
  /** The row's facets as data attributes, for the timeline's filter script (src/lib/filter-state.ts). */
  facets: Record<string, string>;
}

/** Rows grouped by decade (the timeline) or by year alone (facet pages: one group per year). */
export interface TimelineListView {
  decades: boolean;
  /** Whether each year has its heading (not on a year's own page, whose title is the year). */
  yearHeadings: boolean;
  groups: Array<{ decade: number; years: Array<{ year: number; href: string; rows: TimelineRow[] }> }>;
}

/** The timeline's filter form: one group per facet, and the span of years. */
export interface TimelineFiltersView {
  groups: Array<{
    facet: string;
    legend: string;
    wideOpen: boolean;
    columns: boolean;
    values: Array<{ value: string; label: string; count: number }>;
  }>;
  years: number[];
  /** Entries in the whole record. */
  total: number;
  /** On a paged timeline, the address of every row (src/lib/timeline-rows.ts), for filtering the whole record. */
  rows: string | undefined;
  /** On a paged timeline, this page's range of years and its number of entries. */
  page: { label: string; shown: number } | undefined;
}

export interface TimelinePageView {
  heading: string;
  /** Set when the record spans several pages: this page's date range and how many pages there are. */
  paged: { label: string; pages: number } | undefined;
  total: number;
  shown: number;
  head: { previous: string | undefined; next: string | undefined };
  strip: DensityStrip;
  decades: Link[];
  nav: PageNavView | undefined;
  filters: TimelineFiltersView;
  list: TimelineListView;
}

export interface FacetPageView {
  title: string;
  description: string;
  heading: string;
  facet: Link;
  definition: string | undefined;
  count: string;
  /** Set when the list spans several pages. */
  paged: { pages: number; count: string; label: string } | undefined;
  /** The same selection on the filterable timeline. */
  timeline: string;
  head: { previous: string | undefined; next: string | undefined };
  nav: PageNavView | undefined;
  list: TimelineListView;
  /** The neighbouring values (the previous and next year). */
  pager: { label: string; previous: Link | undefined; next: Link | undefined } | undefined;
  feeds: FeedLink[] | undefined;
  /** "Follow this kind: RSS · JSON Feed", on the pages of values with feeds. */
  follow: FollowLinks | undefined;
  /** A jurisdiction's position summary, on the first page of its entries. */
  position: JurisdictionView | undefined;
}

export interface FacetIndexView {
  heading: string;
  lead: string;
  values: Array<Link & { count: number; definition: string | undefined }>;
  strip: DensityStrip | undefined;
  /** The jurisdictions' index: the world map of their positions, above the list. */
  map: MapData | undefined;
}

export interface EntryPageView {
  slug: string;
  data: Entry;
  /** The day the entry last changed (src/lib/last-changed.ts), if known. */
  lastUpdated: string | undefined;
  /** "Report an error" for the entry: the configured address, prefilled with the permalink. */
  report: string;
  /** Ids of the quotes the body places (printed there, not again under "Quotes"). */
  bodyQuotes: string[];
  /** The key facts' "Who": the actors in the most central roles, and how many more the entry names. */
  who: { actors: ActorRef[]; more: number };
  kind: Link;
  jurisdictions: Link[];
  status:
    | {
        state: string;
        /** When an editor last confirmed the state, and the source that shows it (a link to it in the list). */
        asOf: string | undefined;
        source: string | undefined;
        history: Array<{ date: string; state: string; note: string; source: Link | undefined }>;
      }
    | undefined;
  position: Link | undefined;
  tags: Link[];
  actors: Array<{ actor: ActorRef; role: ActorRole; capacity: string | undefined }>;
  quotes: Array<{
    quote: Quote;
    source: Source | undefined;
    speakers: ActorRef[];
    citation: QuoteCitation | undefined;
    /** "Report an error" for this quote, prefilled with its permalink. */
    report: string;
  }>;
  citations: EntryCitations;
  relations: Array<{ label: string; href: string; title: string; date: string }>;
  previous: { href: string; title: string } | undefined;
  next: { href: string; title: string } | undefined;
  /** The actors the MDX body names with `<Actor id="…" />`, by id. */
  bodyActors: Record<string, ActorRef>;
  /** The dossiers the entry is part of (derived from the dossier files: src/lib/dossiers.ts). */
  dossiers: DossierMembership[];
  head: { tags: MetaTag[]; downloads: FeedLink[]; jsonLd: string };
}

export interface ActorPageView {
  slug: string;
  data: Actor;
  kind: string;
  country: string | undefined;
  parents: Link[];
  roles: Array<{ title: string; org: Link | undefined; from: string | undefined; to: string | undefined }>;
  /** Positions over time, as runs of the same stand (first seen, last seen, how many entries). */
  positions: Array<{
    positions: Array<Link & { position: Position }>;
    rows: Array<{
      entry: string;
      href: string;
      title: string;
      date: string;
      role: ActorRole | undefined;
      quotes: number;
    }>;
  }>;
  groups: Array<{ role: ActorRole; entries: RecordEntry[] }>;
  quotes: Array<{
    href: string;
    text: string;
    title: string;
    date: string;
    /** Words spoken jointly: the co-signatories' names, and how the source attributes them. */
    jointly: { with: string; attribution: string | undefined } | undefined;
  }>;
  appearsWith: { partners: Array<Link & { count: number }>; more: { count: number; most: number } | undefined };
  members: Link[];
  head: { tags: MetaTag[]; jsonLd: string; feeds: FeedLink[] };
  /** "Follow this actor: RSS · JSON Feed" (an actor with entries). */
  follow: FollowLinks | undefined;
}

export interface DossierPageView {
  dossier: DossierView;
  /** "Cite this dossier": a note-style citation and a BibLaTeX record (src/lib/reuse/dossiers.ts). */
  citation: { text: string; bibtex: string };
  /** Its JSON Feed, TimelineJS file, and the JSON of every dossier. */
  files: { feed: string; timeline: string; json: string };
}

export interface PositionMapPageView {
  map: MapData;
  /** The jurisdictions' index, where the default category's map is. */
  index: string;
}
