/**
 * Types of the search records and the helpers the browser side needs. Kept free of the date module (and its
 * EDTF parser) so the worker bundle stays small: dates arrive already formatted.
 */
import type { ActorKind, EntryKind } from '../../schema/vocabulary';

export type SearchKind = 'quote' | 'entry' | 'actor';

/** Years an entry covers, inclusive; an open-ended interval runs to `OPEN_END`. */
export type YearSpan = readonly [number, number];
export const OPEN_END = 9999;

export interface EntrySearchRecord {
  kind: 'entry';
  slug: string;
  url: string;
  title: string;
  /** Other names of what the entry records ("chat control", "TOLA"). */
  aliases: string[];
  summary: string;
  entryKind: EntryKind;
  /** The date as the site shows it, at its stored precision ("July 2019"). */
  date: string;
  years: YearSpan;
  /** Codes as stored (`UK`, `FVEY`). */
  jurisdictions: string[];
  /** Slugs of the actors taking part, in the entry's order. */
  actors: string[];
  actorNames: string[];
  tags: string[];
  /** How many typed relations touch this entry, both ways: the hub of a story ranks first among equals. */
  links: number;
  /** Place in the record's date order (0 = earliest), for sorting by date. */
  order: number;
}

export interface QuoteSearchRecord {
  kind: 'quote';
  id: string;
  url: string;
  text: string;
  /** Actor slugs: one, or every speaker of joint words. */
  speakers: string[];
  /** Their names, joined with ", ". */
  speakerName: string;
  /** How the words are credited when not the speaker's alone ("joint letter signed by …"). */
  attribution: string | undefined;
  entrySlug: string;
  entryTitle: string;
  entryKind: EntryKind;
  date: string;
  years: YearSpan;
  jurisdictions: string[];
  sourceTitle: string;
  /** Its entry's place in the record's date order. */
  order: number;
}

export interface ActorSearchRecord {
  kind: 'actor';
  slug: string;
  url: string;
  name: string;
  actorKind: ActorKind;
  country: string | undefined;
  aliases: string[];
  /** Distinct titles of the roles held, in order. */
  roles: string[];
  /** How many entries name this actor: of two actors with the name typed, the one in more entries ranks first. */
  entries: number;
}

export type SearchRecord = EntrySearchRecord | QuoteSearchRecord | ActorSearchRecord;

export interface SearchRecords {
  entries: EntrySearchRecord[];
  quotes: QuoteSearchRecord[];
  actors: ActorSearchRecord[];
}

export { actorUrl, entryUrl, quoteUrl } from '../urls';
