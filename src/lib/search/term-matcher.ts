/** Query words to records, with a cheap score each, cached per word. */
import { allowedEdits, editDistance, prefixDistance } from './fuzzy';
import type { SearchData } from './data';
import { trigrams } from './word-index';

/**
 * At most this many completions of a word being typed (the most frequent ones), so that two letters cannot mean
 * every word: 30 for two letters, 150 for three, 400 from four.
 */
const maxCompletions = (length: number) => (length <= 2 ? 30 : length === 3 ? 150 : 400);
export const TERM_CACHE_SIZE = 64;
/** Words up to this long that occur in the record match only themselves and their completions (no typos). */
const EXACT_ONLY_UP_TO = 5;

/** One way a query word matched: a word of the index and how good a match it is (1 = the word itself). */
interface TermMatch {
  tids: Int32Array;
  quality: Float32Array;
}

/** The records one query word matches, with the cheap score of each (unordered). */
export interface UnitHits {
  recs: Int32Array;
  scores: Float32Array;
  /** Index words that matched, for highlighting. */
  words: string[];
}

/**
 * Query words to records: a word matches itself, its completions (it may still be being typed, or be a stem:
 * "communiqu") and words within one or two edits (found through shared trigrams, then checked by edit distance).
 * The last few query words' matches are kept, so the next keystroke only looks up the word that changed.
 */
export class TermMatcher {
  private readonly cache = new Map<string, UnitHits>();
  // Reused per query word.
  private readonly gramCount: Uint16Array;
  private readonly best: Float32Array;
  private readonly scratch: Int32Array;

  constructor(
    private readonly index: SearchData,
    private readonly cacheSize: number,
  ) {
    this.gramCount = new Uint16Array(index.vocab.length);
    this.best = new Float32Array(index.size);
    this.scratch = new Int32Array(index.size);
  }

  /**
   * The records a query word matches, each with its cheap score: best field weight × quality × rarity. Words whose
   * postings are not loaded yet are left out (the fragmented source notes them for fetching), and the answer is
   * then not cached.
   */
  unitHits(term: string, open: boolean, exactOnly: boolean): UnitHits {
    const key = `${open ? '+' : '='}${exactOnly ? '!' : ''}${term}`;
    const cached = this.cacheGet(key);
    if (cached) return cached;
    const { idf, maskWeight, kindOf, vocab } = this.index;
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
    let complete = true;
    for (let k = 0; k < m.tids.length; k++) {
      const t = m.tids[k]!;
      const q = m.quality[k]! * rarity;
      const postings = this.index.postings(t);
      if (!postings) {
        complete = false;
        continue;
      }
      const { recs: postRec, masks: postMask } = postings;
      for (let p = 0, end = postRec.length; p < end; p++) {
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
    if (complete) this.cachePut(key, hits);
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
    // A short word or acronym that is itself in the record means itself: "barr" is not Burr, "earn" not "EAR",
    // "patel" not "panel". Typos are looked for when the word is long, or when the record lacks it.
    const edits = exactOnly || (exact !== undefined && term.length <= EXACT_ONLY_UP_TO) ? 0 : allowedEdits(term);
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
    const { vocab, df } = this.index;
    const lo = this.lowerBound(term);
    let hi = lo;
    while (hi < vocab.length && vocab[hi]!.startsWith(term)) hi++;
    let range: number[] = [];
    for (let t = lo; t < hi; t++) if (t !== exact) range.push(t);
    const cap = maxCompletions(term.length);
    if (range.length > cap) range = range.sort((a, b) => df[b]! - df[a]!).slice(0, cap);
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
