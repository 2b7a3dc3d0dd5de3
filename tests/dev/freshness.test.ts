/**
 * `astro dev` is always fresh: the record and everything derived from it (citations, view models) are memoised
 * per snapshot of the collections (src/data/content.ts), never in a module that outlives an edit. This starts the
 * dev server on a copy of a small content folder, edits an entry's title, and waits for the new title to show on
 * the entry's page, in its heading and in its "Cite this" citations, and on the timeline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { load } from 'cheerio';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { childEnv } from '../helpers/child-env';

const ENTRY = 'entries/2019/fixture-open-letter.mdx';
const PAGE = '/entries/fixture-open-letter/';

let work: string;
let server: ChildProcess | undefined;
let output = '';

/** Where the server says it listens (Vite moves to another port when the one asked for is taken). */
function serverAddress(): string {
  // Astro colours its log when CI is set (picocolors reads `CI`), so the address sits between colour codes.
  // eslint-disable-next-line no-control-regex
  const m = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
  if (!m) throw new Error('astro dev has not said where it listens yet');
  return m[1]!;
}

async function get(urlPath: string): Promise<string> {
  const res = await fetch(serverAddress() + urlPath);
  if (!res.ok) throw new Error(`GET ${urlPath}: HTTP ${res.status}`);
  return res.text();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls until `check` passes (the dev server reloads content a moment after a file changes). */
async function eventually(check: () => Promise<void>, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw new Error(`${String(e)}\n--- astro dev said:\n${output.slice(-3000)}`, { cause: e });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-dev-'));
  fs.cpSync(path.resolve('tests/fixtures/valid'), path.join(work, 'content'), { recursive: true });
  const port = await freePort();
  server = spawn(
    path.resolve('node_modules/.bin/astro'),
    ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: childEnv({
        TRACKER_CONTENT_DIR: path.join(work, 'content'),
        TRACKER_CACHE_DIR: path.join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      }),
      // Its own process group, so the server and its workers stop together.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.on('data', (d: Buffer) => (output += String(d)));
  server.stderr!.on('data', (d: Buffer) => (output += String(d)));
  // Ask only once the content is synced: a page asked for earlier is answered from empty collections, and Astro
  // keeps that answer (its route cache) until the content next changes.
  await eventually(async () => {
    if (!output.includes('watching for file changes')) throw new Error('astro dev is not ready yet');
    await get(PAGE);
  }, 120_000);
}, 150_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('an edited title shows at once in the page, its citations and the timeline', { timeout: 120_000 }, async () => {
  const before = load(await get(PAGE));
  expect(before('h1').text()).toBe('Fixture: open letter');
  expect(before('#cite-via-apa').text()).toContain('Fixture: open letter');
  expect(before('#cite-via-apa').text()).not.toContain('edited');

  const file = path.join(work, 'content', ENTRY);
  fs.writeFileSync(
    file,
    fs.readFileSync(file, 'utf8').replace('title: "Fixture: open letter"', 'title: "Fixture: open letter, edited"'),
  );

  await eventually(async () => {
    const $ = load(await get(PAGE));
    expect($('h1').text()).toBe('Fixture: open letter, edited');
    // MLA and Chicago title-case the title: compare without case.
    for (const style of ['apa', 'mla', 'chicago'])
      expect($(`#cite-via-${style}`).text().toLowerCase(), style).toContain('fixture: open letter, edited');
  });
  const timeline = load(await get('/timeline/'));
  expect(timeline(`a.title[href="${PAGE}"]`).text()).toBe('Fixture: open letter, edited');
  // The other entry links to the edited one by its title.
  const other = load(await get('/entries/fixture-press-release/'));
  expect(other('.pager').text()).toContain('Fixture: open letter, edited');
});
