/**
 * The search engine: answers a query in a few milliseconds over tens of thousands of records, typos included.
 *
 * Plain Fuse.js scores every record on every keystroke (≈ 160–640 ms at 10 000 records on these machines), so
 * the work is split in two:
 *
 * 1. Narrowing, with an index built once when the engine starts: every word of every record (an inverted index
 *    from word to records, remembering in which fields), and every word's letter trigrams. A query word is looked
 *    up as itself, as the start of longer words (it may still be being typed, or be a stem: "communiqu"), and as
 *    words within one or two edits of it (found through shared trigrams, then checked by edit distance). Each
 *    query word's matching records are cached, so the next keystroke only looks up the word that changed.
 *    Records must match every word (or, if none does, all but one); filters and phrases are checked on those.
 * 2. Ranking: candidates are kept per kind in a small heap by a cheap score (field weight × match quality ×
 *    rarity of the word; entries with many relations a little higher). The best dozen of each kind are scored by
 *    Fuse.js (weighted keys, token search) and ordered by a blend of both scores; the rest follow in cheap order.
 *
 * Results come back grouped: quotes first (people come to find a statement), then entries, then actors, each best
 * first, with the matched words marked as ranges for the highlighter.
 */
import Fuse, { type FuseOptionKey } from 'fuse.js';
import { FACETS } from '../facets';
import { ACTOR_KIND_LABELS } from '../../schema/vocabulary';
import { allowedEdits, editDistance, prefixDistance } from './fuzzy';
import { excerpt, highlight, type Highlighted, type Matcher } from './highlight';
import { isEmptyQuery, parseQuery, type ParsedQuery, type QueryNote } from './query';
import { indexWords, spacedWords, words } from './text';
import { WordTable } from './word-table';
import { actorsUrl } from '../urls';
import type { ActorSearchRecord, EntrySearchRecord, SearchKind, SearchRecord, SearchRecords } from './types';

const GROUP_ORDER: readonly SearchKind[] = ['quote', 'entry', 'actor'];
const GROUP_LABELS: Record<SearchKind, string> = { quote: 'Quotes', entry: 'Entries', actor: 'Actors' };

/** Searched fields per kind, with their weight: what a word in that field says about the record. */
const FIELDS: Record<SearchKind, ReadonlyArray<readonly [string, number]>> = {
  quote: [
    ['text', 1],
    ['speaker', 0.7],
    ['entry', 0.45],
    ['source', 0.25],
    ['attribution', 0.35],
    ['date', 0.3],
  ],
  entry: [
    ['title', 1],
    ['summary', 0.55],
    ['actors', 0.6],
    ['tags', 0.6],
    ['kind', 0.5],
    ['jurisdictions', 0.45],
    ['date', 0.35],
    // The entry's id is chosen by an editor to name its subject ("barr-iccs-warrant-proof-encryption-speech-2019").
    ['slug', 0.35],
  ],
  actor: [
    ['name', 1],
    ['aliases', 0.9],
    ['roles', 0.45],
  ],
};

/** Labels searched alongside the codes (src/lib/facets.ts): "Communiqué communique", "UK United Kingdom". */
const entryKindLabel = (k: EntrySearchRecord['entryKind']) => `${FACETS.kind.label(k)} ${k}`;
const jurisdictionLabel = (code: string) => `${code} ${FACETS.jurisdiction.label(code)}`;

/** The text of each searched field, in `FIELDS` order. */
export function fieldTexts(r: SearchRecord): string[] {
  switch (r.kind) {
    case 'quote':
      return [r.text, r.speakerName, r.entryTitle, r.sourceTitle, r.attribution ?? '', r.date];
    case 'entry':
      return [
        r.title,
        r.summary,
        r.actorNames.join(' · '),
        r.tags.join(' '),
        entryKindLabel(r.entryKind),
        r.jurisdictions.map(jurisdictionLabel).join(' '),
        r.date,
        r.slug.replace(/-/g, ' '),
      ];
    case 'actor':
      return [r.name, r.aliases.join(' · '), r.roles.join(' · ')];
  }
}

const KIND_CODE: Record<SearchKind, number> = { quote: 0, entry: 1, actor: 2 };

/** Best candidates of each kind (by the cheap score) that Fuse.js re-scores; the rest keep their cheap order. */
const FUSE_RERANK = 12;
/**
 * At most this many completions of a word being typed (the most frequent ones), so that two letters cannot mean
 * every word: 30 for two letters, 150 for three, 400 from four.
 */
const maxCompletions = (length: number) => (length <= 2 ? 30 : length === 3 ? 150 : 400);
const TERM_CACHE_SIZE = 64;

/** One way a query word matched: a word of the index and how good a match it is (1 = the word itself). */
interface TermMatch {
  tids: Int32Array;
  quality: Float32Array;
}

/** The records one query word matches, with the cheap score of each (unordered). */
interface UnitHits {
  recs: Int32Array;
  scores: Float32Array;
  /** Index words that matched, for highlighting. */
  words: string[];
}

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
}

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

const now = () => performance.now();

const FUSE_KEYS = Object.fromEntries(
  Object.entries(FIELDS).map(([kind, fields]) => [kind, fields.map(([name, weight]) => ({ name, weight }))]),
) as Record<SearchKind, Array<FuseOptionKey<FuseDoc>>>;
type FuseDoc = { [field: string]: string };

function trigrams(padded: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

export interface EngineOptions {
  /** Query words whose matches are kept for the next keystrokes (0 turns the cache off, for measuring it). */
  cacheSize?: number;
}

/**
 * The word index, built once when the engine starts: every indexed word of every record (quotes, entries, actors:
 * one numbering for all, kinds in display order), sorted so that the completions of a prefix are one range; for
 * each word the records it occurs in and in which fields; each word's rarity; and its letter trigrams.
 */
interface WordIndex {
  all: SearchRecord[];
  kindOf: Uint8Array;
  /** Indexed words, sorted; a word's number is its place here. */
  vocab: string[];
  wordId: Map<string, number>;
  /** Word t's postings are postRec/postMask[offsets[t] .. offsets[t + 1]). */
  offsets: Int32Array;
  postRec: Int32Array;
  /** The fields (bit f: field f of FIELDS) the word occurs in. */
  postMask: Uint8Array;
  idf: Float32Array;
  /** Per kind, the weight of each field mask: the best field counts fully, others a little. */
  maskWeight: Float32Array[];
  /** Trigrams of each word, padded ("^warrant$"), for finding words within a few edits of a query word. */
  grams: Map<string, Int32Array>;
}

/** (word, record, fields) triples in record order, in flat typed arrays; each record's words found once. */
function collectPostings(all: readonly SearchRecord[]) {
  const table = new WordTable();
  // About 40 distinct indexed words per record (measured on the synthetic corpus): grown if needed.
  let cap = Math.max(1 << 12, all.length * 40);
  let pTid = new Int32Array(cap);
  let pRec = new Int32Array(cap);
  let pMask = new Uint8Array(cap);
  let np = 0;
  let lastRec = new Int32Array(1 << 12).fill(-1);
  let lastPos = new Int32Array(1 << 12);
  for (let rec = 0; rec < all.length; rec++) {
    const texts = fieldTexts(all[rec]!);
    for (let f = 0; f < texts.length; f++) {
      const bit = 1 << f;
      const count = table.scan(texts[f]!);
      const ids = table.ids;
      if (table.size > lastRec.length) {
        const size = Math.max(table.size, lastRec.length * 2);
        const grownRec = new Int32Array(size).fill(-1);
        grownRec.set(lastRec);
        lastRec = grownRec;
        const grownPos = new Int32Array(size);
        grownPos.set(lastPos);
        lastPos = grownPos;
      }
      for (let k = 0; k < count; k++) {
        const id = ids[k]!;
        if (lastRec[id] === rec) {
          pMask[lastPos[id]!]! |= bit;
          continue;
        }
        if (np === cap) {
          cap *= 2;
          const t = new Int32Array(cap);
          t.set(pTid);
          pTid = t;
          const r = new Int32Array(cap);
          r.set(pRec);
          pRec = r;
          const m = new Uint8Array(cap);
          m.set(pMask);
          pMask = m;
        }
        pTid[np] = id;
        pRec[np] = rec;
        pMask[np] = bit;
        lastRec[id] = rec;
        lastPos[id] = np;
        np++;
      }
    }
  }
  return { words: table.words, pTid, pRec, pMask, np };
}

/** The triples grouped by word, words sorted (only words with postings: the table also knows skipped stopwords). */
function groupByWord({ words: firstSeen, pTid, pRec, pMask, np }: ReturnType<typeof collectPostings>) {
  const used = new Uint8Array(firstSeen.length);
  for (let p = 0; p < np; p++) used[pTid[p]!] = 1;
  const order: number[] = [];
  for (let i = 0; i < firstSeen.length; i++) if (used[i]) order.push(i);
  order.sort((a, b) => (firstSeen[a]! < firstSeen[b]! ? -1 : 1));
  const V = order.length;
  const vocab = order.map((i) => firstSeen[i]!);
  const rankOf = new Int32Array(firstSeen.length);
  order.forEach((old, rank) => (rankOf[old] = rank));
  const offsets = new Int32Array(V + 1);
  for (let p = 0; p < np; p++) offsets[rankOf[pTid[p]!]! + 1]!++;
  for (let t = 0; t < V; t++) offsets[t + 1]! += offsets[t]!;
  const postRec = new Int32Array(np);
  const postMask = new Uint8Array(np);
  const fill = offsets.slice(0, V);
  for (let p = 0; p < np; p++) {
    const at = fill[rankOf[pTid[p]!]!]!++;
    postRec[at] = pRec[p]!;
    postMask[at] = pMask[p]!;
  }
  return { vocab, offsets, postRec, postMask };
}

/** Field weights by kind and field mask: the best field counts fully, others a little. */
function fieldMaskWeights(): Float32Array[] {
  return GROUP_ORDER.map((kind) => {
    const ws = FIELDS[kind].map(([, w]) => w);
    const table = new Float32Array(256);
    for (let m = 1; m < 256; m++) {
      let best = 0;
      let sum = 0;
      ws.forEach((w, f) => {
        if (m & (1 << f)) {
          best = Math.max(best, w);
          sum += w;
        }
      });
      table[m] = best + 0.15 * (sum - best);
    }
    return table;
  });
}

/** Each word's padded trigrams ("^warrant$"), to words; words shorter than 3 letters or with digits have none. */
function trigramIndex(vocab: readonly string[]): Map<string, Int32Array> {
  const gramLists = new Map<string, number[]>();
  for (let t = 0; t < vocab.length; t++) {
    const w = vocab[t]!;
    if (w.length < 3 || /\d/.test(w)) continue;
    for (const g of new Set(trigrams(`^${w}$`))) {
      let list = gramLists.get(g);
      if (!list) gramLists.set(g, (list = []));
      list.push(t);
    }
  }
  const grams = new Map<string, Int32Array>();
  for (const [g, list] of gramLists) grams.set(g, Int32Array.from(list));
  return grams;
}

function buildWordIndex(all: SearchRecord[]): WordIndex {
  const N = all.length;
  const kindOf = new Uint8Array(N);
  all.forEach((r, i) => (kindOf[i] = KIND_CODE[r.kind]));
  const { vocab, offsets, postRec, postMask } = groupByWord(collectPostings(all));
  const idf = new Float32Array(vocab.length);
  for (let t = 0; t < vocab.length; t++) idf[t] = Math.log(1 + N / (offsets[t + 1]! - offsets[t]!));
  return {
    all,
    kindOf,
    vocab,
    wordId: new Map(vocab.map((w, i) => [w, i])),
    offsets,
    postRec,
    postMask,
    idf,
    maskWeight: fieldMaskWeights(),
    grams: trigramIndex(vocab),
  };
}

/**
 * Query words to records: a word matches itself, its completions (it may still be being typed, or be a stem:
 * "communiqu") and words within one or two edits (found through shared trigrams, then checked by edit distance).
 * The last few query words' matches are kept, so the next keystroke only looks up the word that changed.
 */
class TermMatcher {
  private readonly cache = new Map<string, UnitHits>();
  // Reused per query word.
  private readonly gramCount: Uint16Array;
  private readonly best: Float32Array;
  private readonly scratch: Int32Array;

  constructor(
    private readonly index: WordIndex,
    private readonly cacheSize: number,
  ) {
    this.gramCount = new Uint16Array(index.vocab.length);
    this.best = new Float32Array(index.all.length);
    this.scratch = new Int32Array(index.all.length);
  }

  /** The records a query word matches, each with its cheap score: best field weight × quality × rarity. */
  unitHits(term: string, open: boolean, exactOnly: boolean): UnitHits {
    const key = `${open ? '+' : '='}${exactOnly ? '!' : ''}${term}`;
    const cached = this.cacheGet(key);
    if (cached) return cached;
    const { idf, offsets, postRec, postMask, maskWeight, kindOf, vocab } = this.index;
    const { best, scratch } = this;
    const m = this.matchWord(term, open, exactOnly);
    // One rarity for the whole query word: the word's own if it is in the index, else its best match's. (Per
    // matched word, a typo's rare neighbour would outrank the common word typed: "barr" finding Burr first.)
    let bestK = -1;
    for (let k = 0; k < m.tids.length; k++)
      if (
        bestK < 0 ||
        m.quality[k]! > m.quality[bestK]! ||
        (m.quality[k] === m.quality[bestK] && idf[m.tids[k]!]! < idf[m.tids[bestK]!]!)
      )
        bestK = k;
    const rarity = bestK < 0 ? 0 : idf[m.tids[bestK]!]!;
    let n = 0;
    for (let k = 0; k < m.tids.length; k++) {
      const t = m.tids[k]!;
      const q = m.quality[k]! * rarity;
      for (let p = offsets[t]!, end = offsets[t + 1]!; p < end; p++) {
        const rec = postRec[p]!;
        const w = maskWeight[kindOf[rec]!]![postMask[p]!]! * q;
        if (best[rec] === 0) scratch[n++] = rec;
        if (w > best[rec]!) best[rec] = w;
      }
    }
    const recs = scratch.slice(0, n);
    const scores = new Float32Array(recs.length);
    for (let i = 0; i < recs.length; i++) {
      scores[i] = best[recs[i]!]!;
      best[recs[i]!] = 0;
    }
    const hits = { recs, scores, words: Array.from(m.tids, (t) => vocab[t]!) };
    this.cachePut(key, hits);
    return hits;
  }

  /** Index words matching a query word: itself, its completions, and near misses. */
  private matchWord(term: string, open: boolean, exactOnly: boolean): TermMatch {
    const found = new Map<number, number>();
    const put = (t: number, q: number) => {
      if ((found.get(t) ?? 0) < q) found.set(t, q);
    };
    const exact = this.index.wordId.get(term);
    if (exact !== undefined) put(exact, 1);
    if (!exactOnly || open) this.completions(term, open, exact, put);
    const edits = exactOnly ? 0 : allowedEdits(term);
    if (edits > 0) this.nearMisses(term, open, edits, found, put);
    const tids = new Int32Array(found.size);
    const quality = new Float32Array(found.size);
    let i = 0;
    for (const [t, q] of found) {
      tids[i] = t;
      quality[i++] = q;
    }
    return { tids, quality };
  }

  /** Completions: "communiq" → "communique"; "law" → "laws". Only while typing for two-letter words. */
  private completions(term: string, open: boolean, exact: number | undefined, put: (t: number, q: number) => void) {
    if (term.length < 3 && !(open && term.length >= 2)) return;
    const { vocab, offsets } = this.index;
    const lo = this.lowerBound(term);
    let hi = lo;
    while (hi < vocab.length && vocab[hi]!.startsWith(term)) hi++;
    let range: number[] = [];
    for (let t = lo; t < hi; t++) if (t !== exact) range.push(t);
    const cap = maxCompletions(term.length);
    if (range.length > cap)
      range = range.sort((a, b) => offsets[b + 1]! - offsets[b]! - (offsets[a + 1]! - offsets[a]!)).slice(0, cap);
    for (const t of range) {
      const ratio = term.length / vocab[t]!.length;
      put(t, open ? 0.6 + 0.35 * ratio : 0.5 + 0.3 * ratio);
    }
  }

  /** Words sharing enough trigrams with the query word, then checked by edit distance. */
  private nearMisses(
    term: string,
    open: boolean,
    edits: number,
    found: Map<number, number>,
    put: (t: number, q: number) => void,
  ) {
    const { grams, vocab } = this.index;
    const { gramCount } = this;
    const fullGrams = trigrams(`^${term}$`);
    const prefixMode = open && term.length >= 5;
    // One edit changes at most 3 trigrams, a swap of neighbours 4 ("kakgoa" keeps only ^ka and kak of "kakoga").
    const needFull = fullGrams.length - 4 * edits;
    const needPrefix = term.length - 1 - 4 * edits;
    const need = Math.max(1, prefixMode ? Math.min(needFull, needPrefix) : needFull);
    const touched: number[] = [];
    for (const g of new Set(fullGrams)) {
      const list = grams.get(g);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const t = list[k]!;
        if (gramCount[t] === 0) touched.push(t);
        gramCount[t]!++;
      }
    }
    for (const t of touched) {
      const count = gramCount[t]!;
      gramCount[t] = 0;
      if (count < need || found.has(t)) continue;
      const w = vocab[t]!;
      const d = editDistance(term, w, edits);
      if (d <= edits) {
        put(t, d === 0 ? 1 : 0.85 - 0.2 * (d - 1));
        continue;
      }
      if (prefixMode && w.length > term.length) {
        const pd = prefixDistance(term, w, edits);
        if (pd <= edits) put(t, 0.7 - 0.15 * (pd - 1));
      }
    }
  }

  private lowerBound(prefix: string): number {
    const { vocab } = this.index;
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (vocab[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private cacheGet(key: string): UnitHits | undefined {
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private cachePut(key: string, value: UnitHits): void {
    if (this.cacheSize <= 0) return;
    this.cache.set(key, value);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }
}

/** Actor slugs a filter value stands for: containing it, or failing that, within a typo of it. */
function actorResolver(actors: readonly ActorSearchRecord[]): (value: string, notes: QueryNote[]) => Set<string> {
  const actorIndex = actors.map((a) => ({
    slug: a.slug,
    name: a.name,
    haystacks: [words(a.slug).join(' '), words(a.name).join(' '), ...a.aliases.map((x) => words(x).join(' '))],
    words: new Set([...words(a.slug), ...words(a.name), ...a.aliases.flatMap((x) => words(x))]),
  }));
  return (value, notes) => {
    const contains = actorIndex.filter((a) => a.haystacks.some((h) => h.includes(value)));
    if (contains.length) return new Set(contains.map((a) => a.slug));
    const parts = value.split(' ');
    const near = actorIndex.filter((a) =>
      parts.every((p) => {
        const edits = Math.max(1, allowedEdits(p));
        for (const w of a.words)
          if (editDistance(p, w, edits) <= edits || prefixDistance(p, w, edits) <= edits) return true;
        return false;
      }),
    );
    if (near.length)
      notes.push({
        type: 'corrected',
        message: `No actor is called “${value}”; showing the closest: ${near
          .slice(0, 5)
          .map((a) => a.name)
          .join(', ')}${near.length > 5 ? '…' : ''}.`,
      });
    else
      notes.push({
        type: 'bad-value',
        message: `No actor matches “${value}”; see the list of actors at ${actorsUrl()}.`,
      });
    return new Set(near.map((a) => a.slug));
  };
}

type Filter = (r: SearchRecord) => boolean;

/** The query's filters (kind:, actor:, jurisdiction:, year:/from:/to:) as tests on records. */
function buildFilters(q: ParsedQuery, notes: QueryNote[], resolveActors: ReturnType<typeof actorResolver>): Filter[] {
  const filters: Filter[] = [];
  for (const group of q.kinds) {
    const set = new Set(group);
    filters.push((r) => set.has(r.kind === 'actor' ? r.actorKind : r.entryKind));
  }
  for (const group of q.actors) {
    const slugs = new Set<string>();
    for (const v of group) for (const s of resolveActors(v, notes)) slugs.add(s);
    filters.push((r) =>
      r.kind === 'quote'
        ? r.speakers.some((s) => slugs.has(s))
        : r.kind === 'entry'
          ? r.actors.some((a) => slugs.has(a))
          : slugs.has(r.slug),
    );
  }
  for (const group of q.jurisdictions) {
    const set = new Set(group);
    filters.push((r) =>
      r.kind === 'actor' ? r.country !== undefined && set.has(r.country) : r.jurisdictions.some((j) => set.has(j)),
    );
  }
  if (q.from !== undefined || q.to !== undefined) {
    const from = q.from ?? -Infinity;
    const to = q.to ?? Infinity;
    filters.push((r) => r.kind !== 'actor' && r.years[1] >= from && r.years[0] <= to);
  }
  return filters;
}

/** A record as a result: its texts with the matched words marked, long texts cut to `max` characters. */
function toResult(r: SearchRecord, m: Matcher, max: number | undefined): SearchResult {
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

function fuseDoc(r: SearchRecord): FuseDoc {
  const texts = fieldTexts(r);
  const doc: FuseDoc = {};
  FIELDS[r.kind].forEach(([name], i) => (doc[name] = texts[i]!));
  return doc;
}

/** Whether a record holds every phrase of the query, word for word. */
function phraseOk(r: SearchRecord, q: ParsedQuery): boolean {
  if (!q.phrases.length) return true;
  const text = fieldTexts(r).map(spacedWords).join('|');
  return q.phrases.every((p) => text.includes(` ${p.words.join(' ')}${p.closed ? ' ' : ''}`));
}

/** The candidates of one kind: best first by cheap score, how many records of the kind match, and whether exactly. */
interface Chosen {
  kind: SearchKind;
  recs: number[];
  total: number;
  exact: boolean;
}

/** Per-record work arrays of one query, reset after it. */
interface Scratch {
  /** Summed cheap score. */
  acc: Float32Array;
  /** A bit per query unit matched. */
  cover: Uint32Array;
  /** Records with any unit matched. */
  touched: Int32Array;
}

/**
 * Narrowing: records must match every unit (or, if none does, all but one) and pass the filters; per kind, the
 * best by cheap score are kept in a small heap (with phrases: checked on the best candidates until enough match).
 */
function narrow(
  index: WordIndex,
  units: readonly UnitHits[],
  q: ParsedQuery,
  pass: (rec: number) => boolean,
  pool: number,
  scratch: Scratch,
): { chosen: Chosen[]; relaxed: boolean; touched: number } {
  const { all, kindOf } = index;
  const { acc, cover, touched: touchedAll } = scratch;
  const U = Math.min(units.length, 31);
  const heaps = GROUP_ORDER.map(() => new TopK(pool));
  const totals = [0, 0, 0];
  const phraseLists: number[][] = [[], [], []];
  let relaxed = false;
  let nTouched = 0;
  const keep = (rec: number, score: number) => {
    const k = kindOf[rec]!;
    if (q.phrases.length) phraseLists[k]!.push(rec);
    else {
      totals[k]!++;
      heaps[k]!.push(rec, score);
    }
  };
  const collect = (minCover: number): number => {
    let found = 0;
    for (let i = 0; i < nTouched; i++) {
      const rec = touchedAll[i]!;
      if (popcount(cover[rec]!) < minCover || !pass(rec)) continue;
      found++;
      keep(rec, cheapScore(all, acc, rec));
    }
    return found;
  };
  if (U > 0) {
    for (let u = 0; u < U; u++) {
      const { recs, scores } = units[u]!;
      const bit = 1 << u;
      for (let i = 0; i < recs.length; i++) {
        const rec = recs[i]!;
        if (cover[rec] === 0) touchedAll[nTouched++] = rec;
        cover[rec]! |= bit;
        acc[rec]! += scores[i]!;
      }
    }
    if (collect(U) === 0 && U >= 2 && !q.phrases.length) {
      relaxed = true;
      collect(U - 1);
    }
  } else {
    // Filters only: every record that passes, in the record's order (by date).
    for (let rec = 0; rec < all.length; rec++) if (pass(rec)) keep(rec, -rec);
  }

  const chosen: Chosen[] = [];
  for (const kind of GROUP_ORDER) {
    const k = KIND_CODE[kind];
    if (!q.phrases.length) {
      chosen.push({ kind, recs: heaps[k]!.sorted(), total: totals[k]!, exact: true });
      continue;
    }
    // Phrases are checked on the best candidates first, until enough are found.
    let list = phraseLists[k]!;
    if (U > 0) {
      const unsorted = list;
      const score = new Float64Array(unsorted.length);
      unsorted.forEach((rec, i) => (score[i] = cheapScore(all, acc, rec)));
      list = Array.from(unsorted.keys())
        .sort((a, b) => score[b]! - score[a]! || unsorted[a]! - unsorted[b]!)
        .map((i) => unsorted[i]!);
    }
    const recs: number[] = [];
    let checked = 0;
    let exact = true;
    for (const rec of list) {
      checked++;
      if (phraseOk(all[rec]!, q)) recs.push(rec);
      if (recs.length >= pool && checked < list.length) {
        exact = false;
        break;
      }
    }
    const total = exact ? recs.length : Math.max(recs.length, Math.round((recs.length / checked) * list.length));
    chosen.push({ kind, recs, total, exact });
  }
  return { chosen, relaxed, touched: nTouched };
}

/** Cheap score: summed word scores; entries that anchor a story (many relations) first among equals. */
function cheapScore(all: readonly SearchRecord[], acc: Float32Array, rec: number): number {
  const r = all[rec]!;
  return acc[rec]! * (r.kind === 'entry' ? 1 + 0.1 * Math.log2(1 + r.links) : 1);
}

/**
 * Ranking: Fuse.js re-scores the best few candidates of each kind, ordered by a blend of its score and the cheap
 * one; the rest follow in cheap-score order. Each group becomes results with the matched words marked.
 */
function rank(
  chosen: readonly Chosen[],
  all: readonly SearchRecord[],
  cheap: (rec: number) => number,
  fuseQuery: string,
  matcher: Matcher,
  options: SearchOptions,
  limit: number,
): { groups: ResultGroup[]; scored: number } {
  const groups: ResultGroup[] = [];
  const explained = new Map<number, Explanation>();
  let scored = 0;
  for (const { kind, recs: pooled, total: count, exact } of chosen) {
    if (!pooled.length) continue;
    const recs = pooled.slice(0, FUSE_RERANK);
    const rest = pooled.slice(FUSE_RERANK);
    let ordered = pooled;
    if (fuseQuery && recs.length > 1) {
      scored += recs.length;
      const fuse = new Fuse(
        recs.map((rec) => fuseDoc(all[rec]!)),
        {
          keys: FUSE_KEYS[kind],
          includeScore: true,
          shouldSort: false,
          ignoreLocation: true,
          ignoreDiacritics: true,
          useTokenSearch: true,
          threshold: 0.4,
        },
      );
      const fuseScore = new Float32Array(recs.length).fill(1);
      for (const res of fuse.search(fuseQuery)) fuseScore[res.refIndex] = res.score ?? 1;
      let maxCheap = 0;
      for (const rec of recs) maxCheap = Math.max(maxCheap, cheap(rec));
      const final = recs.map((rec, i) => 0.55 * fuseScore[i]! + 0.45 * (1 - cheap(rec) / (maxCheap || 1)));
      ordered = recs
        .map((rec, i) => ({ rec, s: final[i]!, i }))
        .sort((a, b) => a.s - b.s || a.i - b.i)
        .map((x) => x.rec)
        .concat(rest);
      if (options.explain)
        recs.forEach((rec, i) => explained.set(rec, { cheap: cheap(rec), fuse: fuseScore[i]!, final: final[i]! }));
    }
    groups.push({
      kind,
      label: GROUP_LABELS[kind],
      total: count,
      totalExact: exact,
      results: ordered.slice(0, limit).map((rec) => {
        const result: SearchResult = toResult(all[rec]!, matcher, options.excerpt);
        const why = explained.get(rec);
        if (why) result.explain = why;
        return result;
      }),
    });
  }
  return { groups, scored };
}

export function createSearchEngine(records: SearchRecords, engineOptions: EngineOptions = {}): SearchEngine {
  const index = buildWordIndex([...records.quotes, ...records.entries, ...records.actors]);
  const { all } = index;
  const terms = new TermMatcher(index, engineOptions.cacheSize ?? TERM_CACHE_SIZE);
  const resolveActors = actorResolver(records.actors);
  const scratch: Scratch = {
    acc: new Float32Array(all.length),
    cover: new Uint32Array(all.length),
    touched: new Int32Array(all.length),
  };

  function search(raw: string, options: SearchOptions = {}): SearchResponse {
    const limit = options.limit ?? 20;
    const t0 = now();
    const q = parseQuery(raw);
    const notes = [...q.notes];
    const t1 = now();
    if (isEmptyQuery(q))
      return {
        query: raw,
        groups: [],
        notes,
        relaxed: false,
        timings: { parse: t1 - t0, lookup: 0, narrow: 0, rank: 0, total: now() - t0, scored: 0 },
      };

    // Query words and the meaningful words of phrases, each a unit every record must match.
    const units: UnitHits[] = [];
    q.terms.forEach((term, i) => units.push(terms.unitHits(term, q.lastTermOpen && i === q.terms.length - 1, false)));
    for (const p of q.phrases) {
      const ws = indexWords(p.words.join(' '));
      ws.forEach((w, i) =>
        units.push(terms.unitHits(w, !p.closed && i === ws.length - 1 && p.words.at(-1) === w, true)),
      );
    }
    const t2 = now();

    const filters = buildFilters(q, notes, resolveActors);
    const pass = (rec: number) => {
      const r = all[rec]!;
      for (const f of filters) if (!f(r)) return false;
      return true;
    };
    const { chosen, relaxed, touched } = narrow(index, units, q, pass, Math.max(limit, FUSE_RERANK), scratch);
    if (relaxed) notes.push({ type: 'ignored', message: 'No result has all of your words; these have all but one.' });
    const t3 = now();

    const fuseQuery = [...q.terms, ...q.phrases.flatMap((p) => indexWords(p.words.join(' ')))].join(' ');
    const matched = new Set<string>();
    for (const u of units) for (const w of u.words) matched.add(w);
    const matcher: Matcher = { words: matched, phrases: q.phrases.map((p) => ({ words: p.words, open: !p.closed })) };
    const cheap = (rec: number) => cheapScore(all, scratch.acc, rec);
    const { groups, scored } = rank(chosen, all, cheap, fuseQuery, matcher, options, limit);
    for (let i = 0; i < touched; i++) {
      scratch.acc[scratch.touched[i]!] = 0;
      scratch.cover[scratch.touched[i]!] = 0;
    }
    const t4 = now();
    return {
      query: raw,
      groups,
      notes,
      relaxed,
      timings: { parse: t1 - t0, lookup: t2 - t1, narrow: t3 - t2, rank: t4 - t3, total: t4 - t0, scored },
    };
  }

  return {
    search,
    size: { quote: records.quotes.length, entry: records.entries.length, actor: records.actors.length },
  };
}

/** The k highest-scoring records seen, kept in a small min-heap (ties: the earlier record wins). */
class TopK {
  private recs: Int32Array;
  private scores: Float64Array;
  private size = 0;
  constructor(private readonly k: number) {
    this.recs = new Int32Array(k);
    this.scores = new Float64Array(k);
  }
  /** a ranks below b */
  private below(i: number, j: number): boolean {
    const si = this.scores[i]!;
    const sj = this.scores[j]!;
    return si < sj || (si === sj && this.recs[i]! > this.recs[j]!);
  }
  private swap(i: number, j: number): void {
    const r = this.recs[i]!;
    this.recs[i] = this.recs[j]!;
    this.recs[j] = r;
    const s = this.scores[i]!;
    this.scores[i] = this.scores[j]!;
    this.scores[j] = s;
  }
  push(rec: number, score: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      this.recs[i] = rec;
      this.scores[i] = score;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.below(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const root = this.scores[0]!;
    if (score < root || (score === root && rec > this.recs[0]!)) return;
    this.recs[0] = rec;
    this.scores[0] = score;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.below(l, m)) m = l;
      if (r < this.size && this.below(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
  /** Best first. */
  sorted(): number[] {
    const idx = Array.from({ length: this.size }, (_, i) => i);
    idx.sort((a, b) => this.scores[b]! - this.scores[a]! || this.recs[a]! - this.recs[b]!);
    return idx.map((i) => this.recs[i]!);
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
