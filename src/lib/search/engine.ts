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
import { isEmptyQuery, parseQuery } from './query';
import type { Matcher } from './highlight';
import { indexWords } from './text';
import { actorResolver, buildFilters } from './filters';
import { narrow, cheapScore, type Scratch } from './narrow';
import { FUSE_RERANK, rank } from './rank';
import { groupOrder, namedExactly } from './group-order';
import type { SearchEngine, SearchOptions, SearchResponse } from './results';
import { TERM_CACHE_SIZE, TermMatcher, type UnitHits } from './term-matcher';
import type { SearchRecords } from './types';
import { buildWordIndex } from './word-index';

export type * from './results';
export { fieldTexts } from './fields';

const now = () => performance.now();

export interface EngineOptions {
  /** Query words whose matches are kept for the next keystrokes (0 turns the cache off, for measuring it). */
  cacheSize?: number;
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
    // Sorted by date, every match is a candidate (the newest may be the least relevant).
    const pool = options.sort && options.sort !== 'relevance' ? all.length : Math.max(limit, FUSE_RERANK);
    const { chosen, relaxed, touched } = narrow(index, units, q, pass, pool, scratch);
    if (relaxed) notes.push({ type: 'ignored', message: 'No result has all of your words; these have all but one.' });
    const t3 = now();

    const fuseQuery = [...q.terms, ...q.phrases.flatMap((p) => indexWords(p.words.join(' ')))].join(' ');
    const matched = new Set<string>();
    for (const u of units) for (const w of u.words) matched.add(w);
    const matcher: Matcher = { words: matched, phrases: q.phrases.map((p) => ({ words: p.words, open: !p.closed })) };
    const cheap = (rec: number) => cheapScore(all, scratch.acc, rec);
    const ranked = rank(chosen, all, cheap, fuseQuery, matcher, options, limit, (r) =>
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
  }

  return {
    search,
    size: { quote: records.quotes.length, entry: records.entries.length, actor: records.actors.length },
  };
}
