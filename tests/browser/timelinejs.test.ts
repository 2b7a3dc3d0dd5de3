/**
 * The TimelineJS files, loaded by TimelineJS itself (npm @knight-lab/timelinejs) in Chromium: a copy of its dist/
 * folder is served by a small local server, `script_path` points at it and `font: null`, so nothing is fetched from
 * anywhere else. Every file must render one slide per event (plus the title slide) without an error message —
 * TimelineJS rejects a bad date with `invalid_date_err`.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, offsiteRequests } from '../helpers/browser';
import { DIST } from '../helpers/dist';

let context: BrowserContext;
let close: () => Promise<void>;
let server: http.Server;
let root: string;
let origin: string;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-timelinejs-'));
  fs.cpSync(path.resolve('node_modules/@knight-lab/timelinejs/dist'), path.join(root, 'timelinejs'), {
    recursive: true,
  });
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS check</title>' +
      '<link rel="stylesheet" href="/timelinejs/css/timeline.css"><script src="/timelinejs/js/timeline.js"></script>' +
      '</head><body><div id="timeline-embed" style="width: 1000px; height: 600px"></div></body></html>',
  );
  server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ({ context, close } = await launch());
});

afterAll(async () => {
  await close?.();
  await new Promise((resolve) => server?.close(resolve));
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** Renders one file; returns the slide count and any message TimelineJS showed. */
async function render(page: Page, data: unknown) {
  await page.goto(`${origin}/index.html`);
  return page.evaluate(
    (d) =>
      new Promise<{ slides: number; message: string; loaded: boolean }>((resolve) => {
        const w = window as unknown as {
          TL: {
            Timeline: new (id: string, data: unknown, opts: unknown) => { on: (e: string, f: () => void) => void };
          };
        };
        const done = (loaded: boolean) =>
          resolve({
            slides: document.querySelectorAll('.tl-slide').length,
            message: document.querySelector('.tl-message-content')?.textContent ?? '',
            loaded,
          });
        const timeline = new w.TL.Timeline('timeline-embed', d, { script_path: '/timelinejs/js/', font: null });
        timeline.on('loaded', () => done(true));
        // An invalid file never fires "loaded"; report what it showed instead.
        setTimeout(() => done(false), 10_000);
      }),
    data,
  );
}

function timelineFiles(): string[] {
  const dir = path.join(DIST, 'data', 'timelinejs');
  const out = ['all.json'];
  for (const facet of ['actor', 'jurisdiction', 'kind'])
    for (const f of fs.readdirSync(path.join(dir, facet)).sort()) out.push(`${facet}/${f}`);
  return out;
}

test('every TimelineJS file renders one slide per event, with no error', { timeout: 600_000 }, async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const files = timelineFiles();
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    const data = JSON.parse(fs.readFileSync(path.join(DIST, 'data', 'timelinejs', file), 'utf8')) as {
      events: unknown[];
    };
    const result = await render(page, data);
    expect(result.message, file).not.toMatch(/error|invalid/i);
    expect(result.loaded, file).toBe(true);
    expect(result.slides, file).toBe(data.events.length + 1);
  }
  expect(errors).toEqual([]);
  expect(offsiteRequests(context)).toEqual([]);
  await page.close();
});

test('a broken date is caught: TimelineJS reports invalid_date_err rather than rendering it', async () => {
  const page = await context.newPage();
  const reported: string[] = [];
  page.on('pageerror', (e) => reported.push(e.message));
  page.on('console', (m) => reported.push(m.text()));
  const result = await render(page, {
    events: [{ unique_id: 'x', start_date: { year: 'nineteen' }, text: { headline: 'Bad', text: '' } }],
  });
  expect(result.loaded).toBe(false);
  expect(result.slides).toBe(0);
  expect([result.message, ...reported].join('\n')).toMatch(/invalid_date_err|Invalid date/);
  await page.close();
});
