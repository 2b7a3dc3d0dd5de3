/**
 * The search index in fragments (issue 17): the manifest and fragments round-trip the records, a query fetches
 * only the fragments of its words and of the records it shows, and answers over fragments are the answers over
 * the whole payload, for the benchmark's typo'd queries typed keystroke by keystroke, filters and phrases, and the
 * real record's example queries.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { buildRecord } from '../../src/lib/record';
import {
  Superseded,
  createLoadingSearch,
  createSearchEngine,
  type SearchEngine,
  type SearchOptions,
  type SearchResponse,
} from '../../src/lib/search/engine';
import {
  decodeVocab,
  encodeVocab,
  fragmentSource,
  splitSearchIndex,
  type FragmentSource,
  type SearchManifest,
} from '../../src/lib/search/fragments';
import { buildSearchRecords } from '../../src/lib/search/records';
import type { SearchRecords } from '../../src/lib/search/types';
import { validateContent } from '../../src/lib/validate';
import { generateCorpus } from '../../scripts/bench-search-corpus';

/** What a pass answers, without its timings (which differ run to run). */
const answer = (res: SearchResponse) => JSON.stringify({ groups: res.groups, notes: res.notes, relaxed: res.relaxed });

function served(records: SearchRecords, options = {}) {
  const { manifest, fragments } = splitSearchIndex(records, options);
  // Through JSON, as the worker gets them.
  const m = JSON.parse(JSON.stringify(manifest)) as SearchManifest;
  const fresh = () =>
    fragmentSource(m, (name) => {
      const text = fragments.get(name);
      return text === undefined ? Promise.reject(new Error(`no fragment ${name}`)) : Promise.resolve(JSON.parse(text));
    });
  return { manifest: m, fragments, fresh };
}

const corpus = generateCorpus(3000, 1, 40);
const records = buildSearchRecords(buildRecord(corpus.entries, corpus.actors));
let whole: SearchEngine;
let split: ReturnType<typeof served>;

beforeAll(() => {
  whole = createSearchEngine(records);
  split = served(records, { block: 16, postingsChars: 4000 });
});

test('the vocabulary survives front coding', () => {
  const words = ['a1', 'communique', 'communiques', 'communiqué', 'zz', 'zzz'];
  expect(decodeVocab(encodeVocab(words))).toEqual(words);
});

test('the record is cut into many fragments, each record in one block', () => {
  const { manifest, fragments } = split;
  expect(manifest.words.length).toBeGreaterThan(20);
  expect([...fragments.keys()].filter((k) => k.startsWith('r'))).toHaveLength(
    Math.ceil((records.quotes.length + records.entries.length + records.actors.length) / 16),
  );
  expect(manifest.dir).toMatch(/^[0-9a-f]{8}$/);
});

test('every record comes back from its block as it went in', async () => {
  const source = split.fresh();
  const all = [...records.quotes, ...records.entries, ...records.actors];
  const names = [...split.fragments.keys()].filter((k) => k.startsWith('r'));
  await source.load(names);
  all.forEach((r, rec) => expect(source.data.record(rec)).toEqual(r));
});

describe('a query fetches only what it needs', () => {
  test('one word: its postings fragment and the blocks of the records it shows, nothing else', async () => {
    const source = split.fresh();
    const engine = createLoadingSearch(source);
    const q = corpus.queries.find((x) => x.kind === 'actor')!;
    const res = await engine.search(q.query);
    const postings = source.fetched.filter((n) => n.startsWith('w'));
    const blocks = source.fetched.filter((n) => n.startsWith('r'));
    expect(source.fetched).not.toContain('f');
    expect(postings.length).toBeLessThan(split.manifest.words.length / 4);
    const shownRecs = res.groups.flatMap((g) => g.results).length;
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.length).toBeLessThanOrEqual(shownRecs);
    // The same query again fetches nothing more.
    const before = source.fetched.length;
    await engine.search(q.query);
    expect(source.fetched.length).toBe(before);
  });

  test('a word fetches the fragments of the words it matches and no other postings', async () => {
    const source = split.fresh();
    const engine = createLoadingSearch(source);
    await engine.search('encryption');
    const { vocab } = source.data;
    const wanted = new Set<string>();
    for (const w of ['encryption', 'encryptions'])
      if (source.data.wordId.has(w)) {
        const t = source.data.wordId.get(w)!;
        let k = 0;
        while (k + 1 < split.manifest.words.length && split.manifest.words[k + 1]! <= t) k++;
        wanted.add(`w${k}`);
      }
    const got = source.fetched.filter((n) => n.startsWith('w'));
    expect(new Set(got)).toEqual(wanted);
    expect(vocab.length).toBeGreaterThan(1000);
  });

  test('filters fetch the filters fragment, and only then', async () => {
    const source = split.fresh();
    const engine = createLoadingSearch(source);
    await engine.search('encryption law');
    expect(source.fetched).not.toContain('f');
    await engine.search('encryption kind:law');
    expect(source.fetched).toContain('f');
  });
});

/** Every keystroke of `query`, over the whole payload and over fragments; returns the fragment engine's source. */
async function sameWhileTyping(query: string, options: SearchOptions, source: FragmentSource) {
  const engine = createLoadingSearch(source);
  for (let i = 1; i <= query.length; i++) {
    const p = query.slice(0, i);
    expect(answer(await engine.search(p, options)), p).toBe(answer(whole.search(p, options)));
  }
}

test("the benchmark's typo'd queries, typed: the same answers over fragments as over the whole payload", async () => {
  const source = split.fresh();
  for (const q of corpus.queries) await sameWhileTyping(q.query, {}, source);
}, 60_000);

test('each benchmark query from a cold worker: the same answer, and a few fragments', async () => {
  for (const q of corpus.queries) {
    const source = split.fresh();
    const res = await createLoadingSearch(source).search(q.query, { limit: 20 });
    expect(answer(res), q.query).toBe(answer(whole.search(q.query, { limit: 20 })));
    expect(res.passes).toBeLessThanOrEqual(3);
  }
}, 60_000);

test('filters, phrases, date sort and excerpts: the same answers over fragments', async () => {
  const q = corpus.queries[0]!.query;
  const firstWord = q.split(' ')[0]!;
  const cases: Array<[string, SearchOptions]> = [
    [`${q} kind:law`, {}],
    ['encryption kind:letter,speech year:2019', {}],
    ['jurisdiction:uk from:2000 to:2010', {}],
    [`"${firstWord}`, {}],
    [`"${firstWord}" encryption`, {}],
    ['"lawful access"', { limit: 5 }],
    [`actor:${records.actors[3]!.name.split(' ')[1]!.toLowerCase()} encryption`, {}],
    ['encryption', { sort: 'newest' }],
    ['encryption kind:law', { sort: 'oldest', limit: 5 }],
    [q, { excerpt: 80, limit: 6, explain: true }],
  ];
  for (const [query, options] of cases) {
    const source = split.fresh();
    const res = await createLoadingSearch(source).search(query, options);
    expect(answer(res), query).toBe(answer(whole.search(query, options)));
  }
});

test('a query overtaken by a newer one stops before fetching more', async () => {
  const source = split.fresh();
  const engine = createLoadingSearch(source);
  await expect(engine.search('encryption', {}, () => true)).rejects.toBeInstanceOf(Superseded);
  expect(source.fetched).toEqual([]);
  expect(answer(await engine.search('encryption'))).toBe(answer(whole.search('encryption')));
});

test('a fragment that fails to load fails the query, and the next query tries again', async () => {
  const { manifest, fragments } = split;
  let fail = true;
  const source = fragmentSource(manifest, (name) =>
    fail ? Promise.reject(new Error('offline')) : Promise.resolve(JSON.parse(fragments.get(name)!)),
  );
  const engine = createLoadingSearch(source);
  await expect(engine.search('encryption')).rejects.toThrow('offline');
  fail = false;
  expect(answer(await engine.search('encryption'))).toBe(answer(whole.search('encryption')));
});

test("the real record's example queries: the same answers over fragments", async () => {
  const v = validateContent(contentDir());
  const real = buildSearchRecords(
    buildRecord(
      v.entries.map((e) => ({ slug: e.slug, data: e.data })),
      v.actors.map((a) => ({ slug: a.slug, data: a.data })),
    ),
  );
  const realWhole = createSearchEngine(real);
  const { fresh } = served(real, { block: 8, postingsChars: 2000 });
  const source = fresh();
  const engine = createLoadingSearch(source);
  for (const query of [
    'barr warrant proof',
    'warant-proof',
    'chat control',
    'earn it',
    'patel',
    'comey going dark',
    '"laws of mathematics"',
    'kind:letter encryption',
    'actor:barr',
    'five eyes communique',
    'ipa',
    'snoopers charter',
  ])
    for (let i = 1; i <= query.length; i++) {
      const p = query.slice(0, i);
      expect(answer(await engine.search(p, { limit: 20 })), p).toBe(answer(realWhole.search(p, { limit: 20 })));
    }
}, 60_000);
