/**
 * Turns text into word numbers for the index without making a string per word: a scan over character codes with
 * a running hash, and an open-addressing table that only copies a word out of the text the first time it is
 * seen. At 60 000 records (2 million words, 40 000 distinct) this is the bulk of building the index in the
 * worker. It splits text exactly as `indexWords()` in text.ts does (a unit test holds them to that).
 */
import { normalize, STOPWORDS } from './text';

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
/** Per UTF-16 code unit above ASCII: 0 not yet known, 1 a word character, 2 not. */
const known = new Uint8Array(65536);

function isWordUnit(c: number): boolean {
  let k = known[c]!;
  if (k === 0) known[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

export class WordTable {
  /** Words by number, in the order first seen. */
  readonly words: string[] = [];
  /** Word numbers of the last `scan`, stopwords and one-letter words left out. */
  ids = new Int32Array(1024);
  private slots = new Int32Array(1 << 16);
  private hashes = new Int32Array(1 << 12);
  private stop = new Uint8Array(1 << 12);

  get size(): number {
    return this.words.length;
  }

  /** Normalise `text` and put its index words' numbers in `ids`; returns how many. */
  scan(text: string): number {
    const t = normalize(text);
    const n = t.length;
    if (this.ids.length < n / 2 + 1) this.ids = new Int32Array(Math.ceil(n / 2) + 1024);
    let count = 0;
    let i = 0;
    while (i < n) {
      let c = t.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 0 : !this.isWordAt(t, i, c)) {
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5 | 0;
      while (i < n) {
        c = t.charCodeAt(i);
        if (c < 128 ? ASCII_WORD[c] === 0 : !this.isWordAt(t, i, c)) break;
        h = Math.imul(h ^ c, 0x01000193);
        if (c >= 0xd800 && c <= 0xdbff) {
          i++;
          h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
        }
        i++;
      }
      if (i - start < 2) continue;
      const id = this.lookup(t, start, i, h);
      if (this.stop[id] === 0) this.ids[count++] = id;
    }
    return count;
  }

  private isWordAt(t: string, i: number, c: number): boolean {
    if (c >= 0xd800 && c <= 0xdbff) {
      // A letter outside the Basic Multilingual Plane is two code units.
      const cp = t.codePointAt(i)!;
      return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp));
    }
    return isWordUnit(c);
  }

  private lookup(t: string, start: number, end: number, h: number): number {
    const len = end - start;
    let mask = this.slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === h) {
        const w = this.words[id]!;
        if (w.length === len) {
          let same = true;
          for (let k = 0; k < len; k++)
            if (w.charCodeAt(k) !== t.charCodeAt(start + k)) {
              same = false;
              break;
            }
          if (same) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    const word = t.slice(start, end);
    this.words.push(word);
    if (id >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const stop = new Uint8Array(this.stop.length * 2);
      stop.set(this.stop);
      this.stop = stop;
    }
    this.hashes[id] = h;
    this.stop[id] = STOPWORDS.has(word) ? 1 : 0;
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) {
      // Keep the table at most half full.
      const slots = new Int32Array(this.slots.length * 2);
      mask = slots.length - 1;
      for (let k = 0; k < this.words.length; k++) {
        let s = this.hashes[k]! & mask;
        while (slots[s] !== 0) s = (s + 1) & mask;
        slots[s] = k + 1;
      }
      this.slots = slots;
    }
    return id;
  }
}
