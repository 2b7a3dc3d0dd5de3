/**
 * The search index in fragments, so that a query loads only what it needs (issue 17): a large record's
 * `/search-index.json` is a small manifest, and the rest are files the worker fetches on demand.
 *
 * - The manifest: how many records of each kind, the numbers the cheap score and the date sort read for every
 *   record (quotes per entry, entries' relations, actors' entries), and the whole vocabulary, front-coded, with each
 *   word's document frequency. Typo tolerance looks for neighbours of a query word across the whole vocabulary
 *   (a typo may change its first letters), and completions are ranked by frequency, so both stay exact.
 * - Postings fragments (`w<k>`): for a run of consecutive words of the sorted vocabulary, each word's records and
 *   fields; runs are cut at about `postingsChars` characters, so a common word has a fragment of its own and many
 *   rare words share one. The manifest lists each run's first word.
 * - Record blocks (`r<k>`): records `k × block` to `(k + 1) × block − 1`, with what ranking and results read
 *   (texts, names, dates, URLs come from the slugs).
 * - The filters' fields of every record (`f`): fetched only by a query with kind:, actor:, jurisdiction:, year:,
 *   from: or to:.
 *
 * The fragments live under a folder named by a hash of their content, so a manifest never meets fragments of
 * another build. `fragmentSource` is the worker's side: a `SearchData` over the fragments loaded so far, noting
 * what a pass lacked (engine.ts loads it and runs the pass again).
 */
import { ACTOR_KINDS, ENTRY_KINDS } from '../../schema/vocabulary';
import { boostOf, type ActorName, type FilterRecord, type Postings, type SearchData } from './data';
import type { LoadingSource } from './engine';
import {
  actorUrl,
  entryUrl,
  quoteUrl,
  type ActorSearchRecord,
  type EntrySearchRecord,
  type QuoteSearchRecord,
  type SearchRecord,
  type SearchRecords,
} from './types';
import { allRecords, buildWordIndex, fieldMaskWeights, idfOf, trigramIndex } from './word-index';

export const MANIFEST_VERSION = 'fragments-1';

export interface SearchManifest {
  v: typeof MANIFEST_VERSION;
  /** The fragments' folder (a hash of their content). */
  dir: string;
  /** Quotes, entries, actors. */
  counts: [number, number, number];
  /** Quotes of each entry, in the record's date order (quotes are numbered entry by entry). */
  perEntry: number[];
  /** Each entry's relations, each actor's entries: the cheap score's boost. */
  links: number[];
  named: number[];
  /** The sorted vocabulary, front-coded: per word, a character for the letters shared with the previous word
   * (`0` + count), the rest of the word, then a comma. */
  vocab: string;
  /** Records each word occurs in. */
  df: number[];
  /** The first word of each postings fragment. */
  words: number[];
  /** Records per record block. */
  block: number;
}

export interface SplitOptions {
  /** Records per record block. */
  block?: number;
  /** About this many characters of JSON per postings fragment. */
  postingsChars?: number;
}

/** Defaults, chosen with `npm run bench:search` (bench-results/search.md). */
const SPLIT_DEFAULTS: Required<SplitOptions> = { block: 16, postingsChars: 24_000 };

/** Below this many records (entries + quotes + actors) the whole payload is one file, loaded on first use. */
const FRAGMENT_FROM = 5000;

/** Whether the record is large enough to be served in fragments. */
export const fragmented = (records: SearchRecords): boolean =>
  records.quotes.length + records.entries.length + records.actors.length >= FRAGMENT_FROM;

export interface SplitIndex {
  manifest: SearchManifest;
  /** Fragment name → its JSON. */
  fragments: Map<string, string>;
}

// Packed records of a block (kinds by number: quotes first, then entries, then actors).
/** [id, text, speaker slugs, speaker names, attribution or 0, entry slug, entry title, kind, date, years…,
 * jurisdictions joined by " ", source title, order] */
type PackedQuote = [
  string,
  string,
  string[],
  string,
  string | 0,
  string,
  string,
  number,
  string,
  number,
  number,
  string,
  string,
  number,
];
/** [slug, title, aliases, summary, kind, date, years…, jurisdictions, actor slugs, actor names, tags, links, order] */
type PackedEntry = [
  string,
  string,
  string[],
  string,
  number,
  string,
  number,
  number,
  string,
  string[],
  string[],
  string,
  number,
  number,
];
/** [slug, name, kind, country or "", aliases, roles, entries] */
type PackedActor = [string, string, number, string, string[], string[], number];
type PackedRecord = PackedQuote | PackedEntry | PackedActor;

/** Filters' fields: quotes [entry, speaker actors], entries [kind, years…, jurisdictions, actors], actors
 * [slug, name, kind, country, aliases]. */
interface PackedFilters {
  q: Array<[number, number[]]>;
  e: Array<[number, number, number, string, number[]]>;
  a: Array<[string, string, number, string, string[]]>;
}

function pack(r: SearchRecord): PackedRecord {
  switch (r.kind) {
    case 'quote':
      return [
        r.id,
        r.text,
        r.speakers,
        r.speakerName,
        r.attribution ?? 0,
        r.entrySlug,
        r.entryTitle,
        ENTRY_KINDS.indexOf(r.entryKind),
        r.date,
        r.years[0],
        r.years[1],
        r.jurisdictions.join(' '),
        r.sourceTitle,
        r.order,
      ];
    case 'entry':
      return [
        r.slug,
        r.title,
        r.aliases,
        r.summary,
        ENTRY_KINDS.indexOf(r.entryKind),
        r.date,
        r.years[0],
        r.years[1],
        r.jurisdictions.join(' '),
        r.actors,
        r.actorNames,
        r.tags.join(' '),
        r.links,
        r.order,
      ];
    case 'actor':
      return [r.slug, r.name, ACTOR_KINDS.indexOf(r.actorKind), r.country ?? '', r.aliases, r.roles, r.entries];
  }
}

const split = (s: string) => (s ? s.split(' ') : []);

function unpack(kind: number, p: PackedRecord): SearchRecord {
  if (kind === 0) {
    const [id, text, speakers, speakerName, attribution, entrySlug, entryTitle, k, date, y0, y1, jur, source, order] =
      p as PackedQuote;
    return {
      kind: 'quote',
      id,
      url: quoteUrl(entrySlug, id),
      text,
      speakers,
      speakerName,
      attribution: attribution || undefined,
      entrySlug,
      entryTitle,
      entryKind: ENTRY_KINDS[k]!,
      date,
      years: [y0, y1],
      jurisdictions: split(jur),
      sourceTitle: source,
      order,
    } satisfies QuoteSearchRecord;
  }
  if (kind === 1) {
    const [slug, title, aliases, summary, k, date, y0, y1, jur, actors, actorNames, tags, links, order] =
      p as PackedEntry;
    return {
      kind: 'entry',
      slug,
      url: entryUrl(slug),
      title,
      aliases,
      summary,
      entryKind: ENTRY_KINDS[k]!,
      date,
      years: [y0, y1],
      jurisdictions: split(jur),
      actors,
      actorNames,
      tags: split(tags),
      links,
      order,
    } satisfies EntrySearchRecord;
  }
  const [slug, name, k, country, aliases, roles, entries] = p as PackedActor;
  return {
    kind: 'actor',
    slug,
    url: actorUrl(slug),
    name,
    actorKind: ACTOR_KINDS[k]!,
    country: country || undefined,
    aliases,
    roles,
    entries,
  } satisfies ActorSearchRecord;
}

/** Front coding of a sorted word list (see `SearchManifest.vocab`). */
export function encodeVocab(vocab: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const w of vocab) {
    let shared = 0;
    const max = Math.min(prev.length, w.length, 40);
    while (shared < max && prev.charCodeAt(shared) === w.charCodeAt(shared)) shared++;
    out += String.fromCharCode(48 + shared) + w.slice(shared) + ',';
    prev = w;
  }
  return out;
}

export function decodeVocab(coded: string): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - 48;
    const end = coded.indexOf(',', i + 1);
    prev = prev.slice(0, shared) + coded.slice(i + 1, end);
    out.push(prev);
    i = end + 1;
  }
  return out;
}

/** FNV-1a over the fragments, as 8 hex digits: the fragments' folder. */
function hashOf(parts: Iterable<string>): string {
  let h = 0x811c9dc5;
  for (const part of parts)
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The record cut into a manifest and fragments (build time). */
export function splitSearchIndex(records: SearchRecords, options: SplitOptions = {}): SplitIndex {
  const { block, postingsChars } = { ...SPLIT_DEFAULTS, ...options };
  const all = allRecords(records);
  const index = buildWordIndex(all);
  const { vocab, offsets, postRec, postMask } = index;
  const fragments = new Map<string, string>();

  // Postings: runs of words, cut at about `postingsChars`.
  const words: number[] = [];
  let run: Array<[number[], number[]]> = [];
  let runChars = 0;
  const flush = () => {
    if (!run.length) return;
    fragments.set(`w${words.length - 1}`, JSON.stringify(run));
    run = [];
    runChars = 0;
  };
  for (let t = 0; t < vocab.length; t++) {
    const recs: number[] = [];
    const masks: number[] = [];
    let last = 0;
    for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
      recs.push(postRec[p]! - last);
      last = postRec[p]!;
      masks.push(postMask[p]!);
    }
    const chars = JSON.stringify(recs).length + JSON.stringify(masks).length;
    if (run.length && runChars + chars > postingsChars) flush();
    if (!run.length) words.push(t);
    run.push([recs, masks]);
    runChars += chars;
  }
  flush();

  // Record blocks.
  for (let b = 0; b * block < all.length; b++) {
    const packed: PackedRecord[] = [];
    for (let rec = b * block; rec < Math.min(all.length, (b + 1) * block); rec++) packed.push(pack(all[rec]!));
    fragments.set(`r${b}`, JSON.stringify(packed));
  }

  // Filters' fields.
  const actorPos = new Map(records.actors.map((a, i) => [a.slug, i]));
  const entryPos = new Map(records.entries.map((e, i) => [e.slug, i]));
  const posOf = (slug: string) => {
    const i = actorPos.get(slug);
    if (i === undefined) throw new Error(`actor ${slug} is not in the search records`);
    return i;
  };
  const filters: PackedFilters = {
    q: records.quotes.map((q) => [entryPos.get(q.entrySlug)!, q.speakers.map(posOf)]),
    e: records.entries.map((e) => [
      ENTRY_KINDS.indexOf(e.entryKind),
      e.years[0],
      e.years[1],
      e.jurisdictions.join(' '),
      e.actors.map(posOf),
    ]),
    a: records.actors.map((a) => [a.slug, a.name, ACTOR_KINDS.indexOf(a.actorKind), a.country ?? '', a.aliases]),
  };
  fragments.set('f', JSON.stringify(filters));

  // Quotes are numbered entry by entry, in the entries' order: counts per entry give every quote's entry.
  const perEntry = records.entries.map(() => 0);
  let lastEntry = 0;
  for (const q of records.quotes) {
    const e = entryPos.get(q.entrySlug);
    if (e === undefined || e < lastEntry) throw new Error(`quote ${q.url}: quotes must come entry by entry`);
    perEntry[e]!++;
    lastEntry = e;
  }
  const df: number[] = [];
  for (let t = 0; t < vocab.length; t++) df.push(offsets[t + 1]! - offsets[t]!);
  const manifest: SearchManifest = {
    v: MANIFEST_VERSION,
    dir: hashOf(fragments.values()),
    counts: [records.quotes.length, records.entries.length, records.actors.length],
    perEntry,
    links: records.entries.map((e) => e.links),
    named: records.actors.map((a) => a.entries),
    vocab: encodeVocab(vocab),
    df,
    words,
    block,
  };
  return { manifest, fragments };
}

export const isManifest = (json: unknown): json is SearchManifest =>
  typeof json === 'object' && json !== null && (json as { v?: unknown }).v === MANIFEST_VERSION;

/** A `LoadingSource` that also counts what it fetched. */
export interface FragmentSource extends LoadingSource {
  /** Fragments fetched so far, in order. */
  fetched: string[];
}

/**
 * The worker's side: a `SearchData` over the fragments loaded so far. `fetchJson(name)` gets a fragment's parsed
 * JSON (the worker fetches `searchFragmentUrl(manifest.dir, name)`); fragments load in parallel, each once.
 */
export function fragmentSource(m: SearchManifest, fetchJson: (name: string) => Promise<unknown>): FragmentSource {
  const [nq, ne, na] = m.counts;
  const size = nq + ne + na;
  const kindOf = new Uint8Array(size);
  kindOf.fill(1, nq, nq + ne);
  kindOf.fill(2, nq + ne);
  const boost = new Float64Array(size).fill(boostOf(0));
  m.links.forEach((links, i) => (boost[nq + i] = boostOf(links)));
  m.named.forEach((named, i) => (boost[nq + ne + i] = boostOf(named)));
  const order = new Int32Array(size);
  const entryOfQuote = new Int32Array(nq);
  let q = 0;
  m.perEntry.forEach((count, e) => {
    for (let k = 0; k < count; k++) entryOfQuote[q++] = e;
    order[nq + e] = e;
  });
  for (let i = 0; i < nq; i++) order[i] = entryOfQuote[i]!;
  const vocab = decodeVocab(m.vocab);
  const df = Int32Array.from(m.df);

  const missing = new Set<string>();
  const loading = new Map<string, Promise<void>>();
  const fetched: string[] = [];
  const postings: Array<Postings[] | undefined> = [];
  const blocks: Array<SearchRecord[] | undefined> = [];
  let filterRecords: FilterRecord[] | undefined;
  let actorNames: ActorName[] | undefined;

  /** The postings fragment holding word t: the last whose first word is at most t. */
  const fragmentOf = (t: number) => {
    let lo = 0;
    let hi = m.words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (m.words[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  function store(name: string, json: unknown): void {
    const k = Number(name.slice(1));
    if (name[0] === 'w') {
      postings[k] = (json as Array<[number[], number[]]>).map(([deltas, masks]) => {
        const recs = new Int32Array(deltas.length);
        let rec = 0;
        deltas.forEach((d, i) => (recs[i] = rec += d));
        return { recs, masks: Uint8Array.from(masks) };
      });
    } else if (name[0] === 'r') {
      blocks[k] = (json as PackedRecord[]).map((p, i) => unpack(kindOf[k * m.block + i]!, p));
    } else if (name === 'f') {
      const f = json as PackedFilters;
      const actors = f.a.map(([slug, name, kind, country, aliases]) => ({
        kind: 'actor' as const,
        slug,
        name,
        actorKind: ACTOR_KINDS[kind]!,
        country: country || undefined,
        aliases,
      }));
      const entries = f.e.map(([kind, y0, y1, jur, actorIdx]) => ({
        kind: 'entry' as const,
        entryKind: ENTRY_KINDS[kind]!,
        years: [y0, y1] as const,
        jurisdictions: split(jur),
        actors: actorIdx.map((i) => actors[i]!.slug),
      }));
      const quotes = f.q.map(([e, speakers]) => ({
        ...entries[e]!,
        kind: 'quote' as const,
        speakers: speakers.map((i) => actors[i]!.slug),
      }));
      filterRecords = [...quotes, ...entries, ...actors];
      actorNames = actors;
    } else throw new Error(`unknown search fragment ${name}`);
  }

  const data: SearchData = {
    size,
    counts: { quote: nq, entry: ne, actor: na },
    kindOf,
    boost,
    order,
    vocab,
    wordId: new Map(vocab.map((w, i) => [w, i])),
    df,
    idf: idfOf(df, size),
    maskWeight: fieldMaskWeights(),
    grams: trigramIndex(vocab),
    postings(t) {
      const k = fragmentOf(t);
      const list = postings[k];
      if (list) return list[t - m.words[k]!];
      missing.add(`w${k}`);
      return undefined;
    },
    record(rec) {
      const b = Math.floor(rec / m.block);
      const list = blocks[b];
      if (list) return list[rec - b * m.block];
      missing.add(`r${b}`);
      return undefined;
    },
    filterRecord(rec) {
      if (filterRecords) return filterRecords[rec];
      missing.add('f');
      return undefined;
    },
    actorNames() {
      if (!actorNames) missing.add('f');
      return actorNames;
    },
  };

  return {
    data,
    fetched,
    takeMissing() {
      const names = [...missing];
      missing.clear();
      return names;
    },
    async load(names) {
      await Promise.all(
        names.map((name) => {
          let p = loading.get(name);
          if (!p) {
            fetched.push(name);
            p = fetchJson(name).then(
              (json) => store(name, json),
              (err: unknown) => {
                loading.delete(name);
                throw err;
              },
            );
            loading.set(name, p);
          }
          return p;
        }),
      );
    },
  };
}
