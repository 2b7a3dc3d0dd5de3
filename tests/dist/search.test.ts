/**
 * Search in the built site: the index endpoint holds the whole record, every page has the header search form
 * (a plain GET form to /search/), /search/ explains itself without JavaScript, and the script every page loads
 * before search is used stays within its budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { decodePayload, type SearchPayload } from '../../src/lib/search/payload';
import { fragmented, isManifest } from '../../src/lib/search/fragments';
import { validateContent } from '../../src/lib/validate';
import { DIST, htmlFiles, page } from '../helpers/dist';

/** Gzipped bytes of JavaScript a page runs before anyone uses search (its module scripts and their static imports). */
const INITIAL_JS_BUDGET = 3 * 1024;

const record = validateContent(contentDir());

describe('/search-index.json', () => {
  const file = path.join(DIST, 'search-index.json');

  test('exists and unpacks', () => {
    expect(fs.existsSync(file)).toBe(true);
    expect(() => decodePayload(JSON.parse(fs.readFileSync(file, 'utf8')) as SearchPayload)).not.toThrow();
  });

  test('a record this small is served whole: one file, no fragments (issue 17 splits from 5 000 records)', () => {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as SearchPayload;
    expect(isManifest(json)).toBe(false);
    expect(fragmented(decodePayload(json))).toBe(false);
    expect(fs.existsSync(path.join(DIST, 'search-index'))).toBe(false);
  });

  test('contains every entry, quote and actor of the record, with their words', () => {
    const index = decodePayload(JSON.parse(fs.readFileSync(file, 'utf8')) as SearchPayload);
    const entries = new Map(index.entries.map((e) => [e.url, e]));
    const quotes = new Map(index.quotes.map((q) => [q.url, q]));
    const actors = new Map(index.actors.map((a) => [a.url, a]));
    expect(entries.size).toBe(record.entries.length);
    expect(actors.size).toBe(record.actors.length);
    expect(quotes.size).toBe(record.entries.reduce((n, e) => n + e.data.quotes.length, 0));
    for (const e of record.entries) {
      expect(entries.get(`/entries/${e.slug}/`)?.title, e.slug).toBe(e.data.title);
      for (const q of e.data.quotes) expect(quotes.get(`/entries/${e.slug}/#quote-${q.id}`)?.text, q.id).toBe(q.text);
    }
    for (const a of record.actors) expect(actors.get(`/actors/${a.slug}/`)?.name, a.slug).toBe(a.data.name);
  });

  test('every address it gives is a page of the site, and every quote address an anchor on it', () => {
    const index = decodePayload(JSON.parse(fs.readFileSync(file, 'utf8')) as SearchPayload);
    for (const q of index.quotes) {
      const [pagePath, hash] = q.url.split('#') as [string, string];
      expect(page(pagePath)(`#${hash}`).length, q.url).toBe(1);
    }
    for (const a of index.actors) expect(fs.existsSync(path.join(DIST, a.url, 'index.html')), a.url).toBe(true);
  });
});

describe('the header search form', () => {
  const files = htmlFiles().filter((f) => !f.startsWith(path.join(DIST, 'search') + path.sep));

  test('is on every page but /search/: GET to /search/, with a labelled box named q', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const $ = page(`/${path.relative(DIST, file)}`.replace(/index\.html$/, ''));
      const form = $('header form[role="search"]');
      expect(form.length, file).toBe(1);
      expect(form.attr('action')).toBe('/search/');
      expect(form.attr('method')).toBe('get');
      const input = form.find('input[name="q"]');
      expect(input.length, file).toBe(1);
      expect(form.find(`label[for="${input.attr('id')}"]`).text().trim(), file).not.toBe('');
    }
    // Reads every built page: minutes on a large build.
  }, 600_000);

  test('/search/ has its own form instead, with the syntax help under it', () => {
    const $ = page('/search/');
    expect($('header form[role="search"]').length).toBe(0);
    const form = $('main form[role="search"]');
    expect(form.attr('action')).toBe('/search/');
    const input = form.find('input[name="q"]');
    expect($(`label[for="${input.attr('id')}"]`).text().trim()).not.toBe('');
    const help = $(`#${input.attr('aria-describedby')}`);
    expect(help.text()).toMatch(/Misspellings are forgiven/);
    for (const op of ['kind:', 'actor:', 'jurisdiction:', 'year:', 'from:', '"'])
      expect($('.search-help').text(), op).toContain(op);
  });
});

test('without JavaScript, /search/ says search needs it and links to the pages that browse the record', () => {
  const $ = page('/search/');
  const noscript = $('noscript').html() ?? '';
  expect(noscript).toMatch(/Search needs JavaScript/);
  const links = [...noscript.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
  for (const href of ['/timeline/', '/actors/', '/kinds/', '/jurisdictions/', '/tags/']) {
    expect(links).toContain(href);
    expect(fs.existsSync(path.join(DIST, href, 'index.html')), href).toBe(true);
  }
});

test(`the search box's script is at most ${INITIAL_JS_BUDGET} bytes (gzip) with its imports, and none of the engine`, () => {
  const closure = (rel: string, seen = new Set<string>()) => {
    const file = path.join(DIST, rel);
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    // Static imports only: `import(...)` loads on first use.
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g))
      closure(path.join(path.dirname(rel), m[1]!), seen);
    return seen;
  };
  for (const url of ['/', '/actors/', `/entries/${record.entries[0]!.slug}/`]) {
    const $ = page(url);
    const scripts = $('script[type="module"][src]')
      .map((_, el) => $(el).attr('src')!.replace(/^\//, ''))
      .get()
      .filter((src) => fs.readFileSync(path.join(DIST, src), 'utf8').includes('data-search-box'));
    expect(scripts, url).toHaveLength(1);
    const files = closure(scripts[0]!);
    expect(files.size, 'it imports the shortcut module').toBeGreaterThan(1);
    const code = [...files].map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    expect(gzipSync(code).length, url).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
    expect(code, 'no engine or index before first use').not.toMatch(/useTokenSearch|search-index\.json/);
  }
});
