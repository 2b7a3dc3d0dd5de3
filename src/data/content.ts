/**
 * The one place pages get the record from. The collections are read as Astro hands them over and turned into
 * the record (src/lib/record.ts) and the rows the facets read; everything derived from them (citations, the
 * actor graph, page keys, view models) is memoised per snapshot with `derived`. A snapshot is keyed by the
 * collections' ids and content digests (and the day, which citations print), so under `astro dev` an edited
 * entry gives a new snapshot and nothing stale survives; in a build the record is read and derived once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localDay } from '../lib/citations/accessed';
import type { FacetRow } from '../lib/facets';
import { buildRecord, type TrackerRecord } from '../lib/record';
import { rowFacets } from '../lib/timeline';

export interface Content {
  record: TrackerRecord;
  /** The entries' collection entries, for `render()` of their MDX bodies. */
  documents: ReadonlyMap<string, CollectionEntry<'entries'>>;
  /** Each entry with what it offers to the filters, in record order. */
  rows: readonly FacetRow[];
  /** An actor's name, or the slug where the record has no such actor. */
  actorName: (slug: string) => string;
  /** The build day (YYYY-MM-DD): the access date of "via" citations. */
  day: string;
}

let snapshot: { key: string; content: Content } | undefined;

/** The record as the collections hold it now. */
export async function getContent(): Promise<Content> {
  const [entries, actors] = await Promise.all([getCollection('entries'), getCollection('actors')]);
  const day = localDay();
  const key = [
    day,
    ...[...entries, ...actors].map((e) => `${e.collection}/${e.id}@${e.digest ?? JSON.stringify(e.data)}`),
  ].join('\n');
  if (snapshot?.key !== key) snapshot = { key, content: readContent(entries, actors, day) };
  return snapshot.content;
}

function readContent(entries: CollectionEntry<'entries'>[], actors: CollectionEntry<'actors'>[], day: string): Content {
  const record = buildRecord(
    entries.map((e) => ({ slug: e.id, data: e.data })),
    actors.map((a) => ({ slug: a.id, data: a.data })),
  );
  return {
    record,
    documents: new Map(entries.map((e) => [e.id, e])),
    rows: record.entries.map((entry) => ({ entry, facets: rowFacets(entry) })),
    actorName: (slug) => record.actor(slug)?.data.name ?? slug,
    day,
  };
}

const memo = new WeakMap<Content, Map<string, unknown>>();

/** `make(content)`, computed once per snapshot under `name`. */
export function derived<T>(content: Content, name: string, make: (content: Content) => T): T {
  let cache = memo.get(content);
  if (!cache) memo.set(content, (cache = new Map<string, unknown>()));
  if (!cache.has(name)) cache.set(name, make(content));
  return cache.get(name) as T;
}
