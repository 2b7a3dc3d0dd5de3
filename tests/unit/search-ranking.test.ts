/**
 * Search over the real record (content/, or TRACKER_CONTENT_DIR): the example queries of issue 5 land where a
 * reporter expects. Expectations are found in the content by their properties (Barr's July 2019 speech is the
 * speech in July 2019 with Barr as speaker), not by slug, so they follow the record.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { buildRecord, type TrackerRecord } from '../../src/lib/record';
import { createSearchEngine, type SearchEngine, type SearchResponse } from '../../src/lib/search/engine';
import { decodePayload, encodePayload } from '../../src/lib/search/payload';
import { buildSearchRecords } from '../../src/lib/search/records';
import { validateContent } from '../../src/lib/validate';

let record: TrackerRecord;
let engine: SearchEngine;

beforeAll(() => {
  const v = validateContent(contentDir());
  expect(v.problems).toEqual([]);
  record = buildRecord(
    v.entries.map((e) => ({ slug: e.slug, data: e.data })),
    v.actors.map((a) => ({ slug: a.slug, data: a.data })),
  );
  // Through the payload, as the browser gets it.
  engine = createSearchEngine(decodePayload(JSON.parse(JSON.stringify(encodePayload(buildSearchRecords(record))))));
});

const urls = (res: SearchResponse, kind: 'quote' | 'entry' | 'actor') =>
  res.groups.find((g) => g.kind === kind)?.results.map((r) => r.url) ?? [];

/** Type the query one keystroke at a time, as the search box does, and return the last answer. */
function typed(query: string): SearchResponse {
  let last: SearchResponse | undefined;
  for (let i = 1; i <= query.length; i++) last = engine.search(query.slice(0, i), { limit: 20 });
  return last!;
}

/** Results in the order the page shows them, groups one after the other. */
const shown = (res: SearchResponse) => res.groups.flatMap((g) => g.results.map((r) => r.url));

test('results come grouped: quotes, then entries, then actors, when the query names nothing', () => {
  const res = engine.search('vulnerable');
  const kinds = res.groups.map((g) => g.kind);
  expect(kinds[0]).toBe('quote');
  expect(kinds).toEqual(['quote', 'entry', 'actor'].filter((k) => kinds.includes(k as 'quote')));
});

describe('a name brings its page first (issue 15)', () => {
  for (const [query, name] of [
    ['Patel', 'Priti Patel'],
    ['Barr', 'William P. Barr'],
    ['Wyden', 'Ron Wyden'],
  ] as const)
    test(`“${query}” → ${name}’s page at rank 1; no near miss (“panel”, “Burr”) among the results`, () => {
      const actor = record.actors.find((a) => a.data.name === name || a.data.aliases.includes(name));
      expect(actor, name).toBeDefined();
      const res = typed(query);
      expect(shown(res)[0]).toBe(`/actors/${actor!.slug}/`);
      const texts = res.groups.flatMap((g) =>
        g.results.map((r) =>
          JSON.stringify(r)
            .toLowerCase()
            .replace(/"ranges":\[[^\]]*\]/g, ''),
        ),
      );
      for (const t of texts) expect(t, `${query} result`).toContain(query.toLowerCase());
    });

  test('“earn it” → the EARN IT Act first, no export-rule (“EAR”) quote among the results', () => {
    const res = typed('earn it');
    const first = record.entries.find((e) => `/entries/${e.slug}/` === shown(res)[0]);
    expect(first?.data.title).toMatch(/EARN IT/);
    for (const r of res.groups.flatMap((g) => g.results)) expect(JSON.stringify(r)).toMatch(/earn/i);
  });

  test('“chat control” → the EU regulation proposal, named by its alias, at rank 1', () => {
    const proposal = record.entries.find((e) => e.data.aliases.some((a) => /^chat control$/i.test(a)));
    expect(proposal, 'an entry has the alias “chat control”').toBeDefined();
    expect(proposal!.data.kind).toBe('proposal');
    expect(shown(typed('chat control'))[0]).toBe(`/entries/${proposal!.slug}/`);
  });

  test('a nickname (“Snoopers’ Charter”, typed with or without the apostrophe) finds its law first', () => {
    const law = record.entries.find((e) => e.data.aliases.includes("Snoopers' Charter"));
    expect(law, 'an entry has the alias “Snoopers’ Charter”').toBeDefined();
    for (const q of ["snoopers' charter", 'snoopers charter', 'snooper’s charter'])
      expect(shown(typed(q))[0], q).toBe(`/entries/${law!.slug}/`);
  });

  test('an acronym alias (“TOLA”) finds its law first, before the reviews that name it', () => {
    const law = record.entries.find((e) => e.data.aliases.includes('TOLA'));
    expect(law, 'an entry has the alias “TOLA”').toBeDefined();
    expect(shown(typed('TOLA'))[0]).toBe(`/entries/${law!.slug}/`);
  });
});

describe('“warant proof” (typo) → Barr’s July 2019 speech and its quote', () => {
  test('the speech entry comes first among entries, its “warrant-proof” quote first among quotes', () => {
    const speech = record.entries.find(
      (e) =>
        e.data.kind === 'speech' &&
        e.data.date.startsWith('2019-07') &&
        e.data.actors.some((a) => a.actor === 'william-barr' && a.role === 'speaker'),
    );
    expect(speech, 'the record has Barr’s July 2019 speech').toBeDefined();
    const quote = speech!.data.quotes.find((q) => /warrant-proof/i.test(q.text));
    expect(quote, 'the speech has a warrant-proof quote').toBeDefined();
    const res = typed('warant proof');
    expect(urls(res, 'entry')[0]).toBe(`/entries/${speech!.slug}/`);
    expect(urls(res, 'quote')[0]).toBe(`/entries/${speech!.slug}/#quote-${quote!.id}`);
    expect(res.relaxed).toBe(false);
  });
});

test('“five eyes comunique” (typo) → the Five Eyes communiqués, before any other entry', () => {
  const communiques = record.entries
    .filter((e) => e.data.kind === 'communique' && e.data.jurisdictions.includes('FVEY'))
    .map((e) => `/entries/${e.slug}/`);
  expect(communiques.length).toBeGreaterThan(1);
  const entries = urls(typed('five eyes comunique'), 'entry');
  expect(entries.slice(0, communiques.length).sort()).toEqual([...communiques].sort());
});

test('“calea” → the CALEA law first, and every entry related to it', () => {
  const law = record.entries.find((e) => e.data.kind === 'law' && /\bCALEA\b/.test(e.data.title));
  expect(law).toBeDefined();
  const entries = urls(typed('calea'), 'entry');
  expect(entries[0]).toBe(`/entries/${law!.slug}/`);
  const related = record.relations(law!.slug).map((r) => `/entries/${r.slug}/`);
  expect(related.length).toBeGreaterThan(0);
  for (const url of related) expect(entries).toContain(url);
});

test('“laws of mathematics” → Turnbull’s quote and its entry first; quoted, the phrase must match exactly', () => {
  const holder = record.entries.find((e) => e.data.quotes.some((q) => /laws of mathematics/i.test(q.text)))!;
  const quote = holder.data.quotes.find((q) => /laws of mathematics/i.test(q.text))!;
  for (const query of ['laws of mathematics', '"laws of mathematics"']) {
    const res = typed(query);
    expect(urls(res, 'quote')[0], query).toBe(`/entries/${holder.slug}/#quote-${quote.id}`);
    expect(urls(res, 'entry')[0], query).toBe(`/entries/${holder.slug}/`);
  }
  // Every quote the exact phrase finds contains it.
  const exact = engine.search('"laws of mathematics"');
  for (const r of exact.groups.find((g) => g.kind === 'quote')!.results)
    expect(r.kind === 'quote' && /laws of mathematics/i.test(r.text.text)).toBe(true);
});

describe('the ghost proposal, remembered right or wrong', () => {
  const ghostEntries = () =>
    record.entries.filter((e) => /ghost proposal/i.test(e.data.title)).map((e) => `/entries/${e.slug}/`);

  test('“ghost proposal” → the entries named for it first', () => {
    const expected = ghostEntries();
    expect(expected.length).toBeGreaterThan(0);
    expect(urls(typed('ghost proposal'), 'entry').slice(0, expected.length).sort()).toEqual([...expected].sort());
  });

  test('“ghost protocol” → no entry has both words, so those with all but one, the ghost proposal first', () => {
    const expected = ghostEntries();
    const res = typed('ghost protocol');
    expect(res.relaxed).toBe(true);
    expect(res.notes.map((n) => n.message).join(' ')).toMatch(/all but one/);
    expect(urls(res, 'entry').slice(0, expected.length).sort()).toEqual([...expected].sort());
  });
});

test('a misspelled name (“zuckerbrg”) → the actor first, and quotes he spoke first among quotes', () => {
  const actor = record.actors.find((a) => /Zuckerberg/.test(a.data.name))!;
  expect(actor).toBeDefined();
  // A letter left out, two letters swapped, one letter wrong.
  for (const typo of ['zukcerberg', 'zuckerburg'])
    expect(urls(typed(typo), 'actor')[0], typo).toBe(`/actors/${actor.slug}/`);
  const res = typed('zuckerbrg');
  expect(urls(res, 'actor')[0]).toBe(`/actors/${actor.slug}/`);
  const spoken = new Set(record.quotesBy(actor.slug).map((q) => `/entries/${q.entry.slug}/#quote-${q.quote.id}`));
  expect(spoken.size).toBeGreaterThan(0);
  expect(spoken.has(urls(res, 'quote')[0]!)).toBe(true);
});

test('`kind:letter actor:barr` → exactly the letters Barr is part of, and his quotes in letters', () => {
  const barr = record.actors.filter((a) => /barr/i.test(`${a.slug} ${a.data.name} ${a.data.aliases.join(' ')}`));
  expect(barr.length).toBeGreaterThan(0);
  const slugs = new Set(barr.map((a) => a.slug));
  const letters = record.entries.filter(
    (e) => e.data.kind === 'letter' && e.data.actors.some((a) => slugs.has(a.actor)),
  );
  const quotes = letters.flatMap((e) =>
    e.data.quotes.filter((q) => q.speaker.some((s) => slugs.has(s))).map((q) => `/entries/${e.slug}/#quote-${q.id}`),
  );
  const res = engine.search('kind:letter actor:barr', { limit: 100 });
  expect(urls(res, 'entry').sort()).toEqual(letters.map((e) => `/entries/${e.slug}/`).sort());
  expect(urls(res, 'quote').sort()).toEqual(quotes.sort());
  expect(urls(res, 'actor')).toEqual([]);
  // Filters alone list in the record's (date) order.
  expect(urls(res, 'entry')).toEqual(letters.map((e) => `/entries/${e.slug}/`));
});

test('every quote, entry and actor of the record can be found by its own words', () => {
  for (const e of record.entries) {
    const res = engine.search(`"${e.data.title}"`, { limit: 100 });
    expect(urls(res, 'entry'), e.slug).toContain(`/entries/${e.slug}/`);
    for (const q of e.data.quotes) {
      const words = q.text.split(/\s+/).slice(0, 12).join(' ');
      expect(urls(engine.search(`"${words}"`, { limit: 100 }), 'quote'), `${e.slug}#${q.id}`).toContain(
        `/entries/${e.slug}/#quote-${q.id}`,
      );
    }
  }
  for (const a of record.actors)
    expect(urls(engine.search(`"${a.data.name}"`, { limit: 100 }), 'actor'), a.slug).toContain(`/actors/${a.slug}/`);
});

test('matched words are marked in what is shown: a typo marks the word it stands for', () => {
  const res = engine.search('warant proof');
  const first = res.groups.find((g) => g.kind === 'quote')!.results[0]!;
  expect(first.kind).toBe('quote');
  if (first.kind !== 'quote') return;
  const marked = first.text.ranges.map(([s, e]) => first.text.text.slice(s, e).toLowerCase());
  expect(marked.join(' ')).toMatch(/warrant.*proof/);
});

test('every prefix of every example query answers without error', () => {
  for (const q of [
    'warant proof',
    'five eyes comunique',
    'calea',
    '"laws of mathematics"',
    'kind:letter actor:barr',
    'jurisdiction:gb year:2023',
  ])
    for (let i = 1; i <= q.length; i++) expect(() => engine.search(q.slice(0, i))).not.toThrow();
});

test('a word typed right beats its one-letter-off neighbour: “barr” finds Barr’s quotes before Burr’s', () => {
  const quotes = engine.search('barr').groups.find((g) => g.kind === 'quote')!.results;
  const speakers = quotes.map((q) => (q.kind === 'quote' ? q.speaker.text : ''));
  expect(speakers[0]).toMatch(/\bBarr\b/);
  const firstBurr = speakers.findIndex((s) => /\bBurr\b/.test(s));
  if (firstBurr >= 0) expect(speakers.slice(0, firstBurr).some((s) => /\bBarr\b/.test(s))).toBe(true);
});
