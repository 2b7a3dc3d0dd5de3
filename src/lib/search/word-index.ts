/**
 * The word index, built once when the engine starts: every indexed word of every record, its postings (records
 * and fields), its rarity and its letter trigrams.
 */
import { boostOf, type SearchData } from './data';
import { FIELDS, GROUP_ORDER, KIND_CODE, fieldTexts } from './fields';
import type { SearchRecord, SearchRecords } from './types';
import { WordTable } from './word-table';

export function trigrams(padded: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/**
 * The word index, built once when the engine starts: every indexed word of every record (quotes, entries, actors:
 * one numbering for all, kinds in display order), sorted so that the completions of a prefix are one range; for
 * each word the records it occurs in and in which fields; each word's rarity; and its letter trigrams.
 */
export interface WordIndex {
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
export function fieldMaskWeights(): Float32Array[] {
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
export function trigramIndex(vocab: readonly string[]): Map<string, Int32Array> {
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

/** Each word's rarity: log(1 + records / records holding it). */
export function idfOf(df: Int32Array, records: number): Float32Array {
  const idf = new Float32Array(df.length);
  for (let t = 0; t < df.length; t++) idf[t] = Math.log(1 + records / df[t]!);
  return idf;
}

export function buildWordIndex(all: SearchRecord[]): WordIndex {
  const N = all.length;
  const kindOf = new Uint8Array(N);
  all.forEach((r, i) => (kindOf[i] = KIND_CODE[r.kind]));
  const { vocab, offsets, postRec, postMask } = groupByWord(collectPostings(all));
  const df = new Int32Array(vocab.length);
  for (let t = 0; t < vocab.length; t++) df[t] = offsets[t + 1]! - offsets[t]!;
  return {
    all,
    kindOf,
    vocab,
    wordId: new Map(vocab.map((w, i) => [w, i])),
    offsets,
    postRec,
    postMask,
    idf: idfOf(df, N),
    maskWeight: fieldMaskWeights(),
    grams: trigramIndex(vocab),
  };
}

/** Records in the engine's numbering: quotes, entries, actors. */
export const allRecords = (records: SearchRecords): SearchRecord[] => [
  ...records.quotes,
  ...records.entries,
  ...records.actors,
];

/** The cheap score's weight of a record: an entry's relations, an actor's entries, nothing for a quote. */
const weightOf = (r: SearchRecord): number => (r.kind === 'entry' ? r.links : r.kind === 'actor' ? r.entries : 0);

/** Everything loaded: the engine's data over records it holds whole (the index built here, in the worker). */
export function dataFromRecords(records: SearchRecords): SearchData {
  const all = allRecords(records);
  const index = buildWordIndex(all);
  const { offsets, postRec, postMask } = index;
  const df = new Int32Array(index.vocab.length);
  for (let t = 0; t < df.length; t++) df[t] = offsets[t + 1]! - offsets[t]!;
  return {
    size: all.length,
    counts: { quote: records.quotes.length, entry: records.entries.length, actor: records.actors.length },
    kindOf: index.kindOf,
    boost: Float64Array.from(all, (r) => boostOf(weightOf(r))),
    order: Int32Array.from(all, (r) => (r.kind === 'actor' ? 0 : r.order)),
    vocab: index.vocab,
    wordId: index.wordId,
    df,
    idf: index.idf,
    maskWeight: index.maskWeight,
    grams: index.grams,
    postings: (t) => ({
      recs: postRec.subarray(offsets[t], offsets[t + 1]),
      masks: postMask.subarray(offsets[t], offsets[t + 1]),
    }),
    record: (rec) => all[rec],
    filterRecord: (rec) => all[rec],
    actorNames: () => records.actors,
  };
}
