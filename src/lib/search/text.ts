/**
 * Text normalisation shared by the index, the query parser and the highlighter, so that all three agree on what
 * a "word" is: lowercase, accents folded (`communiqué` → `communique`), split on anything that is not a letter or
 * a digit (`warrant-proof` → `warrant`, `proof`; `Barr's` → `barr`, `s`).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** A word in normalised text. */
const WORD = /[\p{L}\p{N}]+/gu;
/** A word in original text: combining marks count as part of the word so offsets map back to what is shown. */
const RAW_WORD = /[\p{L}\p{M}\p{N}]+/gu;

// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
const NON_ASCII = /[^\x00-\x7f]/;

/** Lowercase and fold accents; keeps every other character. */
export function normalize(text: string): string {
  // Plain ASCII has nothing to decompose: skipping NFKD halves the time to index 60 000 records.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * Words too common to narrow anything. They are neither indexed nor required in a query; exact phrases still
 * check them against the text. Deliberately short: `us`, `it`, `in`, `will` are meaningful here (the United
 * States, India's IT Rules, the jurisdiction code IN, Will Cathcart).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have its of on or that the their this to was were which with'.split(' '),
);

/** The words of a text, normalised, in order (duplicates kept). One-character words are dropped. */
export function words(text: string): string[] {
  // `match` with a global regex, not `matchAll`: no iterator or match objects (measurably faster at 60 000 records).
  const all = normalize(text).match(WORD);
  if (!all) return [];
  return all.filter((w) => w.length > 1);
}

/** Words worth indexing or requiring: `words()` without stopwords. */
export function indexWords(text: string): string[] {
  const all = normalize(text).match(WORD);
  if (!all) return [];
  return all.filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/** A word of the original text with its offsets, and its normalised form. */
export interface WordSpan {
  start: number;
  end: number;
  word: string;
}

/** Words of the text as shown, with offsets into that text (for highlighting). */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(RAW_WORD)) {
    const word = normalize(m[0]).replace(/[^\p{L}\p{N}]/gu, '');
    out.push({ start: m.index, end: m.index + m[0].length, word });
  }
  return out;
}

/**
 * Normalised text with single spaces between words and a space at each end, so that a phrase or word boundary
 * check is a plain `includes(' laws of mathematics ')`.
 */
export function spacedWords(text: string): string {
  return ` ${(normalize(text).match(WORD) ?? []).join(' ')} `;
}
