/**
 * The search engine's parts on small, hand-made records: edit distances, highlight ranges, the payload round trip,
 * and what each filter means for each kind of record.
 */
import { describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { buildRecord } from '../../src/lib/record';
import { createSearchEngine, type SearchResponse } from '../../src/lib/search/engine';
import { editDistance, prefixDistance } from '../../src/lib/search/fuzzy';
import { excerpt, highlightRanges, mergeRanges } from '../../src/lib/search/highlight';
import { decodePayload, encodePayload, searchableText } from '../../src/lib/search/payload';
import { buildSearchRecords, yearSpan } from '../../src/lib/search/records';
import type { SearchRecords } from '../../src/lib/search/types';
import { indexWords } from '../../src/lib/search/text';
import { WordTable } from '../../src/lib/search/word-table';
import { validateContent } from '../../src/lib/validate';

describe('edit distance', () => {
  test('counts inserts, deletes, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('warant', 'warrant', 2)).toBe(1);
    expect(editDistance('zuckerbrg', 'zuckerberg', 2)).toBe(1);
    expect(editDistance('recieve', 'receive', 2)).toBe(1);
    expect(editDistance('comunique', 'communique', 2)).toBe(1);
    expect(editDistance('protocol', 'proposal', 2)).toBe(3); // more than the bound: bound + 1
  });

  test('prefix distance measures against the closest beginning of the word', () => {
    expect(prefixDistance('comuniq', 'communique', 1)).toBe(1);
    expect(prefixDistance('warr', 'warrant', 1)).toBe(0);
    expect(prefixDistance('wxyz', 'warrant', 1)).toBe(2);
  });
});

describe('highlight ranges', () => {
  const m = (words: string[], phrases: Array<{ words: string[]; open: boolean }> = []) => ({
    words: new Set(words),
    phrases,
  });

  test('whole words the query matched, at their offsets in the text as shown', () => {
    const text = 'Warrant-proof encryption defeats the constitutional balance';
    const ranges = highlightRanges(text, m(['warrant', 'proof']));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Warrant-proof']);
  });

  test('accents are folded for matching but offsets stay in the original text', () => {
    const text = 'Five Country Ministerial, London: joint communiqué';
    const ranges = highlightRanges(text, m(['communique', 'five']));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Five', 'communiqué']);
  });

  test('a phrase is marked as one range, common words inside it included', () => {
    const text = 'The laws of mathematics are very commendable';
    const ranges = highlightRanges(text, m([], [{ words: ['laws', 'of', 'mathematics'], open: false }]));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['laws of mathematics']);
  });

  test('an open phrase matches an unfinished last word', () => {
    const text = 'The laws of mathematics';
    const ranges = highlightRanges(text, m([], [{ words: ['laws', 'of', 'mat'], open: true }]));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['laws of mathematics']);
  });

  test('ranges are merged and sorted', () => {
    expect(
      mergeRanges([
        [5, 8],
        [0, 3],
        [2, 4],
        [8, 9],
      ]),
    ).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });

  test('an excerpt keeps the first match in view and shifts the ranges with the text', () => {
    const text = `${'word '.repeat(40)}impenetrable digital shield ${'tail '.repeat(40)}`.trim();
    const full = { text, ranges: highlightRanges(text, m(['impenetrable'])) };
    const cut = excerpt(full, 80);
    expect(cut.text.length).toBeLessThanOrEqual(82);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.ranges.map(([s, e]) => cut.text.slice(s, e))).toEqual(['impenetrable']);
  });
});

test('yearSpan covers intervals, open ends and points', () => {
  expect(yearSpan('2019-07-23')).toEqual([2019, 2019]);
  expect(yearSpan('1993-02/1996-01-11')).toEqual([1993, 1996]);
  expect(yearSpan('2016-02/..')).toEqual([2016, 9999]);
  expect(yearSpan('2020-01-13?/2020-05-18')).toEqual([2020, 2020]);
});

describe('the payload', () => {
  const v = validateContent(contentDir());
  const record = buildRecord(
    v.entries.map((e) => ({ slug: e.slug, data: e.data })),
    v.actors.map((a) => ({ slug: a.slug, data: a.data })),
  );
  const records = buildSearchRecords(record);

  test('unpacks to exactly the records it was packed from', () => {
    expect(decodePayload(JSON.parse(JSON.stringify(encodePayload(records))))).toEqual(records);
  });

  test('holds every entry, quote and actor of the record, each with its address', () => {
    expect(records.entries.map((e) => e.url).sort()).toEqual(v.entries.map((e) => `/entries/${e.slug}/`).sort());
    expect(records.quotes.map((q) => q.url).sort()).toEqual(
      v.entries.flatMap((e) => e.data.quotes.map((q) => `/entries/${e.slug}/#quote-${q.id}`)).sort(),
    );
    expect(records.actors.map((a) => a.url).sort()).toEqual(v.actors.map((a) => `/actors/${a.slug}/`).sort());
  });

  test('a quote carries its speaker’s name, its entry’s title and date, and its source’s title', () => {
    const e = v.entries.find((x) => x.data.quotes.length)!;
    const q = e.data.quotes[0]!;
    const rec = records.quotes.find((r) => r.url === `/entries/${e.slug}/#quote-${q.id}`)!;
    expect(rec).toMatchObject({
      text: q.text,
      speakers: q.speaker,
      speakerName: q.speaker.map((slug) => v.actors.find((a) => a.slug === slug)!.data.name).join(', '),
      entryTitle: e.data.title,
      sourceTitle: e.data.sources.find((s) => s.id === q.source)!.title,
    });
  });

  test('says which versions it speaks, and refuses another', () => {
    const p = encodePayload(records);
    expect(() => decodePayload({ ...p, v: p.v + 1 })).toThrow(/reload the page/);
  });

  test('the searchable text contains every quote and title once', () => {
    const text = searchableText(records);
    for (const q of records.quotes) expect(text).toContain(q.text);
    for (const e of records.entries) expect(text).toContain(e.title);
  });
});

// A small record made by hand for the filters.
const fixture: SearchRecords = {
  actors: [
    {
      kind: 'actor',
      slug: 'william-barr',
      url: '/actors/william-barr/',
      name: 'William P. Barr',
      actorKind: 'person',
      country: 'US',
      aliases: ['Bill Barr'],
      roles: ['Attorney General'],
      entries: 2,
    },
    {
      kind: 'actor',
      slug: 'priti-patel',
      url: '/actors/priti-patel/',
      name: 'Priti Patel',
      actorKind: 'person',
      country: 'UK',
      aliases: [],
      roles: ['Home Secretary'],
      entries: 1,
    },
    {
      kind: 'actor',
      slug: 'apple',
      url: '/actors/apple/',
      name: 'Apple',
      actorKind: 'company',
      country: 'US',
      aliases: [],
      roles: [],
      entries: 1,
    },
  ],
  entries: [
    {
      kind: 'entry',
      slug: 'joint-letter',
      url: '/entries/joint-letter/',
      title: 'Open letter on encryption',
      aliases: [],
      summary: 'Ministers write to a company about encryption.',
      entryKind: 'letter',
      date: '4 October 2019',
      years: [2019, 2019],
      jurisdictions: ['US', 'UK'],
      actors: ['william-barr', 'priti-patel'],
      actorNames: ['William P. Barr', 'Priti Patel'],
      tags: ['e2ee'],
      links: 0,
      order: 0,
    },
    {
      kind: 'entry',
      slug: 'speech',
      url: '/entries/speech/',
      title: 'Speech on encryption',
      aliases: ['TOLA'],
      summary: 'A speech about encryption and lawful access.',
      entryKind: 'speech',
      date: 'July 2019',
      years: [2019, 2019],
      jurisdictions: ['US'],
      actors: ['william-barr'],
      actorNames: ['William P. Barr'],
      tags: [],
      links: 0,
      order: 1,
    },
    {
      kind: 'entry',
      slug: 'long-case',
      url: '/entries/long-case/',
      title: 'A long court case on encryption',
      aliases: [],
      summary: 'Years of litigation.',
      entryKind: 'court-case',
      date: '2014 – 2021',
      years: [2014, 2021],
      jurisdictions: ['UK'],
      actors: ['apple'],
      actorNames: ['Apple'],
      tags: [],
      links: 0,
      order: 2,
    },
  ],
  quotes: [
    {
      kind: 'quote',
      id: 'q1',
      url: '/entries/joint-letter/#quote-q1',
      text: 'Security enhancements should not make us more vulnerable.',
      speakers: ['william-barr'],
      speakerName: 'William P. Barr',
      attribution: undefined,
      entrySlug: 'joint-letter',
      entryTitle: 'Open letter on encryption',
      entryKind: 'letter',
      date: '4 October 2019',
      years: [2019, 2019],
      jurisdictions: ['US', 'UK'],
      sourceTitle: 'The letter',
      order: 0,
    },
    {
      kind: 'quote',
      id: 'q2',
      url: '/entries/joint-letter/#quote-q2',
      text: 'Tech firms must act on encryption.',
      speakers: ['priti-patel'],
      speakerName: 'Priti Patel',
      attribution: undefined,
      entrySlug: 'joint-letter',
      entryTitle: 'Open letter on encryption',
      entryKind: 'letter',
      date: '4 October 2019',
      years: [2019, 2019],
      jurisdictions: ['US', 'UK'],
      sourceTitle: 'The letter',
      order: 0,
    },
    {
      kind: 'quote',
      id: 'x',
      url: '/entries/speech/#quote-x',
      text: '<img src=x onerror=alert(1)> encryption',
      speakers: ['william-barr'],
      speakerName: 'William P. Barr',
      attribution: undefined,
      entrySlug: 'speech',
      entryTitle: 'Speech on encryption',
      entryKind: 'speech',
      date: 'July 2019',
      years: [2019, 2019],
      jurisdictions: ['US'],
      sourceTitle: 'Transcript',
      order: 1,
    },
  ],
};
const engine = createSearchEngine(fixture);
const found = (res: SearchResponse) => res.groups.flatMap((g) => g.results.map((r) => r.url)).sort();

describe('ranking of names, aliases and short words', () => {
  test('an entry alias is searched like its title, and a query naming the entry puts it first', () => {
    const res = engine.search('tola');
    expect(res.groups[0]!.kind).toBe('entry');
    expect(res.groups[0]!.results[0]!.url).toBe('/entries/speech/');
  });

  test('a query naming an actor puts the actor first; a word in quotes alone keeps quotes first', () => {
    expect(engine.search('patel').groups.map((g) => g.kind)).toEqual(['actor', 'quote', 'entry']);
    expect(engine.search('barr').groups[0]!.results[0]!.url).toBe('/actors/william-barr/');
    expect(engine.search('vulnerable').groups[0]!.kind).toBe('quote');
  });

  test('a short word that is in the record matches itself, not its near misses', () => {
    // "firms" is in q2; "films" is one edit away and in no record, "firm" would be a completion.
    expect(found(engine.search('act'))).toEqual(['/entries/joint-letter/#quote-q2']);
    // A typo of a word not in the record is still forgiven.
    expect(found(engine.search('encryptoin'))).toContain('/entries/speech/');
  });

  test('sort by date: every match, newest or oldest first (actors stay by relevance)', () => {
    const newest = engine.search('encryption', { sort: 'newest' });
    const entries = newest.groups.find((g) => g.kind === 'entry')!.results.map((r) => r.url);
    expect(entries).toEqual(['/entries/long-case/', '/entries/speech/', '/entries/joint-letter/']);
    const oldest = engine.search('encryption', { sort: 'oldest' });
    expect(oldest.groups.find((g) => g.kind === 'entry')!.results.map((r) => r.url)).toEqual([...entries].reverse());
  });
});

describe('filters', () => {
  test('actor: matches slug, name or alias, partly and in any case; a quote by its speaker, an entry by any actor', () => {
    for (const q of ['actor:barr', 'actor:BILL', 'actor:william-barr', 'actor:"p. barr"'])
      expect(found(engine.search(q)), q).toEqual(
        [
          '/actors/william-barr/',
          '/entries/joint-letter/',
          '/entries/joint-letter/#quote-q1',
          '/entries/speech/',
          '/entries/speech/#quote-x',
        ].sort(),
      );
  });

  test('actor: with a typo falls back to the closest name, and says so', () => {
    const res = engine.search('actor:patle');
    expect(found(res)).toContain('/entries/joint-letter/#quote-q2');
    expect(res.notes[0]!.message).toContain('Priti Patel');
    expect(found(engine.search('actor:nobodyatall'))).toEqual([]);
  });

  test('kind: entry kinds narrow entries and their quotes; actor kinds narrow actors', () => {
    expect(found(engine.search('kind:letter'))).toEqual([
      '/entries/joint-letter/',
      '/entries/joint-letter/#quote-q1',
      '/entries/joint-letter/#quote-q2',
    ]);
    expect(found(engine.search('kind:company'))).toEqual(['/actors/apple/']);
    expect(found(engine.search('kind:letter,company'))).toContain('/actors/apple/');
  });

  test('jurisdiction: entries and quotes by their jurisdictions, actors by their country; GB means UK', () => {
    expect(found(engine.search('jurisdiction:gb'))).toEqual(
      [
        '/actors/priti-patel/',
        '/entries/joint-letter/',
        '/entries/joint-letter/#quote-q1',
        '/entries/joint-letter/#quote-q2',
        '/entries/long-case/',
      ].sort(),
    );
  });

  test('years: an entry counts in every year it spans; actors are not dated, so a year leaves them out', () => {
    expect(found(engine.search('year:2017'))).toEqual(['/entries/long-case/']);
    expect(found(engine.search('from:2019 to:2025 encryption'))).not.toContain('/actors/william-barr/');
    expect(found(engine.search('to:2013'))).toEqual([]);
  });

  test('filters and words combine', () => {
    expect(found(engine.search('encryption kind:speech actor:barr'))).toEqual([
      '/entries/speech/',
      '/entries/speech/#quote-x',
    ]);
  });
});

test('markup in a record or a query stays text in the results', () => {
  const res = engine.search('<img src=x onerror=alert(1)>');
  const quote = res.groups.find((g) => g.kind === 'quote')!.results[0]!;
  expect(quote.kind === 'quote' && quote.text.text).toBe('<img src=x onerror=alert(1)> encryption');
  expect(res.query).toBe('<img src=x onerror=alert(1)>');
});

test('a term cache does not change answers', () => {
  const cold = createSearchEngine(fixture, { cacheSize: 0 });
  for (const q of ['enc', 'encr', 'encryption', 'encryption let', 'encryption letter', 'encryption'])
    expect(JSON.stringify(engine.search(q).groups)).toBe(JSON.stringify(cold.search(q).groups));
});

test('the index splits text into words exactly as the query side does', () => {
  const samples = [
    'Warrant-proof encryption: the “laws of mathematics” vs. the law of Australia',
    'Communiqué of the Five Eyes — end-to-end (E2EE), s. 253 of the IPA 2016',
    'Barr’s letter; don’t, won’t; A B c d 9 10 x',
    'Zuckerberg ZUCKERBERG zuckerberg Ñandú straße ﬁle',
    'Подчасов против России 2024 — 中文 文字 𝒜𝒷 𠀀𠀁 हिन्दी',
    '',
    '   ',
  ];
  const table = new WordTable();
  for (const text of samples) {
    const n = table.scan(text);
    expect(
      Array.from(table.ids.subarray(0, n), (id) => table.words[id]),
      text,
    ).toEqual(indexWords(text));
  }
});
