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
 *
 * The engine reads a `SearchData` (data.ts): built here from every record (`createSearchEngine`), or loaded in
 * fragments as queries need them (`createLoadingSearch`, fragments.ts): a pass that meets something not loaded
 * notes it, the fragments are fetched, and the query runs again, until a pass needs nothing more.
 */
import { isEmptyQuery, parseQuery } from './query';
import type { Matcher } from './highlight';
import { indexWords } from './text';
import { actorResolver, buildFilters } from './filters';
import { narrow, cheapScore, type Scratch } from './narrow';
import { FUSE_RERANK, rank } from './rank';
import { groupOrder, namedExactly } from './group-order';
import type { SearchEngine, SearchOptions, SearchResponse } from './results';
import { TERM_CACHE_SIZE, TermMatcher, type UnitHits } from './term-matcher';
import type { SearchKind, SearchRecord, SearchRecords } from './types';
import { dataFromRecords } from './word-index';
import type { SearchData } from './data';

export type * from './results';
export { fieldTexts } from './fields';

const now = () => performance.now();

export interface EngineOptions {
  /** Query words whose matches are kept for the next keystrokes (0 turns the cache off, for measuring it). */
  cacheSize?: number;
}

/** Stand-ins for records not loaded yet: a pass that uses one has noted it missing, and its answer is dropped. */
const STAND_IN: Record<SearchKind, SearchRecord> = {
  quote: {
    kind: 'quote',
    id: '',
    url: '',
    text: '',
    speakers: [],
    speakerName: '',
    attribution: undefined,
    entrySlug: '',
    entryTitle: '',
    entryKind: 'law',
    date: '',
    years: [0, 0],
    jurisdictions: [],
    sourceTitle: '',
    order: 0,
  },
  entry: {
    kind: 'entry',
    slug: '',
    url: '',
    title: '',
    aliases: [],
    summary: '',
    entryKind: 'law',
    date: '',
    years: [0, 0],
    jurisdictions: [],
    actors: [],
    actorNames: [],
    tags: [],
    links: 0,
    order: 0,
  },
  actor: {
    kind: 'actor',
    slug: '',
    url: '',
    name: '',
    actorKind: 'person',
    country: undefined,
    aliases: [],
    roles: [],
    entries: 0,
  },
};
const KINDS: readonly SearchKind[] = ['quote', 'entry', 'actor'];

/** The search over data that may be partly loaded: one synchronous pass. */
function searcher(data: SearchData, engineOptions: EngineOptions): SearchEngine['search'] {
  const terms = new TermMatcher(data, engineOptions.cacheSize ?? TERM_CACHE_SIZE);
  let resolver: ReturnType<typeof actorResolver> | undefined;
  const resolveActors: ReturnType<typeof actorResolver> = (value, notes) => {
    const names = data.actorNames();
    if (!names) return new Set();
    resolver ??= actorResolver(names);
    return resolver(value, notes);
  };
  const record = (rec: number) => data.record(rec) ?? STAND_IN[KINDS[data.kindOf[rec]!]!];
  const orderOf = (rec: number) => data.order[rec]!;
  const scratch: Scratch = {
    acc: new Float32Array(data.size),
    cover: new Uint32Array(data.size),
    touched: new Int32Array(data.size),
  };

  return function search(raw: string, options: SearchOptions = {}): SearchResponse {
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
      if (!filters.length) return true;
      const r = data.filterRecord(rec);
      if (!r) return false;
      for (const f of filters) if (!f(r)) return false;
      return true;
    };
    // Sorted by date, every match is a candidate (the newest may be the least relevant).
    const pool = options.sort && options.sort !== 'relevance' ? data.size : Math.max(limit, FUSE_RERANK);
    const { chosen, relaxed, touched } = narrow(data, units, q, pass, pool, scratch);
    if (relaxed) notes.push({ type: 'ignored', message: 'No result has all of your words; these have all but one.' });
    const t3 = now();

    const fuseQuery = [...q.terms, ...q.phrases.flatMap((p) => indexWords(p.words.join(' ')))].join(' ');
    const matched = new Set<string>();
    for (const u of units) for (const w of u.words) matched.add(w);
    const matcher: Matcher = { words: matched, phrases: q.phrases.map((p) => ({ words: p.words, open: !p.closed })) };
    const cheap = (rec: number) => cheapScore(data, scratch.acc, rec);
    const ranked = rank(chosen, record, orderOf, cheap, fuseQuery, matcher, options, limit, (r) =>
      r.kind === 'quote' ? false : namedExactly(r, q.terms),
    );
    const { scored } = ranked;
    const order = groupOrder(ranked.tops, q.terms, q.lastTermOpen);
    const groups = [...ranked.groups].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
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
  };
}

export function createSearchEngine(records: SearchRecords, engineOptions: EngineOptions = {}): SearchEngine {
  return {
    search: searcher(dataFromRecords(records), engineOptions),
    size: { quote: records.quotes.length, entry: records.entries.length, actor: records.actors.length },
  };
}

/** Data loaded in parts: what the last passes found missing, and a way to load it. */
export interface LoadingSource {
  data: SearchData;
  /** Names of the parts found missing since the last call (and forgets them). */
  takeMissing(): string[];
  load(names: readonly string[]): Promise<void>;
}

/** Thrown by a loading search whose question was overtaken before it fetched more (see `LoadingEngine.search`). */
export class Superseded extends Error {
  constructor() {
    super('a newer query overtook this one');
  }
}

export interface LoadingEngine {
  /**
   * Answers once every part the query needs is loaded; `passes` counts the runs it took. `stale()`, asked before
   * each round of fetching, says a newer query has come: the search stops there (throws `Superseded`) rather than
   * fetch what only this one needs.
   */
  search(query: string, options?: SearchOptions, stale?: () => boolean): Promise<SearchResponse & { passes: number }>;
  size: Record<SearchKind, number>;
}

/** At most this many passes per query: each loads what the previous one found missing. */
const MAX_PASSES = 12;

/**
 * The engine over fragments: each query runs, notes the fragments it lacked (postings of its words, then the
 * records it ranks, the filters' fields), loads them in parallel, and runs again; the pass that lacks nothing is
 * the answer, the same as over the whole payload.
 */
export function createLoadingSearch(source: LoadingSource, engineOptions: EngineOptions = {}): LoadingEngine {
  const search = searcher(source.data, engineOptions);
  return {
    async search(raw, options = {}, stale = () => false) {
      source.takeMissing();
      for (let passes = 1; ; passes++) {
        const res = search(raw, options);
        const missing = source.takeMissing();
        if (!missing.length) return { ...res, passes };
        if (passes >= MAX_PASSES) throw new Error(`search needed more than ${MAX_PASSES} rounds of fragments`);
        if (stale()) throw new Superseded();
        await source.load(missing);
      }
    },
    size: source.data.counts,
  };
}
