/**
 * What the engine reads, whether it holds every record (built from the whole payload) or loads fragments as
 * queries need them (src/lib/search/fragments.ts): per-record numbers every query may touch (kind, the cheap
 * score's boost, date order), the vocabulary with each word's document frequency and trigrams, and accessors for
 * the parts that may not be loaded yet (a word's postings, a record's texts, the filters' fields). An accessor
 * answers `undefined` for what is not loaded, and the fragmented source notes what to fetch; a search that met
 * nothing missing is exact.
 */
import type { ActorSearchRecord, EntrySearchRecord, QuoteSearchRecord, SearchKind, SearchRecord } from './types';

/** The records a word occurs in (ascending) and in which fields (bit f: field f of FIELDS). */
export interface Postings {
  recs: Int32Array;
  masks: Uint8Array;
}

/** The fields the filters (kind:, actor:, jurisdiction:, year:) read. Every search record is one. */
export type FilterRecord =
  | Pick<QuoteSearchRecord, 'kind' | 'entryKind' | 'speakers' | 'jurisdictions' | 'years'>
  | Pick<EntrySearchRecord, 'kind' | 'entryKind' | 'actors' | 'jurisdictions' | 'years'>
  | Pick<ActorSearchRecord, 'kind' | 'actorKind' | 'slug' | 'country'>;

/** What an actor: filter resolves against. */
export type ActorName = Pick<ActorSearchRecord, 'slug' | 'name' | 'aliases'>;

export interface SearchData {
  /** Records, numbered quotes first, then entries, then actors. */
  size: number;
  counts: Record<SearchKind, number>;
  kindOf: Uint8Array;
  /** The cheap score's multiplier: entries with many relations and actors named in many entries a little higher. */
  boost: Float64Array;
  /** Place in the record's date order (a quote: its entry's); 0 for actors. */
  order: Int32Array;
  /** Indexed words, sorted; a word's number is its place here. */
  vocab: readonly string[];
  wordId: ReadonlyMap<string, number>;
  /** Records each word occurs in. */
  df: Int32Array;
  idf: Float32Array;
  /** Per kind, the weight of each field mask: the best field counts fully, others a little. */
  maskWeight: Float32Array[];
  /** Trigrams of each word, padded ("^warrant$"), for finding words within a few edits of a query word. */
  grams: ReadonlyMap<string, Int32Array>;
  postings(t: number): Postings | undefined;
  record(rec: number): SearchRecord | undefined;
  filterRecord(rec: number): FilterRecord | undefined;
  actorNames(): readonly ActorName[] | undefined;
}

/** The cheap score's multiplier for a record with this many relations (entry) or entries naming it (actor). */
export const boostOf = (weight: number): number => 1 + 0.1 * Math.log2(1 + weight);
