/**
 * `npm run bench:search-browser [-- --records 60000 --dist dist --index fragments|whole]`: time to the first search
 * result on a cold page in Debian's Chromium, with the network throttled as DevTools' "Fast 4G" preset (9 Mbit/s
 * down, 1.5 Mbit/s up, 165 ms round trip: DevTools multiplies the preset's 60 ms by 2.75). The built site's
 * /search/ page is served from a copy of `dist/` whose search index holds the synthetic records of
 * `npm run bench:search` (same seed): in fragments (a manifest at /search-index.json, fragments under
 * /search-index/, src/lib/search/fragments.ts), as the build serves a record that large, or `--index whole` (the
 * one payload of before issue 17). A typo'd query of that benchmark is typed into it. Reports the bytes the page
 * transferred before its first result, the requests, and the time from the first keystroke to that result, per
 * query. Figures only: nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveStatic, staticHandler } from '../lib-static-server';
import { generateCorpus } from '../bench-search-corpus';
import { buildRecord } from '../../src/lib/record';
import { buildSearchRecords } from '../../src/lib/search/records';
import { encodePayload } from '../../src/lib/search/payload';
import { splitSearchIndex } from '../../src/lib/search/fragments';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '60000' },
    dist: { type: 'string', default: 'dist' },
    queries: { type: 'string', default: '5' },
    port: { type: 'string', default: '4473' },
    index: { type: 'string', default: 'fragments' },
    http2: { type: 'boolean', default: false },
  },
});
const FAST_4G = { latency: 60 * 2.75, downloadThroughput: (9e6 / 8) * 0.9, uploadThroughput: (1.5e6 / 8) * 0.9 };

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-search-browser-'));
fs.cpSync(values.dist, site, { recursive: true });
const corpus = generateCorpus(Number(values.records), 1, Number(values.queries));
const records = buildSearchRecords(buildRecord(corpus.entries, corpus.actors));
fs.rmSync(path.join(site, 'search-index'), { recursive: true, force: true });
if (values.index === 'whole')
  fs.writeFileSync(path.join(site, 'search-index.json'), JSON.stringify(encodePayload(records)));
else {
  const { manifest, fragments } = splitSearchIndex(records);
  fs.writeFileSync(path.join(site, 'search-index.json'), JSON.stringify(manifest));
  const dir = path.join(site, 'search-index', manifest.dir);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, body] of fragments) fs.writeFileSync(path.join(dir, `${name}.json`), body);
}
const port = Number(values.port);
/**
 * HTTP/1.1 by default (the browser tests' server): Chromium opens at most six connections to a host, so many small
 * requests queue. `--http2` serves the same files over HTTP/2 with TLS (a certificate made for the run), as the
 * hosts the site deploys to do (GitHub Pages, Netlify, Cloudflare Pages): requests share one connection.
 */
async function serve(): Promise<{ close(): void }> {
  if (!values.http2) return serveStatic(site, port);
  const key = path.join(site, '..', `${path.basename(site)}.key`);
  const cert = path.join(site, '..', `${path.basename(site)}.crt`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const server = http2.createSecureServer(
    { key: fs.readFileSync(key), cert: fs.readFileSync(cert), allowHTTP1: true },
    staticHandler(site) as unknown as (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => void,
  );
  fs.rmSync(key);
  fs.rmSync(cert);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
const server = await serve();
const origin = `${values.http2 ? 'https' : 'http'}://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    ...(values.http2 ? ['--ignore-certificate-errors'] : []),
  ],
});
const rows: string[] = [];
try {
  for (const q of corpus.queries) {
    const page = await browser.newPage({ ignoreHTTPSErrors: values.http2 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...FAST_4G });
    // Playwright reports the search worker's requests on its page, with their size on the wire.
    let bytes = 0;
    let requests = 0;
    page.on('requestfinished', (request) => {
      requests++;
      void request.sizes().then((s) => (bytes += s.responseHeadersSize + s.responseBodySize));
    });
    await page.goto(`${origin}/search/`, { waitUntil: 'load' });
    const before = bytes;
    const requestsBefore = requests;
    const started = Date.now();
    await page.locator('input[name="q"]').first().pressSequentially(q.query, { delay: 0 });
    await page.locator('[data-search-results] .result').first().waitFor({ timeout: 120_000 });
    const ms = Date.now() - started;
    const requestsThen = requests - requestsBefore;
    await page.waitForTimeout(500);
    rows.push(
      `| ${q.query} | ${(before / 1024).toFixed(1)} KB | ${((bytes - before) / 1024).toFixed(1)} KB | ${requestsThen} | ${(ms / 1000).toFixed(2)} s |`,
    );
    console.log(rows.at(-1));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(site, { recursive: true, force: true });
}
console.log(
  [
    '',
    `Chromium, "Fast 4G" throttling, cold page (cache disabled), ${Number(values.records).toLocaleString('en')} records, index ${values.index}, ${values.http2 ? 'HTTP/2' : 'HTTP/1.1'}:`,
    '',
    '| query | page load (gzip on the wire) | transferred after the first keystroke, to the first result | requests | first keystroke → first result |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
