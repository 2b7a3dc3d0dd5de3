/**
 * The one place pages get the record from. The collections are read as Astro hands them over and turned into
 * the record (src/lib/record.ts), the rows the facets read, and the dossiers and position summaries that cite the
 * record; everything derived from them (citations, the actor graph, dossiers, page keys, view models) is memoised
 * per snapshot with `derived`. A snapshot is keyed by the
 * collections' ids and content digests (and the day, which citations print), so under `astro dev` an edited
 * entry gives a new snapshot and nothing stale survives; in a build the record is read and derived once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localDay } from '../lib/citations/accessed';
import { contentDir } from '../lib/content-dir';
import { hasContentFiles } from '../lib/content-files';
import type { DossierInput } from '../lib/dossiers';
import type { FacetRow } from '../lib/facets';
import type { JurisdictionInput } from '../lib/positions';
import { buildRecord, type TrackerRecord } from '../lib/record';
import { rowFacets } from '../lib/timeline';

export interface Content {
  record: TrackerRecord;
  /** The entries' collection entries, for `render()` of their MDX bodies. */
  documents: ReadonlyMap<string, CollectionEntry<'entries'>>;
  /** Each entry with what it offers to the filters, in record order. */
  rows: readonly FacetRow[];
  /** The dossiers (content/dossiers/) and their collection entries, for `render()` of their bodies. */
  dossiers: readonly DossierInput[];
  dossierDocuments: ReadonlyMap<string, CollectionEntry<'dossiers'>>;
  /** The jurisdictions' position summaries (content/jurisdictions/), by upper-case code. */
  jurisdictions: readonly JurisdictionInput[];
  /** An actor's name, or the slug where the record has no such actor. */
  actorName: (slug: string) => string;
  /** The build day (YYYY-MM-DD): the access date of "via" citations. */
  day: string;
}

let snapshot: { key: string; content: Content } | undefined;

/** The record as the collections hold it now. */
export async function getContent(): Promise<Content> {
  const [entries, actors, dossiers, jurisdictions] = await Promise.all([
    getCollection('entries'),
    getCollection('actors'),
    // Astro warns on every read of an empty collection; a record without dossiers (a generated corpus) has none.
    hasContentFiles(contentDir(), 'dossiers') ? getCollection('dossiers') : [],
    hasContentFiles(contentDir(), 'jurisdictions') ? getCollection('jurisdictions') : [],
  ]);
  const day = localDay();
  const key = [
    day,
    ...[...entries, ...actors, ...dossiers, ...jurisdictions].map(
      (e) => `${e.collection}/${e.id}@${e.digest ?? JSON.stringify(e.data)}`,
    ),
  ].join('\n');
  if (snapshot?.key !== key)
    snapshot = { key, content: readContent({ entries, actors, dossiers, jurisdictions }, day) };
  return snapshot.content;
}

function readContent(
  collections: {
    entries: CollectionEntry<'entries'>[];
    actors: CollectionEntry<'actors'>[];
    dossiers: CollectionEntry<'dossiers'>[];
    jurisdictions: CollectionEntry<'jurisdictions'>[];
  },
  day: string,
): Content {
  const { entries, actors, dossiers, jurisdictions } = collections;
  const record = buildRecord(
    entries.map((e) => ({ slug: e.id, data: e.data })),
    actors.map((a) => ({ slug: a.id, data: a.data })),
  );
  return {
    record,
    documents: new Map(entries.map((e) => [e.id, e])),
    rows: record.entries.map((entry) => ({ entry, facets: rowFacets(entry) })),
    dossiers: dossiers.map((d) => ({ slug: d.id, data: d.data })),
    dossierDocuments: new Map(dossiers.map((d) => [d.id, d])),
    // The id is the file name, the code in lower case.
    jurisdictions: jurisdictions.map((j) => ({ code: j.id.toUpperCase(), data: j.data })),
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
