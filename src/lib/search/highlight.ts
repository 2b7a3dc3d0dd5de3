/**
 * Which parts of a shown text to highlight: whole words the query matched (a typo matches the word it stands
 * for: "warant" marks "warrant"), and whole phrases. Offsets are into the text as shown, so the renderer can cut
 * it into text nodes and <mark> elements without ever parsing it as HTML.
 */
import { wordSpans } from './text';

/** [start, end) offsets into the shown text. */
export type Range = readonly [number, number];

export interface Highlighted {
  text: string;
  ranges: Range[];
}

export interface Matcher {
  /** Normalised words that match a query term. */
  words: ReadonlySet<string>;
  /** Phrases as normalised word lists; `open` when the last word may be unfinished. */
  phrases: ReadonlyArray<{ words: readonly string[]; open: boolean }>;
}

/** Sorted, non-overlapping ranges; touching ranges are joined. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function highlightRanges(text: string, matcher: Matcher): Range[] {
  if (!text) return [];
  const spans = wordSpans(text);
  const ranges: Range[] = [];
  for (const s of spans) if (matcher.words.has(s.word)) ranges.push([s.start, s.end]);
  for (const p of matcher.phrases) {
    const n = p.words.length;
    if (!n) continue;
    for (let i = 0; i + n <= spans.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const w = spans[i + k]!.word;
        const want = p.words[k]!;
        ok = k === n - 1 && p.open ? w.startsWith(want) : w === want;
      }
      if (ok) ranges.push([spans[i]!.start, spans[i + n - 1]!.end]);
    }
  }
  // Neighbours split by one space or hyphen read as one match: "Warrant-proof", "Five Eyes".
  const joined: Array<[number, number]> = [];
  for (const [s, e] of mergeRanges(ranges)) {
    const last = joined.at(-1);
    if (last && s - last[1] === 1 && /[\s\-\u2010\u2011]/.test(text[last[1]]!)) last[1] = e;
    else joined.push([s, e]);
  }
  return joined;
}

export function highlight(text: string, matcher: Matcher): Highlighted {
  return { text, ranges: highlightRanges(text, matcher) };
}

/**
 * A window of a long text around its first highlight, cut at word boundaries, with ranges shifted to match:
 * "…cloak their communications and activities behind an essentially impenetrable…".
 */
export function excerpt(h: Highlighted, max: number): Highlighted {
  if (h.text.length <= max) return h;
  const first = h.ranges[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(max / 3), h.text.length - max));
  if (start > 0) {
    const space = h.text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(h.text.length, start + max);
  if (end < h.text.length) {
    const space = h.text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < h.text.length ? '…' : '';
  const shift = lead.length - start;
  const ranges: Range[] = [];
  for (const [s, e] of h.ranges) {
    if (e <= start || s >= end) continue;
    ranges.push([Math.max(s, start) + shift, Math.min(e, end) + shift]);
  }
  return { text: lead + h.text.slice(start, end) + tail, ranges };
}
