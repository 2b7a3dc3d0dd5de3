/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 (desktop preset) with Debian's Chromium on home, timeline, an entry,
 * search, a dossier and the jurisdictions map (where the content has them), over a fresh build of the shipped content served by `astro preview`. Lighthouse exits 0 whatever the
 * scores, so the scores are read from its result and reported (bench-results/lighthouse.md/.json).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { measure } from './measure';
import { serveStatic } from '../lib-static-server';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4390);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRow {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  failing: string[];
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url}`);
}

export async function runLighthouse(outDir?: string): Promise<LighthouseRow[]> {
  const astro = path.resolve('node_modules/.bin/astro');
  const dist = outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ept-lh-'));
  if (!outDir) {
    const build = await measure(astro, ['build'], {
      env: { TRACKER_OUT_DIR: dist, TRACKER_CACHE_DIR: `${dist}-cache` },
    });
    if (build.code !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
  }
  const entry = fs
    .readdirSync(path.join(dist, 'entries'))
    .filter((f) => !f.includes('.'))
    .sort()[0];
  const dossiersDir = path.join(dist, 'dossiers');
  const dossier = fs.existsSync(dossiersDir)
    ? fs
        .readdirSync(dossiersDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()[0]
    : undefined;
  const pages = [
    '/',
    '/timeline/',
    `/entries/${entry}/`,
    '/search/',
    ...(dossier ? [`/dossiers/${dossier}/`] : []),
    '/jurisdictions/',
  ].filter((p) => fs.existsSync(path.join(dist, p, 'index.html')));
  const server = await serveStatic(dist, PORT);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    await waitFor(`http://127.0.0.1:${PORT}/`, 60_000);
    const rows: LighthouseRow[] = [];
    for (const page of pages) {
      const result = await lighthouse(
        `http://127.0.0.1:${PORT}${page}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        desktopConfig,
      );
      const lhr = result!.lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as LighthouseRow['scores'];
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => a.id);
      rows.push({ page, scores, failing });
      console.log(
        `${page}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}${failing.length ? ` (below 1: ${failing.join(', ')})` : ''}`,
      );
    }
    return rows;
  } finally {
    chrome.kill();
    server.close();
    if (!outDir) fs.rmSync(dist, { recursive: true, force: true });
  }
}

export function lighthouseTable(rows: LighthouseRow[]): string {
  const lines = [
    '| page | performance | accessibility | best practices | SEO | audits below 1 |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.page} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.failing.join(', ') || '—'} |`,
    );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runLighthouse(process.argv[2]);
  fs.mkdirSync('bench-results', { recursive: true });
  const md = `Lighthouse 12.2.3, desktop preset, Debian Chromium, ${new Date().toISOString().slice(0, 10)}:\n\n${lighthouseTable(rows)}\n`;
  fs.writeFileSync('bench-results/lighthouse.md', md);
  fs.writeFileSync('bench-results/lighthouse.json', JSON.stringify(rows, null, 2));
  console.log('\n' + md);
}
