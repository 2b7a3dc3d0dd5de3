/**
 * The query language, small enough to learn from the help under the search box:
 *
 *   warrant proof                free words: every word must match (typos allowed), in any field
 *   "laws of mathematics"        an exact phrase
 *   kind:letter                  entries (and their quotes) of a kind; kind:person filters actors
 *   actor:barr                   by an actor's slug, name or alias (part of it is enough)
 *   jurisdiction:uk              by jurisdiction code (GB is read as UK)
 *   year:2019  from:2015 to:2020 by year
 *
 * Filters combine with each other and with words. A comma gives alternatives (`kind:letter,speech`); repeating a
 * filter requires both. An unknown `word:` is searched as text, and the notes say so. Pure: no index needed.
 *
 * A query is untrusted input too: only its first {@link MAX_QUERY_LENGTH} characters are read (a 100 000-character
 * query took seconds in the worker), and a word, phrase or filter value given twice counts once.
 */
import { ACTOR_KINDS, ENTRY_KINDS, JURISDICTION_ALIASES, JURISDICTIONS } from '../../schema/vocabulary';
import { closest } from './fuzzy';
import { normalize, STOPWORDS, words } from './text';

/** The longest query read; the search boxes have the same maxlength. */
export const MAX_QUERY_LENGTH = 200;

export const FILTERS = ['kind', 'actor', 'jurisdiction', 'year', 'from', 'to'] as const;
export type FilterName = (typeof FILTERS)[number];

export interface Phrase {
  /** The phrase as typed. */
  text: string;
  /** Its words, normalised, all of them (stopwords included: a phrase is checked against the text as a whole). */
  words: string[];
  /** False while the closing quote is still to come: the last word may be unfinished. */
  closed: boolean;
}

export interface QueryNote {
  /** `unknown-filter`: a `word:` that is not a filter; `bad-value`: a filter value that means nothing;
   * `corrected`: a value read as the closest valid one; `ignored`: words too common or short to search for. */
  type: 'unknown-filter' | 'bad-value' | 'corrected' | 'ignored';
  message: string;
}

export interface ParsedQuery {
  raw: string;
  /** Free words, normalised, in order; stopwords removed unless nothing else is left. */
  terms: string[];
  /** True when the query ends inside its last free word (no space after it): that word may be a prefix. */
  lastTermOpen: boolean;
  phrases: Phrase[];
  /** Each inner list is a set of alternatives; every list must match. */
  kinds: string[][];
  /** Actor values as typed (normalised); the engine resolves them against the actors. */
  actors: string[][];
  jurisdictions: string[][];
  /** Inclusive year range, when given. */
  from: number | undefined;
  to: number | undefined;
  notes: QueryNote[];
}

const KIND_VALUES: readonly string[] = [...ENTRY_KINDS, ...ACTOR_KINDS];

/** Words of a filter value: `communiqué` → `communique`, `court_case`/`courtcase` → `court-case`. */
function kindKey(v: string): string {
  return normalize(v).replace(/[^a-z0-9]/g, '');
}
const KIND_BY_KEY = new Map(KIND_VALUES.map((k) => [kindKey(k), k]));

interface Token {
  /** `word`, `phrase` or `filter`. */
  type: 'word' | 'phrase' | 'filter';
  text: string;
  name?: string;
  value?: string;
  closed: boolean;
  /** Whether the query ends right after this token (no trailing space). */
  atEnd: boolean;
}

/** Split into words, "phrases" and name:value pairs (a value may be quoted: actor:"bill barr"). */
function tokenize(raw: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = raw.length;
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  while (i < n) {
    while (i < n && isSpace(raw[i])) i++;
    if (i >= n) break;
    if (raw[i] === '"') {
      const close = raw.indexOf('"', i + 1);
      const end = close < 0 ? n : close;
      out.push({
        type: 'phrase',
        text: raw.slice(i + 1, end),
        closed: close >= 0,
        atEnd: close < 0 || close + 1 === n,
      });
      i = close < 0 ? n : close + 1;
      continue;
    }
    const filter = /^([A-Za-z]+):/.exec(raw.slice(i));
    if (filter) {
      const name = filter[1]!;
      let j = i + filter[0].length;
      let value: string;
      let closed = true;
      if (raw[j] === '"') {
        const close = raw.indexOf('"', j + 1);
        closed = close >= 0;
        value = raw.slice(j + 1, close < 0 ? n : close);
        j = close < 0 ? n : close + 1;
      } else {
        const start = j;
        while (j < n && !isSpace(raw[j])) j++;
        value = raw.slice(start, j);
      }
      out.push({ type: 'filter', text: raw.slice(i, j), name, value, closed, atEnd: j >= n });
      i = j;
      continue;
    }
    const start = i;
    while (i < n && !isSpace(raw[i]) && raw[i] !== '"') i++;
    out.push({ type: 'word', text: raw.slice(start, i), closed: true, atEnd: i >= n });
  }
  return out;
}

const list = (names: readonly string[]) => names.map((n) => `${n}:`).join(', ');

export function parseQuery(input: string): ParsedQuery {
  let raw = input;
  let cut = false;
  if (raw.length > MAX_QUERY_LENGTH) {
    // Cut at the limit, never inside a surrogate pair.
    const end = /[\ud800-\udbff]/.test(raw[MAX_QUERY_LENGTH - 1]!) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
    raw = raw.slice(0, end);
    // Drop a word cut in half, unless the query is one long word.
    if (/\S/.test(input[end] ?? '') && /\s/.test(raw)) raw = raw.replace(/\S+$/, '');
    cut = true;
  }
  const q: ParsedQuery = {
    raw,
    terms: [],
    lastTermOpen: false,
    phrases: [],
    kinds: [],
    actors: [],
    jurisdictions: [],
    from: undefined,
    to: undefined,
    notes: [],
  };
  const freeWords: Array<{ word: string; atEnd: boolean }> = [];
  const addWords = (text: string, atEnd: boolean) => {
    const ws = words(text);
    ws.forEach((w, i) =>
      freeWords.push({ word: w, atEnd: atEnd && i === ws.length - 1 && !/[^\p{L}\p{N}]$/u.test(text) }),
    );
  };
  let from: number | undefined;
  let to: number | undefined;
  const setFrom = (y: number) => (from = from === undefined ? y : Math.max(from, y));
  const setTo = (y: number) => (to = to === undefined ? y : Math.min(to, y));

  for (const t of tokenize(raw)) {
    if (t.type === 'word') {
      addWords(t.text, t.atEnd);
      continue;
    }
    if (t.type === 'phrase') {
      const ws = words(t.text);
      if (ws.length)
        q.phrases.push({ text: t.text, words: normalize(t.text).match(/[\p{L}\p{N}]+/gu) ?? [], closed: t.closed });
      continue;
    }
    const name = t.name!.toLowerCase();
    const value = t.value!.trim();
    if (!(FILTERS as readonly string[]).includes(name)) {
      if (value)
        q.notes.push({
          type: 'unknown-filter',
          message: `“${name}:” is not a filter, so “${t.text}” was searched as words. Filters: ${list(FILTERS)}.`,
        });
      addWords(t.text, t.atEnd);
      continue;
    }
    // A filter still being typed ("kind:" at the end) asks for nothing yet.
    if (!value) {
      if (!t.atEnd)
        q.notes.push({ type: 'bad-value', message: `“${name}:” needs a value, e.g. ${EXAMPLES[name as FilterName]}.` });
      continue;
    }
    const values = value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    switch (name as FilterName) {
      case 'kind': {
        const kinds: string[] = [];
        for (const v of values) {
          const exact = KIND_BY_KEY.get(kindKey(v));
          if (exact) {
            kinds.push(exact);
            continue;
          }
          const key = kindKey(v);
          const byPrefix = KIND_VALUES.filter((k) => kindKey(k).startsWith(key));
          const near = closest(key, [...KIND_BY_KEY.keys()]);
          if (byPrefix.length === 1) {
            // A unique beginning is enough ("kind:comm"); while it is being typed there is nothing to say.
            kinds.push(byPrefix[0]!);
            if (!t.atEnd) q.notes.push({ type: 'corrected', message: `Read kind:${v} as kind:${byPrefix[0]}.` });
          } else if (near) {
            kinds.push(KIND_BY_KEY.get(near)!);
            q.notes.push({
              type: 'corrected',
              message: `There is no kind “${v}”; showing kind:${KIND_BY_KEY.get(near)}.`,
            });
          } else
            q.notes.push({
              type: 'bad-value',
              message: `There is no kind “${v}”. Kinds: ${(byPrefix.length ? byPrefix : KIND_VALUES).join(', ')}.`,
            });
        }
        if (kinds.length) q.kinds.push(kinds);
        break;
      }
      case 'actor': {
        const actors = values.map((v) => words(v).join(' ')).filter(Boolean);
        if (actors.length) q.actors.push(actors);
        break;
      }
      case 'jurisdiction': {
        const codes: string[] = [];
        for (const v of values) {
          let code = v.toUpperCase();
          code = JURISDICTION_ALIASES[code] ?? code;
          if (JURISDICTIONS.includes(code)) codes.push(code);
          else
            q.notes.push({
              type: 'bad-value',
              message: `“${v}” is not a jurisdiction code. Use a two-letter country code (US, UK, AU…) or EU, FVEY (Five Eyes), INTL.`,
            });
        }
        if (codes.length) q.jurisdictions.push(codes);
        break;
      }
      case 'year':
      case 'from':
      case 'to': {
        const m = /^(\d{4})(?:-\d{2}){0,2}$/.exec(value);
        if (!m) {
          q.notes.push({
            type: 'bad-value',
            message: `“${t.text}” needs a four-digit year, e.g. ${EXAMPLES[name as FilterName]}.`,
          });
          break;
        }
        const y = Number(m[1]);
        if (name !== 'to') setFrom(y);
        if (name !== 'from') setTo(y);
        break;
      }
    }
  }

  if (from !== undefined && to !== undefined && from > to) {
    q.notes.push({
      type: 'bad-value',
      message: `The years run backwards (from ${from} to ${to}); showing ${to} to ${from}.`,
    });
    [from, to] = [to, from];
  }
  q.from = from;
  q.to = to;

  // Words like "of" and "the" narrow nothing; they are dropped (a phrase in quotes still checks them).
  const kept = freeWords.filter((w) => !STOPWORDS.has(w.word));
  if (freeWords.length && !kept.length && !q.phrases.length)
    q.notes.push({
      type: 'ignored',
      message: `“${freeWords.map((w) => w.word).join(' ')}” is too common to search for: add a more specific word, or put a phrase in double quotes.`,
    });
  // A repeated word asks for nothing more: keep its last occurrence (the last word may still be being typed).
  const terms = kept.map((w) => w.word);
  q.terms = terms.filter((w, i) => terms.lastIndexOf(w) === i);
  q.lastTermOpen = kept.at(-1)?.atEnd ?? false;
  q.phrases = q.phrases.filter((p, i) => q.phrases.findIndex((o) => o.words.join(' ') === p.words.join(' ')) === i);
  const uniqueLists = (lists: string[][]) => {
    const seen = new Set<string>();
    return lists
      .map((l) => [...new Set(l)])
      .filter((l) => {
        const key = [...l].sort().join('\u0000');
        return seen.has(key) ? false : (seen.add(key), true);
      });
  };
  q.kinds = uniqueLists(q.kinds);
  q.actors = uniqueLists(q.actors);
  q.jurisdictions = uniqueLists(q.jurisdictions);
  if (cut)
    q.notes.push({
      type: 'ignored',
      message: `Only the first ${MAX_QUERY_LENGTH} characters of the query were searched.`,
    });
  return q;
}

const EXAMPLES: Record<FilterName, string> = {
  kind: 'kind:letter',
  actor: 'actor:barr',
  jurisdiction: 'jurisdiction:uk',
  year: 'year:2019',
  from: 'from:2015',
  to: 'to:2020',
};

/** True when the query asks for nothing (no words, phrases or filters). */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return (
    !q.terms.length &&
    !q.phrases.length &&
    !q.kinds.length &&
    !q.actors.length &&
    !q.jurisdictions.length &&
    q.from === undefined &&
    q.to === undefined
  );
}
