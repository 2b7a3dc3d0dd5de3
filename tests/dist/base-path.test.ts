/**
 * The site can be served under a path (Astro's `base`, from BASE_PATH): a real build of a small content folder
 * with `base: '/tracker'` links, loads and cites only addresses under /tracker/, in pages, feeds, data and
 * scripts (src/lib/urls.ts builds them all).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { childEnv } from '../helpers/child-env';

let work: string;
let out: string;

const files = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-base-'));
  out = path.join(work, 'dist');
  const run = spawnSync('node_modules/.bin/astro', ['build'], {
    env: childEnv({
      BASE_PATH: '/tracker',
      TRACKER_CONTENT_DIR: path.resolve('tests/fixtures/valid'),
      TRACKER_OUT_DIR: out,
      TRACKER_CACHE_DIR: path.join(work, 'cache'),
    }),
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`the build under /tracker failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
}, 300_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('every link, form, script and image of every page is under the base', () => {
  const outside: string[] = [];
  let checked = 0;
  for (const file of files(out).filter((f) => f.endsWith('.html')))
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/\b(href|src|action|data-href|data-copy-link)="(\/[^"]*)"/g)) {
      checked++;
      if (!m[2]!.startsWith('/tracker/')) outside.push(`${path.relative(out, file)}: ${m[1]}="${m[2]}"`);
    }
  expect(checked).toBeGreaterThan(100);
  expect(outside).toEqual([]);
});

test('absolute addresses (canonical, feeds, sitemap, data, citations) carry the base once', () => {
  const site = 'http://localhost:4321/';
  const wrong: string[] = [];
  let checked = 0;
  for (const file of files(out).filter((f) => /\.(html|xml|json|txt)$/.test(f)))
    for (const [url] of fs.readFileSync(file, 'utf8').matchAll(/http:\/\/localhost:4321\/[^"'<>\s\\)]*/g)) {
      checked++;
      if (!url.startsWith(`${site}tracker/`) || url.includes('tracker/tracker')) wrong.push(`${path.relative(out, file)}: ${url}`);
    }
  expect(checked).toBeGreaterThan(20);
  expect(wrong).toEqual([]);
});

test('the scripts ask for the search index under the base', () => {
  const scripts = files(path.join(out, '_astro')).filter((f) => f.endsWith('.js'));
  expect(scripts.some((f) => fs.readFileSync(f, 'utf8').includes('/tracker/'))).toBe(true);
});
