/**
 * The one place pages get content from: the collections are read once per build and handed to the pure
 * `buildRecord`. Pages never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildRecord, type Record } from '../lib/record';

let cached: Promise<Record> | undefined;

export function getRecord(): Promise<Record> {
  cached ??= (async () => {
    const [entries, actors] = await Promise.all([getCollection('entries'), getCollection('actors')]);
    return buildRecord(
      entries.map((e) => ({ slug: e.id, data: e.data })),
      actors.map((a) => ({ slug: a.id, data: a.data })),
    );
  })();
  return cached;
}

/** The collection entry, for `render()` of its MDX body. */
let documents: Promise<Map<string, CollectionEntry<'entries'>>> | undefined;

export async function getEntryDocument(slug: string): Promise<CollectionEntry<'entries'> | undefined> {
  documents ??= getCollection('entries').then((all) => new Map(all.map((e) => [e.id, e])));
  return (await documents).get(slug);
}
