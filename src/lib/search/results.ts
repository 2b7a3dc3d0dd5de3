/** What a search answers: results, groups, timings, and how a record becomes a result. */
import { FACETS } from '../facets';
import { ACTOR_KIND_LABELS } from '../../schema/vocabulary';
import { excerpt, highlight, type Highlighted, type Matcher } from './highlight';
import type { QueryNote } from './query';
import type { SearchKind, SearchRecord } from './types';

export interface QuoteResult {
  kind: 'quote';
  url: string;
  text: Highlighted;
  speaker: Highlighted;
  attribution: string | undefined;
  entryTitle: Highlighted;
  date: Highlighted;
  sourceTitle: Highlighted;
}
export interface EntryResult {
  kind: 'entry';
  url: string;
  title: Highlighted;
  summary: Highlighted;
  kindLabel: string;
  date: Highlighted;
  actors: Highlighted;
}
export interface ActorResult {
  kind: 'actor';
  url: string;
  name: Highlighted;
  kindLabel: string;
  aliases: Highlighted;
  roles: Highlighted;
}
export type SearchResult = (QuoteResult | EntryResult | ActorResult) & { explain?: Explanation };

export interface ResultGroup {
  kind: SearchKind;
  label: string;
  /** How many records of this kind match; `totalExact` false when phrases were checked only on the best. */
  total: number;
  totalExact: boolean;
  results: SearchResult[];
}

export interface Timings {
  /** Parsing the query. */
  parse: number;
  /** Looking up each query word in the word index (cached per word). */
  lookup: number;
  /** Combining the words' records, filters, phrases; choosing candidates. */
  narrow: number;
  /** Fuse.js scoring of the candidates and building the results. */
  rank: number;
  total: number;
  /** Records Fuse scored. */
  scored: number;
}

export interface SearchResponse {
  query: string;
  groups: ResultGroup[];
  notes: QueryNote[];
  /** True when no record matched every word and results match all but one. */
  relaxed: boolean;
  timings: Timings;
}

export interface SearchOptions {
  /** Results per kind (default 20). */
  limit?: number;
  /** Excerpt long texts to this many characters (default: whole texts). */
  excerpt?: number;
  /** Attach each result's scores (for tests and tuning). */
  explain?: boolean;
  /**
   * `relevance` (default), or quotes and entries by date: `newest` or `oldest` first (every match is sorted, not
   * only the best; actors, which have no date, stay by relevance).
   */
  sort?: SearchSort;
}

export type SearchSort = 'relevance' | 'newest' | 'oldest';

/** Why a result ranks where it does (with `explain`). */
export interface Explanation {
  cheap: number;
  fuse: number;
  final: number;
}

export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchResponse;
  /** Records in the engine, by kind. */
  size: Record<SearchKind, number>;
}

/** A record as a result: its texts with the matched words marked, long texts cut to `max` characters. */
export function toResult(r: SearchRecord, m: Matcher, max: number | undefined): SearchResult {
  const h = (text: string) => highlight(text, m);
  const cut = (x: Highlighted) => (max ? excerpt(x, max) : x);
  switch (r.kind) {
    case 'quote':
      return {
        kind: 'quote',
        url: r.url,
        text: cut(h(r.text)),
        speaker: h(r.speakerName),
        attribution: r.attribution,
        entryTitle: h(r.entryTitle),
        date: h(r.date),
        sourceTitle: h(r.sourceTitle),
      };
    case 'entry':
      return {
        kind: 'entry',
        url: r.url,
        title: h(r.title),
        summary: cut(h(r.summary)),
        kindLabel: FACETS.kind.label(r.entryKind),
        date: h(r.date),
        actors: h(r.actorNames.join(', ')),
      };
    case 'actor':
      return {
        kind: 'actor',
        url: r.url,
        name: h(r.name),
        kindLabel: ACTOR_KIND_LABELS[r.actorKind].one,
        aliases: h(r.aliases.join(', ')),
        roles: h(r.roles.join('; ')),
      };
  }
}
