/** Every internal link and fragment in the built site resolves (linkinator over dist/, offsite links not fetched). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkLinks, reason, sitePath } from '../../scripts/check-links';
import { DIST } from '../helpers/dist';

test('no broken internal link or fragment anywhere in the site', { timeout: 180_000 }, async () => {
  const report = await checkLinks(DIST);
  expect(report.checked).toBeGreaterThan(100);
  expect(report.broken.map((b) => `${sitePath(b.parent, DIST)} → ${sitePath(b.url, DIST)} (${reason(b)})`)).toEqual(
    [],
  );
});

test('the checker finds a missing page, a missing fragment and a bad link to the site’s own address', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-links-'));
  const html = (body: string) => `<!doctype html><html lang="en"><title>t</title><body>${body}</body></html>`;
  fs.mkdirSync(path.join(dir, 'a'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    html(
      '<a href="/a/">ok</a> <a href="/a/#here">ok</a> <a href="/missing/">bad</a> <a href="/a/#nowhere">bad</a>' +
        '<a href="https://example.org/">offsite, skipped</a> <a href="https://site.test/a/">own address, ok</a>' +
        '<a href="https://site.test/gone/">own address, bad</a>',
    ),
  );
  fs.writeFileSync(path.join(dir, 'a', 'index.html'), html('<p id="here">here</p>'));
  try {
    const report = await checkLinks(dir, 'https://site.test/');
    expect(report.broken.map((b) => `${sitePath(b.url, dir)} (${reason(b)})`).sort()).toEqual([
      '/a/#nowhere (the page has no element with this id)',
      '/gone/ (HTTP 404)',
      '/missing/ (HTTP 404)',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
