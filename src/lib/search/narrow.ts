/**
 * Narrowing: the records that match every query word (or all but one) and pass the filters, the best of each kind
 * by cheap score kept in a small heap.
 */
import type { SearchData } from './data';
import { GROUP_ORDER, KIND_CODE, fieldTexts } from './fields';
import type { ParsedQuery } from './query';
import { spacedWords } from './text';
import type { UnitHits } from './term-matcher';
import type { SearchKind, SearchRecord } from './types';

/**
 * Whether a record holds every phrase of the query, word for word. A record not loaded yet passes, so that a pass
 * over fragments asks for every record it may need at once; the pass that finally runs with all of them is exact.
 */
function phraseOk(r: SearchRecord | undefined, q: ParsedQuery): boolean {
  if (!q.phrases.length || !r) return true;
  const text = fieldTexts(r).map(spacedWords).join('|');
  return q.phrases.every((p) => text.includes(` ${p.words.join(' ')}${p.closed ? ' ' : ''}`));
}

/** The candidates of one kind: best first by cheap score, how many records of the kind match, and whether exactly. */
export interface Chosen {
  kind: SearchKind;
  recs: number[];
  total: number;
  exact: boolean;
}

/** Per-record work arrays of one query, reset after it. */
export interface Scratch {
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
export function narrow(
  data: SearchData,
  units: readonly UnitHits[],
  q: ParsedQuery,
  pass: (rec: number) => boolean,
  pool: number,
  scratch: Scratch,
): { chosen: Chosen[]; relaxed: boolean; touched: number } {
  const { kindOf } = data;
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
      keep(rec, cheapScore(data, acc, rec));
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
    for (let rec = 0; rec < data.size; rec++) if (pass(rec)) keep(rec, -rec);
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
      unsorted.forEach((rec, i) => (score[i] = cheapScore(data, acc, rec)));
      list = Array.from(unsorted.keys())
        .sort((a, b) => score[b]! - score[a]! || unsorted[a]! - unsorted[b]!)
        .map((i) => unsorted[i]!);
    }
    const recs: number[] = [];
    let checked = 0;
    let exact = true;
    for (const rec of list) {
      checked++;
      if (phraseOk(data.record(rec), q)) recs.push(rec);
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

/**
 * Cheap score: summed word scores; among equals, entries that anchor a story (many relations) and actors named in
 * many entries first (of two Patels, the one the record names most often).
 */
export function cheapScore(data: SearchData, acc: Float32Array, rec: number): number {
  return acc[rec]! * data.boost[rec]!;
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
