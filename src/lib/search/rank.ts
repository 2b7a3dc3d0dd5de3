/**
 * Ranking: Fuse.js re-scores the best few candidates of each kind, ordered by a blend of its score and the cheap
 * one; the rest follow in cheap-score order.
 */
import Fuse, { type FuseOptionKey } from 'fuse.js';
import { FIELDS, GROUP_LABELS, fieldTexts } from './fields';
import type { Matcher } from './highlight';
import type { Chosen } from './narrow';
import { toResult, type Explanation, type ResultGroup, type SearchOptions, type SearchResult } from './results';
import type { SearchKind, SearchRecord } from './types';

/** Best candidates of each kind (by the cheap score) that Fuse.js re-scores; the rest keep their cheap order. */
export const FUSE_RERANK = 12;

const FUSE_KEYS = Object.fromEntries(
  Object.entries(FIELDS).map(([kind, fields]) => [kind, fields.map(([name, weight]) => ({ name, weight }))]),
) as Record<SearchKind, Array<FuseOptionKey<FuseDoc>>>;
type FuseDoc = { [field: string]: string };

function fuseDoc(r: SearchRecord): FuseDoc {
  const texts = fieldTexts(r);
  const doc: FuseDoc = {};
  FIELDS[r.kind].forEach(([name], i) => (doc[name] = texts[i]!));
  return doc;
}

/**
 * Ranking: Fuse.js re-scores the best few candidates of each kind, ordered by a blend of its score and the cheap
 * one; the rest follow in cheap-score order. Each group becomes results with the matched words marked.
 */
export function rank(
  chosen: readonly Chosen[],
  /** A record by number (when it is not loaded yet, a stand-in: that pass's answer is thrown away). */
  record: (rec: number) => SearchRecord,
  /** A record's place in the date order. */
  orderOf: (rec: number) => number,
  cheap: (rec: number) => number,
  fuseQuery: string,
  matcher: Matcher,
  options: SearchOptions,
  limit: number,
  /** Records to bring to the front of their group, in their order (a name that is exactly the query). */
  first: (r: SearchRecord) => boolean = () => false,
): { groups: ResultGroup[]; scored: number; tops: Map<SearchKind, SearchRecord> } {
  const groups: ResultGroup[] = [];
  const tops = new Map<SearchKind, SearchRecord>();
  const explained = new Map<number, Explanation>();
  let scored = 0;
  for (const { kind, recs: pooled, total: count, exact } of chosen) {
    if (!pooled.length) continue;
    const recs = pooled.slice(0, FUSE_RERANK);
    const rest = pooled.slice(FUSE_RERANK);
    let ordered = pooled;
    const sort = options.sort ?? 'relevance';
    if (sort !== 'relevance' && kind !== 'actor') {
      // By date: the record's date order, relevance breaking ties (one entry's quotes).
      const place = new Map(pooled.map((rec, i) => [rec, i]));
      const dir = sort === 'newest' ? -1 : 1;
      ordered = [...pooled].sort((a, b) => dir * (orderOf(a) - orderOf(b)) || place.get(a)! - place.get(b)!);
    } else if (fuseQuery && recs.length > 1) {
      scored += recs.length;
      const fuse = new Fuse(
        recs.map((rec) => fuseDoc(record(rec))),
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
    if (sort === 'relevance') {
      const promoted = ordered.filter((rec) => first(record(rec)));
      if (promoted.length) ordered = [...promoted, ...ordered.filter((rec) => !first(record(rec)))];
    }
    tops.set(kind, record(ordered[0]!));
    groups.push({
      kind,
      label: GROUP_LABELS[kind],
      total: count,
      totalExact: exact,
      results: ordered.slice(0, limit).map((rec) => {
        const result: SearchResult = toResult(record(rec), matcher, options.excerpt);
        const why = explained.get(rec);
        if (why) result.explain = why;
        return result;
      }),
    });
  }
  return { groups, scored, tops };
}
