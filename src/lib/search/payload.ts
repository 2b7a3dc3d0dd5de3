/**
 * The search payload served at `/search-index.json`: the search records packed as arrays, each shared value stored
 * once (an entry's title, date and jurisdictions are not repeated in each of its quotes; actors are referred to by
 * position). The worker unpacks it with `decodePayload` and builds its index from the records: measured here, a
 * prebuilt index would be several times the size of the text it indexes, while building it costs the worker
 * milliseconds (see bench-results/search.md).
 */
import { ACTOR_KINDS, ENTRY_KINDS } from '../../schema/vocabulary';
import {
  actorUrl,
  entryUrl,
  quoteUrl,
  type ActorSearchRecord,
  type EntrySearchRecord,
  type QuoteSearchRecord,
  type SearchRecords,
} from './types';

const PAYLOAD_VERSION = 3;

/** [slug, name, kind, country or "", aliases, role titles, entries naming it] */
type PackedActor = [string, string, number, string, string[], string[], number];
/**
 * [slug, title, summary, kind, date as shown, first year, last year, jurisdictions joined by " ", tags joined by
 * " ", actor positions, relation count, titles of the sources its quotes come from, aliases]. Entries come in the
 * record's date order, which is their `order`.
 */
type PackedEntry = [
  string,
  string,
  string,
  number,
  string,
  number,
  number,
  string,
  string,
  number[],
  number,
  string[],
  string[],
];
/** [entry position, id, text, speaker positions, source position in the entry's list, attribution or 0] */
type PackedQuote = [number, string, string, number[], number, string | 0];

export interface SearchPayload {
  v: number;
  actors: PackedActor[];
  entries: PackedEntry[];
  quotes: PackedQuote[];
}

export function encodePayload(records: SearchRecords): SearchPayload {
  const actorPos = new Map(records.actors.map((a, i) => [a.slug, i]));
  const entryPos = new Map(records.entries.map((e, i) => [e.slug, i]));
  const sourcesOf = new Map<string, string[]>();
  const quotes: PackedQuote[] = records.quotes.map((q) => {
    const list = sourcesOf.get(q.entrySlug) ?? [];
    sourcesOf.set(q.entrySlug, list);
    let s = list.indexOf(q.sourceTitle);
    if (s < 0) s = list.push(q.sourceTitle) - 1;
    const entry = entryPos.get(q.entrySlug);
    if (entry === undefined) throw new Error(`quote ${q.id}: entry ${q.entrySlug} is not in the search records`);
    const speakers = q.speakers.map((slug) => {
      const pos = actorPos.get(slug);
      if (pos === undefined) throw new Error(`quote ${q.url}: speaker ${slug} is not an actor`);
      return pos;
    });
    return [entry, q.id, q.text, speakers, s, q.attribution ?? 0];
  });
  const entries: PackedEntry[] = records.entries.map((e) => [
    e.slug,
    e.title,
    e.summary,
    ENTRY_KINDS.indexOf(e.entryKind),
    e.date,
    e.years[0],
    e.years[1],
    e.jurisdictions.join(' '),
    e.tags.join(' '),
    e.actors.map((slug) => {
      const i = actorPos.get(slug);
      if (i === undefined) throw new Error(`entry ${e.slug}: actor ${slug} is not an actor`);
      return i;
    }),
    e.links,
    sourcesOf.get(e.slug) ?? [],
    e.aliases,
  ]);
  const actors: PackedActor[] = records.actors.map((a) => [
    a.slug,
    a.name,
    ACTOR_KINDS.indexOf(a.actorKind),
    a.country ?? '',
    a.aliases,
    a.roles,
    a.entries,
  ]);
  return { v: PAYLOAD_VERSION, actors, entries, quotes };
}

const split = (s: string) => (s ? s.split(' ') : []);

export function decodePayload(payload: SearchPayload): SearchRecords {
  if (payload.v !== PAYLOAD_VERSION)
    throw new Error(`search index version ${payload.v} is not ${PAYLOAD_VERSION}: reload the page`);
  const actors: ActorSearchRecord[] = payload.actors.map(([slug, name, kind, country, aliases, roles, named]) => ({
    kind: 'actor',
    slug,
    url: actorUrl(slug),
    name,
    actorKind: ACTOR_KINDS[kind]!,
    country: country || undefined,
    aliases,
    roles,
    entries: named,
  }));
  const entries: EntrySearchRecord[] = payload.entries.map(
    ([slug, title, summary, kind, date, y0, y1, jurisdictions, tags, actorIdx, links, , aliases], order) => ({
      kind: 'entry',
      slug,
      url: entryUrl(slug),
      title,
      aliases,
      summary,
      entryKind: ENTRY_KINDS[kind]!,
      date,
      years: [y0, y1],
      jurisdictions: split(jurisdictions),
      actors: actorIdx.map((i) => actors[i]!.slug),
      actorNames: actorIdx.map((i) => actors[i]!.name),
      tags: split(tags),
      links,
      order,
    }),
  );
  const quotes: QuoteSearchRecord[] = payload.quotes.map(([e, id, text, speakers, source, attribution]) => {
    const entry = entries[e]!;
    const packed = payload.entries[e]!;
    return {
      kind: 'quote',
      id,
      url: quoteUrl(entry.slug, id),
      text,
      speakers: speakers.map((i) => actors[i]!.slug),
      speakerName: speakers.map((i) => actors[i]!.name).join(', '),
      attribution: attribution || undefined,
      entrySlug: entry.slug,
      entryTitle: entry.title,
      entryKind: entry.entryKind,
      date: entry.date,
      years: entry.years,
      jurisdictions: entry.jurisdictions,
      sourceTitle: packed[11][source] ?? '',
      order: entry.order,
    };
  });
  return { entries, quotes, actors };
}

/**
 * The searchable text itself, each stored value once (what an author typed that search reads): the yardstick
 * for the payload's size. Codes, kinds and references (a quote's entry title, an entry's actor names) are
 * counted where they are stored, not again where they are reused.
 */
export function searchableText(records: SearchRecords): string {
  const parts: string[] = [];
  for (const e of records.entries) parts.push(e.title, ...e.aliases, e.summary, e.date, e.tags.join(' '));
  for (const q of records.quotes) {
    parts.push(q.text);
    if (q.attribution) parts.push(q.attribution);
  }
  const sourceTitles = new Set(records.quotes.map((q) => `${q.entrySlug}\n${q.sourceTitle}`));
  for (const s of sourceTitles) parts.push(s.slice(s.indexOf('\n') + 1));
  for (const a of records.actors) parts.push(a.name, ...a.aliases, ...a.roles);
  return parts.join('\n');
}
