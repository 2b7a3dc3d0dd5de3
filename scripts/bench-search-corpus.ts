/**
 * A deterministic synthetic record for the search benchmark: entries, quotes and actors with the field lengths of
 * the shipped record (titles ~6–16 words, summaries ~25–60, quotes ~6–45), words drawn from a Zipf-distributed
 * vocabulary (a few hundred domain and common words, then a long tail of made-up words and names, as real text
 * has), and a fixed set of typo'd queries, each aimed at one record. Same seed, same corpus, same queries.
 */
import type { Actor } from '../src/schema/actor';
import type { Entry } from '../src/schema/entry';
import { ACTOR_KINDS, ACTOR_ROLES, ENTRY_KINDS, KINDS_WITH_STATUS } from '../src/schema/vocabulary';
import type { RecordActor, RecordEntry } from '../src/lib/record';
import { rng } from './bench/generate-corpus';

const DOMAIN = (
  'encryption lawful access government minister letter statement company messaging privacy security law ' +
  'enforcement court order warrant data device provider service users child safety investigation technical ' +
  'capability notice interception surveillance policy parliament senate committee bill amendment regulation ' +
  'proposal agency platform backdoor key escrow export controls end-to-end default communications public ' +
  'civil liberties researchers industry response hearing testimony report commission council europe national ' +
  'cyber vulnerability exceptional cloud backup scanning content detection abuse material rights framework ' +
  'oversight judicial review attorney general secretary home office department justice federal bureau ' +
  'intelligence agencies criminals terrorists phones apps systems networks companies technology experts ' +
  'cryptographers engineers users citizens consumers threat risk proposal mandate legislation framework'
).split(' ');
const COMMON = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'you were her all she there would their we him been has when who will more no if out so said what up its about ' +
  'into than them can only other new some could time these two may then do first any my now such like our over ' +
  'man me even most made after also did many before must through back years where much your way well down ' +
  'should because each just those people how too little state good very make world still own see men work long ' +
  'get here between both life being under never day same another know while last might us great old year off ' +
  'come since against go came right used take three'
).split(' ');
const FIRST = (
  'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph ' +
  'Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra ' +
  'Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy ' +
  'George Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob ' +
  'Amy Gary Kathleen Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott ' +
  'Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick'
).split(' ');

/** Made-up words from syllables: the long tail (rare words, names, places) that real text is full of. */
function tailWords(rand: () => number, count: number): string[] {
  const syl =
    'ka ri to men sa lo be du fi ga he ji ko lu ma ne po qu ra se ti vo wa xe yo za ar el in on ur st tr pl br ch'.split(
      ' ',
    );
  const out = new Set<string>();
  while (out.size < count) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syl[Math.floor(rand() * syl.length)];
    if (w.length >= 4) out.add(w);
  }
  return [...out];
}

export interface BenchQuery {
  query: string;
  /** URL of the record that should come first in its group. */
  expected: string;
  kind: 'quote' | 'entry' | 'actor';
}

export interface Corpus {
  entries: RecordEntry[];
  actors: RecordActor[];
  queries: BenchQuery[];
  /** Other queries of the same making, to warm the engine up without touching the measured ones. */
  warmup: BenchQuery[];
}

/**
 * `records` = entries + quotes, one entry for every five quotes (10 000 entries + 50 000 quotes at 60 000);
 * actors come on top, about one for every three entries.
 */
export function generateCorpus(records: number, seed = 1, queryCount = 40): Corpus {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const tail = tailWords(rand, 30_000);
  const surnames = tail.slice(0, 4000).map((w) => w[0]!.toUpperCase() + w.slice(1));
  const vocab = [...COMMON, ...DOMAIN, ...tail.slice(4000)];
  // Zipf: the word of rank r is drawn with probability ∝ 1/(r+1).
  const cumulative = new Float64Array(vocab.length);
  let sum = 0;
  for (let r = 0; r < vocab.length; r++) cumulative[r] = sum += 1 / (r + 1);
  const word = () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = vocab.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
  const sentence = (lo: number, hi: number) => {
    const n = between(lo, hi);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(word());
    const s = ws.join(' ');
    return s[0]!.toUpperCase() + s.slice(1);
  };

  const entryCount = Math.max(1, Math.round(records / 6));
  const quoteCount = records - entryCount;
  const actorCount = Math.max(3, Math.round(entryCount / 3));

  const actors: RecordActor[] = [];
  // Names are unique, as in the record: two actors of one name could not be told apart by any query.
  const names = new Set<string>();
  for (let i = 0; i < actorCount; i++) {
    const person = rand() < 0.6;
    let name: string;
    do
      name = person
        ? `${pick(FIRST)} ${pick(surnames)}`
        : `${pick(surnames)} ${pick(['Ministry', 'Agency', 'Council', 'Commission', 'Foundation', 'Inc.', 'Court'])}`;
    while (names.has(name));
    names.add(name);
    const data: Actor = {
      name,
      kind: person ? 'person' : pick(ACTOR_KINDS.filter((k) => k !== 'person')),
      country: pick(['US', 'UK', 'AU', 'CA', 'NZ', 'DE', 'FR', 'IN']),
      aliases: rand() < 0.3 ? [name.split(' ').slice(-1)[0]!] : [],
      roles: person ? [{ title: sentence(3, 7), from: String(between(1990, 2024)) }] : [],
    };
    actors.push({ slug: `actor-${i}`, data });
  }

  const entries: RecordEntry[] = [];
  let quotesLeft = quoteCount;
  for (let i = 0; i < entryCount; i++) {
    const kind = pick(ENTRY_KINDS);
    const year = between(1990, 2026);
    const precision = rand();
    const date =
      precision < 0.6
        ? `${year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`
        : precision < 0.9
          ? `${year}-${String(between(1, 12)).padStart(2, '0')}`
          : String(year);
    const entryActors = Array.from({ length: between(1, 4) }, () => ({
      actor: pick(actors).slug,
      role: pick(ACTOR_ROLES),
    }));
    // Quotes spread evenly: the last entries take what is left.
    const nQuotes = i === entryCount - 1 ? quotesLeft : Math.min(quotesLeft, between(3, 7));
    quotesLeft -= nQuotes;
    const data: Entry = {
      title: sentence(6, 16),
      kind,
      date,
      summary: `${sentence(25, 60)}.`,
      aliases: [],
      jurisdictions: [
        ...new Set(
          Array.from({ length: between(1, 3) }, () =>
            pick(['US', 'UK', 'AU', 'CA', 'NZ', 'EU', 'FVEY', 'INTL', 'IN', 'DE']),
          ),
        ),
      ],
      actors: entryActors,
      sources: [
        {
          id: 'primary',
          title: sentence(4, 12),
          publisher: sentence(2, 4),
          url: 'https://example.org/',
          checked: true,
          type: 'primary',
        },
        {
          id: 'report',
          title: sentence(4, 12),
          publisher: sentence(2, 4),
          url: 'https://example.org/',
          checked: true,
          type: 'secondary',
        },
      ],
      quotes: Array.from({ length: nQuotes }, (_, k) => ({
        id: `q${k}`,
        text: `${sentence(6, 45)}.`,
        speaker: [pick(entryActors).actor],
        source: rand() < 0.5 ? 'primary' : 'report',
      })),
      related: i > 0 && rand() < 0.3 ? [{ entry: `entry-${between(0, i - 1)}`, rel: 'responds-to' }] : [],
      ...((KINDS_WITH_STATUS as readonly string[]).includes(kind)
        ? { status: { state: 'introduced' as const, history: [{ date: String(year), state: 'introduced' as const }] } }
        : {}),
      tags: Array.from({ length: between(1, 3) }, () =>
        pick(['e2ee', 'lawful-access', 'csam', 'export-controls', 'calea', 'five-eyes', 'messaging']),
      ),
      unverified: [],
      notes: [],
      corrections: [],
    };
    entries.push({ slug: `entry-${i}`, data });
  }

  // Queries: a remembered phrase with one typo, aimed at one record.
  const df = new Map<string, number>();
  const wordsOf = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  for (const e of entries) {
    for (const w of new Set(wordsOf(`${e.data.title} ${e.data.summary}`))) df.set(w, (df.get(w) ?? 0) + 1);
    for (const q of e.data.quotes) for (const w of new Set(wordsOf(q.text))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const typo = (w: string) => {
    if (w.length < 5) return w;
    const i = between(1, w.length - 2);
    const r = rand();
    if (r < 0.4) return w.slice(0, i) + w.slice(i + 1); // a letter left out
    if (r < 0.7) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // two letters swapped
    return w.slice(0, i) + pick([...'aeiourstln']) + w.slice(i + 1); // a wrong letter
  };
  /** The three consecutive words a reader would remember: the rarest window, one word mistyped. */
  const remembered = (text: string) => {
    const ws = wordsOf(text).filter((w) => w.length > 1);
    let bestAt = 0;
    let bestScore = -Infinity;
    for (let i = 0; i + 3 <= ws.length; i++) {
      const score = ws.slice(i, i + 3).reduce((s, w) => s + Math.log(entries.length / (df.get(w) ?? 1)), 0);
      if (score > bestScore) [bestAt, bestScore] = [i, score];
    }
    const window = ws.slice(bestAt, bestAt + 3);
    const longest = window.reduce((a, b, i) => (b.length > window[a]!.length ? i : a), 0);
    window[longest] = typo(window[longest]!);
    return window.join(' ');
  };
  const queries: BenchQuery[] = [];
  const WARMUP = 10;
  for (let n = 0; n < queryCount + WARMUP; n++) {
    const e = pick(entries);
    const r = n % 4;
    if ((r === 0 || r === 1) && e.data.quotes.length) {
      const q = pick(e.data.quotes);
      queries.push({ query: remembered(q.text), expected: `/entries/${e.slug}/#quote-${q.id}`, kind: 'quote' });
    } else if (r === 2) {
      queries.push({ query: remembered(e.data.title), expected: `/entries/${e.slug}/`, kind: 'entry' });
    } else {
      const a = pick(actors);
      const surname = a.data.name.split(' ')[1] ?? a.data.name;
      queries.push({
        query: `${a.data.name.split(' ')[0]!.toLowerCase()} ${typo(surname.toLowerCase())}`,
        expected: `/actors/${a.slug}/`,
        kind: 'actor',
      });
    }
  }
  return { entries, actors, queries: queries.slice(0, queryCount), warmup: queries.slice(queryCount) };
}
