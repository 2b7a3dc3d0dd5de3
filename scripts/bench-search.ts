/**
 * `npm run bench:search`: the search engine on synthetic records of 1 000, 10 000 and 60 000 records (entries +
 * quotes, one entry per five quotes: 10 000 entries + 50 000 quotes at the top), actors on top.
 *
 * For each size: time to build the payload (as the site build does) and the worker's index; payload size raw and
 * gzipped against the gzipped searchable text; per-keystroke latency while typing a fixed set of typo'd queries
 * (every prefix of every query is a keystroke), p50/p95 overall and per step, with and without the per-word
 * cache; how often the aimed-at record comes first in its group. Plain Fuse.js over all records (what the engine
 * replaces) is measured on whole queries at 1 000 and 10 000 records for comparison.
 *
 * Writes bench-results/search.md and bench-results/search.json. Targets (issue 5): p95 ≤ 16 ms per keystroke at
 * 60 000 records, payload ≤ 1.3 × the gzipped searchable text. No target is asserted: this reports figures.
 *
 *   npm run bench:search [-- --sizes 1000,10000 --queries 40]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { buildRecord } from '../src/lib/record';
import { buildSearchRecords } from '../src/lib/search/records';
import { decodePayload, encodePayload, searchableText, type SearchPayload } from '../src/lib/search/payload';
import { createLoadingSearch, createSearchEngine, fieldTexts, type SearchResponse } from '../src/lib/search/engine';
import { fragmentSource, splitSearchIndex, type SearchManifest } from '../src/lib/search/fragments';
import { indexWords } from '../src/lib/search/text';
import { generateCorpus } from './bench-search-corpus';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,60000' },
    queries: { type: 'string', default: '40' },
    out: { type: 'string', default: 'bench-results' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const QUERY_COUNT = Number(values.queries);
const BASELINE_MAX = 10_000;
const BASELINE_QUERIES = 12;
const TARGET_P95_MS = 16;
const TARGET_RATIO = 1.3;

const pct = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ms = (x: number) => Math.round(x * 100) / 100;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const time = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
};

function prefixes(q: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= q.length; i++) out.push(q.slice(0, i));
  return out;
}

function firstOfKind(res: SearchResponse, kind: string): string | undefined {
  return res.groups.find((g) => g.kind === kind)?.results[0]?.url;
}

interface SizeResult {
  records: number;
  entries: number;
  quotes: number;
  actors: number;
  buildPayloadMs: number;
  workerIndexMs: number;
  payloadRaw: number;
  payloadGzip: number;
  textRaw: number;
  textGzip: number;
  ratio: number;
  /** Gzipped size of the word index, had it been shipped instead of built in the worker. */
  indexGzip: number;
  keystrokes: number;
  /** Load average (1 min) of the machine while this size ran: other work slows wall-clock times. */
  load: number;
  cpuP50: number;
  cpuP95: number;
  p50: number;
  p95: number;
  max: number;
  steps: Record<string, { p50: number; p95: number }>;
  noCacheP50: number;
  noCacheP95: number;
  scoredP95: number;
  top1: number;
  top5: number;
  queries: number;
  misses: Array<{ query: string; expected: string; got: string | undefined }>;
  baseline?: { p50: number; p95: number; top1: number; queries: number };
  fragments: FragmentFigures;
}

/** The index in fragments (issue 17), at this size. */
interface FragmentFigures {
  splitMs: number;
  manifestRaw: number;
  manifestGzip: number;
  postingsFragments: number;
  recordBlocks: number;
  /** All fragments, gzipped, summed (what a reader never downloads whole). */
  allGzip: number;
  /** Worker: parse the manifest, decode the vocabulary, build its trigrams. */
  manifestMs: number;
  /** Per query from a cold worker, the whole query at once: bytes (gzip) including the manifest. */
  bytes: { p50: number; max: number };
  requests: { p50: number; max: number };
  /** Rounds of fetching after the manifest (passes − 1). */
  rounds: { p50: number; max: number };
  /** Worker time of that first answer once the fragments are there (passes, parsing and unpacking fragments). */
  firstMs: { p50: number; max: number };
  /** The same with the manifest's decoding added (a reader's very first query). */
  firstWithManifestMs: { p50: number; max: number };
  /** Typed keystroke by keystroke from a cold worker, every keystroke answered: bytes up to the last answer. */
  typedBytes: { p50: number; max: number };
  /** Per keystroke while typing (fragments fetched as needed, from memory): the pass that answers; all passes and
   * fragment decoding. */
  keyP50: number;
  keyP95: number;
  keyWorkP95: number;
  top1: number;
  top5: number;
  /** Answers identical to the whole payload's, keystroke by keystroke. */
  same: number;
  keystrokes: number;
}

async function benchSize(size: number): Promise<SizeResult> {
  const corpus = generateCorpus(size, 1, QUERY_COUNT);
  // Build time: what `astro build` does for /search-index.json.
  const [json, buildPayloadMs] = time(() => {
    const record = buildRecord(corpus.entries, corpus.actors);
    return JSON.stringify(encodePayload(buildSearchRecords(record)));
  });
  // Worker start: parse, unpack, index.
  const [engine, workerIndexMs] = time(() => createSearchEngine(decodePayload(JSON.parse(json) as SearchPayload)));
  const records = decodePayload(JSON.parse(json) as SearchPayload);
  const text = searchableText(records);
  const payloadRaw = Buffer.byteLength(json);
  const payloadGzip = gzipSync(json).length;
  const textRaw = Buffer.byteLength(text);
  const textGzip = gzipSync(text).length;
  // What shipping the word index too would cost (words + delta-coded record numbers), the alternative not taken.
  const postings = new Map<string, number[]>();
  [...records.quotes, ...records.entries, ...records.actors].forEach((r, rec) => {
    for (const w of new Set(fieldTexts(r).flatMap(indexWords))) {
      const list = postings.get(w) ?? [];
      list.push(rec);
      postings.set(w, list);
    }
  });
  const indexJson = JSON.stringify(
    [...postings].map(([w, list]) => [w, list.map((rec, i) => (i ? rec - list[i - 1]! : rec))]),
  );
  const indexGzip = gzipSync(indexJson).length;

  // Warm-up (JIT) on other queries, then type every query, keystroke by keystroke.
  for (const q of corpus.warmup) for (const p of prefixes(q.query)) engine.search(p);
  const lat: number[] = [];
  const cpu: number[] = [];
  const steps: Record<string, number[]> = { parse: [], lookup: [], narrow: [], rank: [] };
  const scored: number[] = [];
  let top1 = 0;
  let top5 = 0;
  const misses: SizeResult['misses'] = [];
  for (const q of corpus.queries) {
    let last: SearchResponse | undefined;
    for (const p of prefixes(q.query)) {
      const c = process.cpuUsage();
      const t = performance.now();
      last = engine.search(p);
      lat.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      for (const k of Object.keys(steps)) steps[k]!.push(last.timings[k as keyof typeof last.timings]);
      scored.push(last.timings.scored);
    }
    const urls = last!.groups.find((g) => g.kind === q.kind)?.results.map((r) => r.url) ?? [];
    if (urls[0] === q.expected) top1++;
    else misses.push({ query: q.query, expected: q.expected, got: firstOfKind(last!, q.kind) });
    if (urls.slice(0, 5).includes(q.expected)) top5++;
  }
  // The same keystrokes without the per-word cache (a fresh engine with caching off).
  const cold = createSearchEngine(records, { cacheSize: 0 });
  for (const q of corpus.warmup) for (const p of prefixes(q.query)) cold.search(p);
  const coldLat: number[] = [];
  for (const q of corpus.queries)
    for (const p of prefixes(q.query)) {
      const t = performance.now();
      cold.search(p);
      coldLat.push(performance.now() - t);
    }

  const fragments = await benchFragments(records, corpus, engine);

  const result: SizeResult = {
    fragments,
    records: records.entries.length + records.quotes.length,
    entries: records.entries.length,
    quotes: records.quotes.length,
    actors: records.actors.length,
    buildPayloadMs: ms(buildPayloadMs),
    workerIndexMs: ms(workerIndexMs),
    payloadRaw,
    payloadGzip,
    textRaw,
    textGzip,
    ratio: Math.round((payloadGzip / textGzip) * 1000) / 1000,
    indexGzip,
    keystrokes: lat.length,
    load: Math.round(os.loadavg()[0]! * 10) / 10,
    cpuP50: ms(pct(cpu, 50)),
    cpuP95: ms(pct(cpu, 95)),
    p50: ms(pct(lat, 50)),
    p95: ms(pct(lat, 95)),
    max: ms(Math.max(...lat)),
    steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, { p50: ms(pct(v, 50)), p95: ms(pct(v, 95)) }])),
    noCacheP50: ms(pct(coldLat, 50)),
    noCacheP95: ms(pct(coldLat, 95)),
    scoredP95: pct(scored, 95),
    top1,
    top5,
    queries: corpus.queries.length,
    misses,
  };

  if (result.records <= BASELINE_MAX) {
    // Before: one Fuse.js search over every record, whole query only (as measured when the issue was filed).
    const all = [...records.quotes, ...records.entries, ...records.actors];
    const docs = all.map((r) => ({ text: fieldTexts(r).join(' \n ') }));
    const fuse = new Fuse(docs, { keys: ['text'], ignoreLocation: true, threshold: 0.4, includeScore: true });
    const base: number[] = [];
    let hits = 0;
    const sample = corpus.queries.slice(0, BASELINE_QUERIES);
    for (const q of sample) {
      const t = performance.now();
      const res = fuse.search(q.query, { limit: 20 });
      base.push(performance.now() - t);
      if (all[res[0]?.refIndex ?? -1]?.url === q.expected) hits++;
    }
    result.baseline = { p50: ms(pct(base, 50)), p95: ms(pct(base, 95)), top1: hits, queries: sample.length };
  }
  return result;
}

const stat = (xs: number[]) => ({ p50: pct(xs, 50), max: Math.max(...xs) });
const statMs = (xs: number[]) => ({ p50: ms(pct(xs, 50)), max: ms(Math.max(...xs)) });
const answerOf = (res: SearchResponse) =>
  JSON.stringify({ groups: res.groups, notes: res.notes, relaxed: res.relaxed });

async function benchFragments(
  records: ReturnType<typeof decodePayload>,
  corpus: ReturnType<typeof generateCorpus>,
  whole: ReturnType<typeof createSearchEngine>,
): Promise<FragmentFigures> {
  const [split, splitMs] = time(() => splitSearchIndex(records));
  const manifestJson = JSON.stringify(split.manifest);
  const gz = new Map<string, number>();
  let allGzip = 0;
  for (const [name, text] of split.fragments) {
    const size = gzipSync(text).length;
    gz.set(name, size);
    allGzip += size;
  }
  const manifestGzip = gzipSync(manifestJson).length;
  /** A cold worker: the manifest parsed and decoded, fragments "fetched" from memory and parsed. */
  const cold = () => {
    const t = performance.now();
    const source = fragmentSource(JSON.parse(manifestJson) as SearchManifest, (name) =>
      Promise.resolve(JSON.parse(split.fragments.get(name)!)),
    );
    return { source, engine: createLoadingSearch(source), ms: performance.now() - t };
  };
  const bytesOf = (names: string[]) => manifestGzip + names.reduce((s, n) => s + gz.get(n)!, 0);

  const manifestMs: number[] = [];
  const bytes: number[] = [];
  const requests: number[] = [];
  const rounds: number[] = [];
  const firstMs: number[] = [];
  const firstWithManifest: number[] = [];
  const typedBytes: number[] = [];
  // Warm the JIT on the warm-up queries first.
  for (const q of corpus.warmup) await cold().engine.search(q.query, { limit: 20 });
  for (const q of corpus.queries) {
    const c = cold();
    manifestMs.push(c.ms);
    const t = performance.now();
    const res = await c.engine.search(q.query, { limit: 20 });
    const took = performance.now() - t;
    firstMs.push(took);
    firstWithManifest.push(took + c.ms);
    bytes.push(bytesOf(c.source.fetched));
    requests.push(1 + c.source.fetched.length);
    rounds.push(res.passes - 1);
  }
  // Typed: every keystroke answered, from a cold worker per query; checked against the whole payload's answers.
  const lat: number[] = [];
  const work: number[] = [];
  let top1 = 0;
  let top5 = 0;
  let same = 0;
  let keystrokes = 0;
  for (const q of corpus.queries) {
    const c = cold();
    let last: SearchResponse | undefined;
    for (const p of prefixes(q.query)) {
      const t = performance.now();
      last = await c.engine.search(p);
      work.push(performance.now() - t);
      lat.push(last.timings.total);
      keystrokes++;
      if (answerOf(last) === answerOf(whole.search(p))) same++;
    }
    typedBytes.push(bytesOf(c.source.fetched));
    const urls = last!.groups.find((g) => g.kind === q.kind)?.results.map((r) => r.url) ?? [];
    if (urls[0] === q.expected) top1++;
    if (urls.slice(0, 5).includes(q.expected)) top5++;
  }
  return {
    splitMs: ms(splitMs),
    manifestRaw: Buffer.byteLength(manifestJson),
    manifestGzip,
    postingsFragments: split.manifest.words.length,
    recordBlocks: [...split.fragments.keys()].filter((n) => n.startsWith('r')).length,
    allGzip,
    manifestMs: ms(pct(manifestMs, 50)),
    bytes: stat(bytes),
    requests: stat(requests),
    rounds: stat(rounds),
    firstMs: statMs(firstMs),
    firstWithManifestMs: statMs(firstWithManifest),
    typedBytes: stat(typedBytes),
    keyP50: ms(pct(lat, 50)),
    keyP95: ms(pct(lat, 95)),
    keyWorkP95: ms(pct(work, 95)),
    top1,
    top5,
    same,
    keystrokes,
  };
}

function markdown(rows: SizeResult[], meta: Record<string, string>): string {
  const lines = [
    '# Search benchmark',
    '',
    `Generated by \`npm run bench:search\` (scripts/bench-search.ts) on ${meta.date}: ${meta.machine}. Synthetic records`,
    'from scripts/bench-search-corpus.ts (seed 1; one entry per five quotes, about one actor per three entries).',
    `Latency is per keystroke: every prefix of each of ${QUERY_COUNT} typo'd queries, searched in order as if typed,`,
    'in one Node process (the browser runs the same code in a Web Worker). Targets: p95 ≤ 16 ms per keystroke at',
    '60 000 records; payload (gzip) ≤ 1.3 × the gzipped searchable text. Wall-clock times depend on what else the',
    'machine runs (its load average is shown; 2 cores here): CPU time per keystroke is given too, and is steadier.',
    '',
    '| records (entries + quotes) | actors | payload build | worker index build | payload raw / gzip | searchable text raw / gzip | ratio | keystrokes | p50 | p95 | max | CPU p50 / p95 | p95 without word cache | load | first in group (top 5) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.records.toLocaleString('en')} (${r.entries.toLocaleString('en')} + ${r.quotes.toLocaleString('en')}) | ${r.actors.toLocaleString('en')} | ${r.buildPayloadMs} ms | ${r.workerIndexMs} ms | ${kb(r.payloadRaw)} / ${kb(r.payloadGzip)} KB | ${kb(r.textRaw)} / ${kb(r.textGzip)} KB | ${r.ratio} | ${r.keystrokes} | ${r.p50} ms | ${r.p95} ms | ${r.max} ms | ${r.cpuP50} / ${r.cpuP95} ms | ${r.noCacheP95} ms | ${r.load} | ${r.top1}/${r.queries} (${r.top5}/${r.queries}) |`,
    ),
    '',
    'Shipping the word index as well (instead of building it in the worker) would add, gzipped: ' +
      rows
        .map(
          (r) =>
            `${kb(r.indexGzip)} KB at ${r.records.toLocaleString('en')} (ratio ${Math.round(((r.payloadGzip + r.indexGzip) / r.textGzip) * 100) / 100})`,
        )
        .join('; ') +
      '.',
    '',
    '## In fragments (issue 17): what a query loads',
    '',
    'The same records served as a manifest and fragments (src/lib/search/fragments.ts, default cut). Each query starts',
    "from a cold worker (manifest fetched and decoded), fragments come from memory: bytes are what a reader's",
    'browser would download (gzip), worker time excludes the network. Whole query: the query answered at once (pasted,',
    'or its last keystroke reached the worker first); typed: every keystroke answered, the upper bound while typing.',
    '',
    '| records | manifest raw / gzip | fragments (postings + record blocks) | all fragments gzip | split (build) | manifest decode (worker) | transferred before the first result, median / max | requests, median / max | rounds after the manifest | worker time to first result, median / max | the same + manifest decode | typed: transferred, median / max |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const f = r.fragments;
      return `| ${r.records.toLocaleString('en')} | ${kb(f.manifestRaw)} / ${kb(f.manifestGzip)} KB | ${f.postingsFragments} + ${f.recordBlocks} | ${kb(f.allGzip)} KB | ${f.splitMs} ms | ${f.manifestMs} ms | ${kb(f.bytes.p50)} / ${kb(f.bytes.max)} KB | ${f.requests.p50} / ${f.requests.max} | ${f.rounds.p50} / ${f.rounds.max} | ${f.firstMs.p50} / ${f.firstMs.max} ms | ${f.firstWithManifestMs.p50} / ${f.firstWithManifestMs.max} ms | ${kb(f.typedBytes.p50)} / ${kb(f.typedBytes.max)} KB |`;
    }),
    '',
    '| records | keystrokes | p50 (answering pass) | p95 (answering pass) | p95 with earlier passes and fragment decoding | same answers as the whole payload | first in group (top 5) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const f = r.fragments;
      return `| ${r.records.toLocaleString('en')} | ${f.keystrokes} | ${f.keyP50} ms | ${f.keyP95} ms | ${f.keyWorkP95} ms | ${f.same}/${f.keystrokes} | ${f.top1}/${r.queries} (${f.top5}/${r.queries}) |`;
    }),
    '',
    '## Per step (p50 / p95, ms)',
    '',
    '| records | parse | word lookup | narrowing | Fuse ranking + results | records scored by Fuse (p95) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.records.toLocaleString('en')} | ${r.steps.parse!.p50} / ${r.steps.parse!.p95} | ${r.steps.lookup!.p50} / ${r.steps.lookup!.p95} | ${r.steps.narrow!.p50} / ${r.steps.narrow!.p95} | ${r.steps.rank!.p50} / ${r.steps.rank!.p95} | ${r.scoredP95} |`,
    ),
    '',
    '## Before: plain Fuse.js over every record (whole queries only)',
    '',
    '| records | p50 | p95 | expected record first |',
    '| --- | --- | --- | --- |',
    ...rows
      .filter((r) => r.baseline)
      .map(
        (r) =>
          `| ${r.records.toLocaleString('en')} | ${r.baseline!.p50} ms | ${r.baseline!.p95} ms | ${r.baseline!.top1}/${r.baseline!.queries} |`,
      ),
    '',
    '## Verdict',
    '',
    ...rows.map((r) => {
      const lat = r.p95 <= TARGET_P95_MS ? 'meets' : `misses by ${ms(r.p95 - TARGET_P95_MS)} ms`;
      const size = r.ratio <= TARGET_RATIO ? 'meets' : `misses by ${Math.round((r.ratio - TARGET_RATIO) * 100)} points`;
      return `- ${r.records.toLocaleString('en')} records: latency p95 ${r.p95} ms wall, ${r.cpuP95} ms CPU (${lat} the 16 ms target); payload ratio ${r.ratio} (${size} the 1.3 target).`;
    }),
    '',
  ];
  const misses = rows.flatMap((r) =>
    r.misses.map((m) => `| ${r.records} | \`${m.query}\` | ${m.expected} | ${m.got ?? '—'} |`),
  );
  if (misses.length)
    lines.push(
      '## Queries whose record did not come first',
      '',
      '| records | query | expected | first |',
      '| --- | --- | --- | --- |',
      ...misses,
      '',
    );
  return lines.join('\n');
}

const rows: SizeResult[] = [];
for (const size of SIZES) {
  const started = performance.now();
  const r = await benchSize(size);
  rows.push(r);
  console.log(
    `${size} records: payload ${kb(r.payloadGzip)} KB gz (ratio ${r.ratio}), index ${r.workerIndexMs} ms, ` +
      `keystroke p50 ${r.p50} ms p95 ${r.p95} ms (CPU p95 ${r.cpuP95} ms; no cache p95 ${r.noCacheP95} ms; load ${r.load}), first ${r.top1}/${r.queries}` +
      (r.baseline ? `; plain Fuse p95 ${r.baseline.p95} ms, first ${r.baseline.top1}/${r.baseline.queries}` : '') +
      `; fragments: ${kb(r.fragments.bytes.p50)} / ${kb(r.fragments.bytes.max)} KB per query (manifest ${kb(r.fragments.manifestGzip)} KB), ` +
      `worker ${r.fragments.firstMs.p50} / ${r.fragments.firstMs.max} ms (+ manifest ${r.fragments.manifestMs} ms), ` +
      `keystroke p95 ${r.fragments.keyP95} ms (all work ${r.fragments.keyWorkP95} ms), same ${r.fragments.same}/${r.fragments.keystrokes}, first ${r.fragments.top1}/${r.queries}` +
      ` [${Math.round((performance.now() - started) / 1000)} s]`,
  );
}
const meta = {
  date: new Date().toISOString().slice(0, 10),
  machine: `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}`,
};
fs.mkdirSync(values.out, { recursive: true });
fs.writeFileSync(
  path.join(values.out, 'search.json'),
  JSON.stringify({ ...meta, targets: { p95Ms: TARGET_P95_MS, ratio: TARGET_RATIO }, sizes: rows }, null, 2) + '\n',
);
fs.writeFileSync(path.join(values.out, 'search.md'), markdown(rows, meta));
console.log(`Wrote ${path.join(values.out, 'search.md')} and search.json`);
