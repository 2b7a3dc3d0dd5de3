/**
 * Content as untrusted input, in real builds (issue 14):
 * - every page of the built site carries the Content-Security-Policy and the referrer policy, and no inline event
 *   handler or `javascript:` address;
 * - `npm run build` never leaves a half site: a content error (printed without a stack trace) or a build killed half
 *   way leaves the previous output folder exactly as it was; a good build replaces it;
 * - the caches cannot outlive the content that made them: a build with a warm cache writes exactly what a cold one
 *   writes, also after an entry was changed and changed back.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CSP_DIRECTIVES, REFERRER_POLICY } from '../../src/lib/untrusted/csp';
import { build, tree, treeDiff } from '../helpers/build';
import { DIST, htmlFiles } from '../helpers/dist';
import { hostileContent } from '../helpers/hostile';

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tmp = (name: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), `ept-${name}-`));
  made.push(d);
  return d;
};

// The dist tests run after a build: a missing dist/ fails them rather than skipping this.
describe('the Content-Security-Policy', () => {
  test('is on every page, with the site’s directives and hashes, and no page has an inline handler', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const html = fs.readFileSync(file, 'utf8');
      const rel = path.relative(DIST, file);
      const metas = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/g) ?? [];
      expect(metas, rel).toHaveLength(1);
      const policy = /content="([^"]*)"/.exec(metas[0]!)![1]!;
      for (const d of CSP_DIRECTIVES) expect(policy, rel).toContain(d);
      expect(policy, rel).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(policy, rel).not.toContain('unsafe-inline');
      expect(policy, rel).not.toContain('unsafe-eval');
      // The policy comes before any script that runs (JSON-LD is data) and any style, so it applies to all of them.
      expect(html.indexOf('content-security-policy'), rel).toBeLessThan(html.search(/<script(?![^>]*application\/ld\+json)|<style|<link rel="stylesheet"/));
      expect(html, rel).toContain(`<meta name="referrer" content="${REFERRER_POLICY}">`);
      // No inline event handlers and no javascript: addresses anywhere in the markup.
      expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? [], rel).toEqual([]);
      expect(html.match(/(?:href|src|action)\s*=\s*["']?\s*javascript:/gi) ?? [], rel).toEqual([]);
    }
  });
});

describe('npm run build never leaves a half site', () => {
  const out = () => path.join(tmp('swap'), 'dist');
  const previousSite = (dir: string) => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), 'the previous build');
  };

  test('broken content: the report, no stack trace, the previous output untouched', () => {
    const dist = out();
    previousSite(dist);
    const run = build({ content: hostileContent('body-script', 'yaml-alias-bomb'), out: dist });
    expect(run.status).toBe(1);
    expect(run.output).toContain('The content has problems; nothing was built');
    expect(run.output).toMatch(/hostile-body-script\.mdx:21:1 {2}<script> {2}the HTML tag <script> is not allowed/);
    expect(run.output).toMatch(/hostile-yaml-alias-bomb\.mdx:2:5 {2}\(yaml\) {2}the anchor &a0 is not allowed/);
    expect(run.output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
    expect([...tree(dist).keys()]).toEqual(['index.html']);
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  }, 120_000);

  test('a build killed half way leaves the previous output; the next build cleans up and replaces it', async () => {
    const dist = out();
    previousSite(dist);
    const content = hostileContent();
    made.push(content);
    // The build in a process group of its own, so the whole group (the script and Astro) can be killed.
    const child = spawn('node_modules/.bin/tsx', ['scripts/build.ts'], {
      env: { ...process.env, TRACKER_CONTENT_DIR: content, TRACKER_OUT_DIR: dist, TRACKER_CACHE_DIR: tmp('cache') },
      detached: true,
      stdio: 'ignore',
    });
    const parent = path.dirname(dist);
    const building = () => fs.readdirSync(parent).find((n) => n.startsWith('dist.building-'));
    const started = Date.now();
    while (Date.now() - started < 120_000) {
      const b = building();
      if (b && fs.existsSync(path.join(parent, b)) && fs.readdirSync(path.join(parent, b)).length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(building(), 'the build started writing').toBeDefined();
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('the previous build');
    expect([...tree(dist).keys()]).toEqual(['index.html']);

    const run = build({ content, out: dist });
    expect(run.status, run.output).toBe(0);
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain('Encryption Policy Tracker');
    expect(fs.readdirSync(parent), 'no half-built folder left').toEqual(['dist']);
  }, 300_000);
});

describe('the caches cannot outlive the content that made them', () => {
  test('warm builds write exactly what a cold build writes, also after an entry is changed and changed back', () => {
    const content = hostileContent();
    made.push(content);
    const cache = tmp('cache');
    const cold = path.join(tmp('cold'), 'dist');
    const warm = path.join(tmp('warm'), 'dist');
    const edited = path.join(tmp('edited'), 'dist');
    const reverted = path.join(tmp('reverted'), 'dist');

    expect(build({ content, out: cold, cache, astro: true }).status).toBe(0);
    expect(build({ content, out: warm, cache, astro: true }).status).toBe(0);
    expect(treeDiff(tree(cold), tree(warm))).toEqual([]);

    // An edit (body and title) builds a different page with the same cache…
    const file = path.join(content, 'entries', '2019', 'fixture-open-letter.mdx');
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(
      file,
      original
        .replace('title: "Fixture: open letter"', 'title: "Fixture: open letter, edited"')
        .replace(/\n$/, '\n\nAn added paragraph of the edited body.\n'),
    );
    expect(build({ content, out: edited, cache, astro: true }).status).toBe(0);
    expect(fs.readFileSync(path.join(edited, 'entries', 'fixture-open-letter', 'index.html'), 'utf8')).toContain(
      'An added paragraph of the edited body.',
    );
    // …and reverting it gives back exactly the cold build: nothing of the edit survives in the cache.
    fs.writeFileSync(file, original);
    expect(build({ content, out: reverted, cache, astro: true }).status).toBe(0);
    expect(treeDiff(tree(cold), tree(reverted))).toEqual([]);
  }, 600_000);
});
