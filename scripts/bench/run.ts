/**
 * `npm run bench`: builds the site from synthetic corpora of 1 000 and 5 000 entries, next to a bare Astro + MDX
 * build of the same corpus, and reports build time, ms per page, peak memory, the rebuild after touching one
 * entry, bytes shipped per page type, the largest page, and the search benchmark's figures.
 *
 *   npm run bench                      # sizes 1000 and 5000 (several minutes)
 *   npm run bench -- --sizes 200       # other sizes
 *   npm run bench:smoke                # 60 entries, no search or Lighthouse: what CI runs (no timing asserts)
 *
 * Size budgets (gzip HTML per page, JS per page type) fail the run; times and memory are only reported.
 *   npm run bench -- --verify          # also check the rebuild against a cold build at every size (default: ≤ 1 000)
 *
 * Writes bench-results/latest.md and latest.json (smoke runs: bench-results/smoke.*).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus';
import { measure, type RunResult } from './measure';
import { largestPage, pageWeight, type PageWeight } from './page-weight';
import { lighthouseTable, runLighthouse } from './lighthouse';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    smoke: { type: 'boolean', default: false },
    search: { type: 'boolean', default: true },
    lighthouse: { type: 'boolean', default: true },
    seed: { type: 'string', default: '1' },
    verify: { type: 'boolean' },
  },
  allowNegative: true,
});
const sizes = (values.smoke ? '60' : values.sizes).split(',').map(Number);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-bench-'));
const astro = path.resolve('node_modules/.bin/astro');
const BUDGET = {
  // Issue 17: cold ≤ 1.5× and warm ≤ 1.15× the bare build; a one-entry rebuild no slower than the bare warm build.
  coldRatio: 1.5,
  warmRatio: 1.15,
  rssBytes: 3.5 * 1024 ** 3,
  pageGzip: 100 * 1024,
  jsEntryActor: 5 * 1024,
  jsTimeline: 15 * 1024,
};

interface SizeResult {
  entries: number;
  actors: number;
  quotes: number;
  pages: number;
  site: { ms: number; msPerPage: number; peakRss: number; warmMs: number };
  bare: { ms: number; msPerPage: number; peakRss: number; pages: number; warmMs: number };
  ratio: number;
  warmRatio: number;
  rebuildMs: number;
  /** CPU time (user + system) of each build: cold and warm site, cold and warm bare, rebuild. */
  cpu: { site: number; siteWarm: number; bare: number; bareWarm: number; rebuild: number };
  /** The cold build's citation pool, as its log reports it (src/integrations/citation-cache.ts). */
  citationPool: string;
  largest: { page: string; gzip: number };
  weights: PageWeight[];
}

function countHtml(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

/** Files that differ (or exist on one side only) between two output folders. */
function differingFiles(a: string, b: string): string[] {
  const list = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  const left = new Set(list(a));
  const right = list(b);
  const out = right.filter((f) => !left.has(f));
  for (const f of left)
    if (!fs.existsSync(path.join(b, f)) || !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))))
      out.push(f);
  return out;
}

function check(run: RunResult, what: string): void {
  if (run.code !== 0) {
    console.error(run.output.slice(-4000));
    throw new Error(`${what} failed (exit ${run.code})`);
  }
}

async function benchSize(n: number): Promise<SizeResult> {
  const corpus = generateCorpus({ entries: n, seed: Number(values.seed), out: path.join(work, `corpus-${n}`) });
  const siteOut = path.join(work, `site-${n}`);
  const siteCache = path.join(work, `site-cache-${n}`);
  const bareOut = path.join(work, `bare-${n}`);
  const env = { TRACKER_CONTENT_DIR: corpus.dir, NODE_OPTIONS: '--max-old-space-size=8192' };
  console.log(`\n[${n}] corpus: ${corpus.entries} entries, ${corpus.actors} actors, ${corpus.quotes} quotes`);

  // Each build runs twice: cold (empty cache folder, as on a fresh clone) and warm (the cache the cold build left:
  // Astro's content data store for both, and the site's rendered citations), each into a fresh output folder.
  const bareCache = path.join(work, `bare-cache-${n}`);
  const bareEnv = { ...env, TRACKER_OUT_DIR: bareOut, TRACKER_CACHE_DIR: bareCache };
  const bare = await measure(astro, ['build'], { cwd: 'scripts/bench/bare', env: bareEnv });
  check(bare, 'bare build');
  const barePages = countHtml(bareOut);
  fs.rmSync(bareOut, { recursive: true, force: true });
  const bareWarm = await measure(astro, ['build'], { cwd: 'scripts/bench/bare', env: bareEnv });
  check(bareWarm, 'bare build (warm)');
  console.log(
    `[${n}] bare Astro + MDX: ${(bare.ms / 1000).toFixed(1)} s cold, ${(bareWarm.ms / 1000).toFixed(1)} s warm, ${barePages} pages`,
  );

  const site = await measure(astro, ['build'], {
    env: { ...env, TRACKER_OUT_DIR: siteOut, TRACKER_CACHE_DIR: siteCache },
  });
  check(site, 'site build');
  const pages = countHtml(siteOut);
  const warmOut = `${siteOut}-warm`;
  const siteWarm = await measure(astro, ['build'], {
    env: { ...env, TRACKER_OUT_DIR: warmOut, TRACKER_CACHE_DIR: siteCache },
  });
  check(siteWarm, 'site build (warm)');
  // The cache may only save time: a warm build must write exactly what the cold one wrote.
  const differing = differingFiles(siteOut, warmOut);
  if (differing.length > 0)
    throw new Error(`the warm build's output differs from the cold build's: ${differing.slice(0, 10).join(', ')}`);
  fs.rmSync(warmOut, { recursive: true, force: true });
  console.log(
    `[${n}] site: ${(site.ms / 1000).toFixed(1)} s cold, ${(siteWarm.ms / 1000).toFixed(1)} s warm (same output), ${pages} pages`,
  );

  // Edit one entry (its title, which the pages of its neighbours and linked entries show, and its body) and rebuild
  // with the same cache. The edit must show on its page, and with --verify (smoke runs and sizes up to 1 000) the
  // rebuilt site must equal, byte for byte, a cold build of the edited corpus: the incremental build's page keys
  // (src/lib/page-keys.ts) may skip work, never a change.
  const entriesDir = path.join(corpus.dir, 'entries');
  const edited = fs
    .readdirSync(entriesDir, { recursive: true })
    .map((f) => path.join(entriesDir, String(f)))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .find((f) => /^related:/m.test(fs.readFileSync(f, 'utf8')))!;
  const sentence = `One more sentence added for the rebuild benchmark at ${Date.now()}.`;
  const text = fs.readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: Edited for the rebuild benchmark');
  fs.writeFileSync(edited, `${text}\n${sentence}\n`);
  const rebuild = await measure(astro, ['build'], {
    env: { ...env, TRACKER_OUT_DIR: siteOut, TRACKER_CACHE_DIR: siteCache },
  });
  check(rebuild, 'rebuild');
  const editedPage = path.join(siteOut, 'entries', path.basename(edited, '.mdx'), 'index.html');
  if (!fs.readFileSync(editedPage, 'utf8').includes(sentence))
    throw new Error(`the rebuild did not update ${editedPage}`);
  console.log(`[${n}] rebuild after editing one entry: ${(rebuild.ms / 1000).toFixed(1)} s`);
  if (values.verify ?? (values.smoke || n <= 1000)) {
    const coldOut = `${siteOut}-edited-cold`;
    check(
      await measure(astro, ['build'], {
        env: { ...env, TRACKER_OUT_DIR: coldOut, TRACKER_CACHE_DIR: path.join(work, `edited-cache-${n}`) },
      }),
      'cold build of the edited corpus',
    );
    const stale = differingFiles(coldOut, siteOut);
    if (stale.length > 0)
      throw new Error(`the rebuild differs from a cold build of the same content: ${stale.slice(0, 10).join(', ')}`);
    fs.rmSync(coldOut, { recursive: true, force: true });
    console.log(`[${n}] the rebuild equals a cold build of the edited corpus, file for file`);
  }

  const entryPath = '/entries/entry-0/';
  const actorPath = '/actors/actor-1/';
  const types = ['/', '/timeline/', entryPath, actorPath, '/search/'].filter((p) =>
    fs.existsSync(path.join(siteOut, p, 'index.html')),
  );
  const weights = types.map((p) => pageWeight(siteOut, p));
  const largest = largestPage(siteOut);
  fs.rmSync(siteOut, { recursive: true, force: true });
  fs.rmSync(bareOut, { recursive: true, force: true });
  return {
    entries: corpus.entries,
    actors: corpus.actors,
    quotes: corpus.quotes,
    pages,
    site: { ms: site.ms, msPerPage: site.ms / pages, peakRss: site.peakRss, warmMs: siteWarm.ms },
    bare: { ms: bare.ms, msPerPage: bare.ms / barePages, peakRss: bare.peakRss, pages: barePages, warmMs: bareWarm.ms },
    ratio: site.ms / bare.ms,
    warmRatio: siteWarm.ms / bareWarm.ms,
    rebuildMs: rebuild.ms,
    cpu: {
      site: site.cpuMs,
      siteWarm: siteWarm.cpuMs,
      bare: bare.cpuMs,
      bareWarm: bareWarm.cpuMs,
      rebuild: rebuild.cpuMs,
    },
    citationPool: /citations: \d+ rendered ahead[^\n]*/.exec(site.output)?.[0] ?? 'no citation pool',
    largest,
    weights,
  };
}

/** The JS budget of a page type, if it has one: entry and actor pages, and the timeline. */
function jsBudget(page: string): number | undefined {
  return page === '/timeline/'
    ? BUDGET.jsTimeline
    : /^\/(entries|actors)\//.test(page)
      ? BUDGET.jsEntryActor
      : undefined;
}

/** The size budgets a size's build broke, as sentences. */
function sizeBudgetFailures(r: SizeResult): string[] {
  const out: string[] = [];
  if (r.largest.gzip > BUDGET.pageGzip)
    out.push(
      `${r.entries} entries: ${r.largest.page} is ${kb(r.largest.gzip)} of gzip HTML (budget ${kb(BUDGET.pageGzip)})`,
    );
  for (const w of r.weights) {
    if (w.html.gzip > BUDGET.pageGzip)
      out.push(`${r.entries} entries: ${w.page} is ${kb(w.html.gzip)} of gzip HTML (budget ${kb(BUDGET.pageGzip)})`);
    const js = jsBudget(w.page);
    if (js !== undefined && w.js.gzip > js)
      out.push(`${r.entries} entries: ${w.page} loads ${kb(w.js.gzip)} of gzip JS (budget ${kb(js)})`);
  }
  return out;
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const gb = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ok = (pass: boolean) => (pass ? '✓' : '✗');

function table(results: SizeResult[], search: unknown): string {
  const lines: string[] = [];
  lines.push(
    `Machine: ${os.cpus().length} cores, ${gb(os.totalmem())} RAM, Node ${process.version}. Seed ${values.seed}. ${new Date().toISOString().slice(0, 10)}.`,
    '',
  );
  lines.push(
    '| entries | pages | site build, cold | ms/page | peak RSS | bare Astro build, cold | site ÷ bare, cold | site build, warm | bare, warm | site ÷ bare, warm | rebuild (1 entry edited) | largest page (gzip) |',
  );
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of results)
    lines.push(
      `| ${r.entries} | ${r.pages} | ${s(r.site.ms)} | ${r.site.msPerPage.toFixed(1)} | ${gb(r.site.peakRss)} ${ok(r.site.peakRss <= BUDGET.rssBytes)} | ${s(r.bare.ms)} (${r.bare.pages} pages) | ${r.ratio.toFixed(2)}× ${ok(r.ratio <= BUDGET.coldRatio)} | ${s(r.site.warmMs)} | ${s(r.bare.warmMs)} | ${r.warmRatio.toFixed(2)}× ${ok(r.warmRatio <= BUDGET.warmRatio)} | ${s(r.rebuildMs)} ${ok(r.rebuildMs <= r.bare.warmMs)} | ${kb(r.largest.gzip)} ${ok(r.largest.gzip <= BUDGET.pageGzip)} ${r.largest.page} |`,
    );
  lines.push(
    '',
    'CPU time of the same builds (user + system, all threads; less sensitive than wall time to other work on a shared machine):',
    '',
    '| entries | site, cold | bare, cold | site ÷ bare, cold | site, warm | bare, warm | site ÷ bare, warm | rebuild |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.entries} | ${s(r.cpu.site)} | ${s(r.cpu.bare)} | ${(r.cpu.site / r.cpu.bare).toFixed(2)}× | ${s(r.cpu.siteWarm)} | ${s(r.cpu.bareWarm)} | ${(r.cpu.siteWarm / r.cpu.bareWarm).toFixed(2)}× | ${s(r.cpu.rebuild)} |`,
    ),
  );
  lines.push('', ...results.map((r) => `Cold build at ${r.entries} entries: ${r.citationPool}.`));
  const last = results.at(-1)!;
  lines.push(
    '',
    `Bytes per page type at ${last.entries} entries (raw / gzip; JS = loaded before any interaction):`,
    '',
  );
  lines.push('| page | HTML | CSS | JS |', '| --- | ---: | ---: | ---: |');
  for (const w of last.weights) {
    const js = jsBudget(w.page);
    lines.push(
      `| ${w.page} | ${kb(w.html.raw)} / ${kb(w.html.gzip)} ${ok(w.html.gzip <= BUDGET.pageGzip)} | ${kb(w.css.raw)} / ${kb(w.css.gzip)} | ${kb(w.js.raw)} / ${kb(w.js.gzip)}${js ? ` ${ok(w.js.gzip <= js)}` : ''} |`,
    );
  }
  lines.push(
    '',
    "Cold: empty cache folder (a fresh clone). Warm: the cache folder the cold build left (Astro's content data store for both builds; the site also keeps its rendered citations and its incremental-build page copies there), fresh output folder; the warm output is checked byte for byte against the cold one. Rebuild: one entry's title and body edited, same cache.",
    '',
    'Budgets: site ÷ bare ≤ 1.5× cold and ≤ 1.15× warm, a one-entry rebuild ≤ the bare warm build, peak RSS ≤ 3.5 GB, every page ≤ 100 KB gzip HTML, JS ≤ 5 KB gzip on entry/actor pages and ≤ 15 KB on the timeline.',
  );
  if (search)
    lines.push('', '### Search', '', String((search as { markdown?: string }).markdown ?? JSON.stringify(search)));
  return lines.join('\n');
}

const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n));

let search: unknown;
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
if (values.search && !values.smoke && pkg.scripts['bench:search']) {
  console.log('\nrunning npm run bench:search …');
  const run = spawnSync('npm', ['run', '--silent', 'bench:search'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const md = fs.existsSync('bench-results/search.md') ? fs.readFileSync('bench-results/search.md', 'utf8') : run.stdout;
  search = { markdown: md };
}

let lighthouseMd: string | undefined;
if (values.lighthouse && !values.smoke) {
  console.log('\nrunning Lighthouse on the shipped content …');
  lighthouseMd = lighthouseTable(await runLighthouse());
}

const name = values.smoke ? 'smoke' : 'latest';
fs.mkdirSync('bench-results', { recursive: true });
const md =
  table(results, search) +
  (lighthouseMd ? `\n\n### Lighthouse 12.2.3 (desktop preset, shipped content)\n\n${lighthouseMd}` : '');
fs.writeFileSync(`bench-results/${name}.md`, `# Benchmark\n\n${md}\n`);
fs.writeFileSync(
  `bench-results/${name}.json`,
  JSON.stringify({ date: new Date().toISOString(), seed: Number(values.seed), results }, null, 2),
);
console.log('\n' + md);
fs.rmSync(work, { recursive: true, force: true });

// Size budgets fail the run: unlike times, bytes do not depend on the machine. (Times and memory are reported.)
const over = results.flatMap((r) => sizeBudgetFailures(r));
if (over.length > 0) {
  console.error(`\n✗ over budget:\n${over.map((o) => `  ${o}`).join('\n')}`);
  process.exit(1);
}
console.log('\n✓ every page and script within its size budget.');
