/**
 * The open data, feeds and sitemap in the built site, read by real consumers: csv-parse, ajv against the
 * published JSON Schemas, xmllint (Debian's libxml2-utils) for well-formedness, rss-parser for every feed item's
 * date and link. Expected counts come from the record, not from the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import Parser from 'rss-parser';
import { contentDir } from '../../src/lib/content-dir';
import { validateContent } from '../../src/lib/validate';
import { buildRecord } from '../../src/lib/record';
import { precisionOf } from '../../src/lib/dates';
import { ENTRY_COLUMNS, QUOTE_COLUMNS } from '../../src/lib/reuse/exports';
import { FEED_LIMIT, feedItems } from '../../src/lib/reuse/feeds';
import { feedUrls } from '../../src/lib/urls';
import { DATA_FILES, SCHEMA_FILES } from '../../src/lib/reuse/catalogue';
import { DIST, page } from '../helpers/dist';

const validated = validateContent(contentDir());
const record = buildRecord(validated.entries, validated.actors);
/**
 * Every actor, jurisdiction and kind that entries name, read from the content: each has feeds beside its page and
 * a TimelineJS file. Jurisdiction codes are lower case in URLs.
 */
const subsets = [
  ...record.actors.map((a) => ({
    facet: 'actor',
    value: a.slug,
    page: `/actors/${a.slug}/`,
    entries: record.entries.filter((e) => e.data.actors.some((x) => x.actor === a.slug)),
  })),
  ...[...new Set(record.entries.flatMap((e) => e.data.jurisdictions))].map((code) => ({
    facet: 'jurisdiction',
    value: code.toLowerCase(),
    page: `/jurisdictions/${code.toLowerCase()}/`,
    entries: record.entries.filter((e) => e.data.jurisdictions.includes(code)),
  })),
  ...[...new Set(record.entries.map((e) => e.data.kind))].map((kind) => ({
    facet: 'kind',
    value: kind,
    page: `/kinds/${kind}/`,
    entries: record.entries.filter((e) => e.data.kind === kind),
  })),
].filter((s) => s.entries.length > 0);
const SITE = page('/')('link[rel="canonical"]').attr('href')!;
const read = (p: string) => fs.readFileSync(path.join(DIST, p.replace(/^\//, '')), 'utf8');
const json = (p: string) => JSON.parse(read(p));

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const schema = (name: string) => ajv.compile(json(`/data/schemas/${name}.schema.json`));

function xmllint(file: string): { ok: boolean; message: string } {
  const run = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
  if (run.error)
    throw new Error(`xmllint is missing (${run.error.message}): apt-get install libxml2-utils, as .ci/run does`);
  return { ok: run.status === 0, message: run.stderr };
}

describe('JSON files, checked against their published JSON Schemas', () => {
  test('entries.json: valid, one object per entry, in record order', () => {
    const data = json('/data/entries.json');
    const validate = schema('entries');
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data.entries.map((e: { slug: string }) => e.slug)).toEqual(record.entries.map((e) => e.slug));
    expect(data.license.url).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  test('actors.json: valid, one object per actor', () => {
    const data = json('/data/actors.json');
    const validate = schema('actors');
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data.actors.length).toBe(record.actors.length);
  });
});

describe('CSV files, read by csv-parse', () => {
  test('entries.csv: a header row and one row per entry, every column', () => {
    const rows = parseCsv(read('/data/entries.csv'), { record_delimiter: '\r\n' });
    expect(rows[0]).toEqual(ENTRY_COLUMNS.map((c) => c.name));
    expect(rows.length - 1).toBe(record.entries.length);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([ENTRY_COLUMNS.length]));
    const titles = rows.slice(1).map((r) => r[2]);
    expect(titles).toEqual(record.entries.map((e) => e.data.title));
  });

  test('quotes.csv: one row per quote, the text verbatim', () => {
    const rows = parseCsv<Record<string, string>>(read('/data/quotes.csv'), { columns: true, record_delimiter: '\r\n' });
    const quotes = record.entries.flatMap((e) => e.data.quotes);
    expect(rows.length).toBe(quotes.length);
    expect(Object.keys(rows[0]!)).toEqual(QUOTE_COLUMNS.map((c) => c.name));
    expect(rows.map((r) => r.text)).toEqual(quotes.map((q) => q.text));
  });
});

describe('TimelineJS files', () => {
  const validate = schema('timelinejs');
  const files = [
    { file: '/data/timelinejs/all.json', entries: record.entries },
    ...subsets.map((s) => ({ file: `/data/timelinejs/${s.facet}/${s.value}.json`, entries: s.entries })),
  ];

  test('one file for the record and for every actor, jurisdiction and kind; each valid, one event per entry', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const { file, entries } of files) {
      const data = json(file);
      expect(validate(data) ? [] : validate.errors, file).toEqual([]);
      expect(data.events.map((e: { unique_id: string }) => e.unique_id), file).toEqual(entries.map((e) => e.slug));
    }
  });

  test('dates only to their known precision; display_date for approximate, uncertain and interval dates', () => {
    const events = json('/data/timelinejs/all.json').events as Array<{
      unique_id: string;
      start_date: { month?: number; day?: number };
      display_date?: string;
    }>;
    for (const e of record.entries) {
      const ev = events.find((x) => x.unique_id === e.slug)!;
      const precision = precisionOf(e.data.date);
      expect(ev.start_date.month === undefined, e.slug).toBe(precision === 'year');
      expect(ev.start_date.day === undefined, e.slug).toBe(precision !== 'day');
      const fuzzy = /[~?]|\//.test(e.data.date);
      expect(ev.display_date !== undefined, e.slug).toBe(fuzzy);
    }
  });
});

describe('feeds', () => {
  const parser = new Parser();
  const feeds = [
    { page: '/', rss: '/rss.xml', json: '/feed.json', entries: record.entries },
    ...subsets.map((s) => ({ page: s.page, ...feedUrls(s.page), entries: s.entries })),
  ];

  test('RSS 2.0: well-formed (xmllint); every item has a date and a link to its entry', { timeout: 120_000 }, async () => {
    for (const f of feeds) {
      const lint = xmllint(path.join(DIST, f.rss));
      expect(lint.ok, `${f.rss}: ${lint.message}`).toBe(true);
      const feed = await parser.parseString(read(f.rss));
      const expected = feedItems(f.entries).slice(0, FEED_LIMIT);
      expect(feed.items.length, f.rss).toBe(expected.length);
      feed.items.forEach((item, i) => {
        expect(item.isoDate, f.rss).toBe(`${expected[i]!.date}T00:00:00.000Z`);
        expect(item.link, f.rss).toBe(`${SITE}entries/${expected[i]!.entry.slug}/`);
      });
      expect(feed.link).toBe(`${SITE}${f.page.slice(1)}`);
    }
  });

  test('RSS descriptions are HTML with no raw ampersand (the W3C feed validator flags one)', () => {
    let ampersands = 0;
    for (const f of feeds)
      for (const [, xml] of read(f.rss).matchAll(/<item>[\s\S]*?<description>([\s\S]*?)<\/description>/g)) {
        // The feed writes no CDATA (the untrusted-content issue): the element's text, XML-decoded once, is the HTML.
        expect(xml, f.rss).not.toContain('<![CDATA[');
        const description = xml!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
        expect(description, f.rss).not.toMatch(/&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);)/i);
        expect(description, f.rss).not.toMatch(/[<>]/);
        if (description.includes('&amp;')) ampersands++;
      }
    // The record has summaries with "&" (AT&T): they are there, escaped.
    if (record.entries.some((e) => e.data.summary.includes('&'))) expect(ampersands).toBeGreaterThan(0);
  });

  test('JSON Feed 1.1: version, items with id, url, date_published and date_modified', () => {
    for (const f of feeds) {
      const feed = json(f.json);
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.feed_url).toBe(`${SITE}${f.json.slice(1)}`);
      const expected = feedItems(f.entries).slice(0, FEED_LIMIT);
      expect(feed.items.map((i: { url: string }) => i.url)).toEqual(expected.map((e) => `${SITE}entries/${e.entry.slug}/`));
      for (const item of feed.items) {
        expect(item.id).toMatch(/#changed-\d{4}-\d{2}-\d{2}$/);
        expect(item.date_modified).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
        // Each item is a change published that day.
        expect(item.date_published).toBe(item.date_modified);
      }
    }
  });

  test('actor, jurisdiction and kind pages announce their own feeds (when the page exists)', () => {
    let checked = 0;
    for (const s of subsets) {
      if (!fs.existsSync(path.join(DIST, s.page.slice(1), 'index.html'))) continue;
      const $ = page(s.page);
      const { rss, json: jsonPath } = feedUrls(s.page);
      expect($(`link[rel="alternate"][type="application/rss+xml"][href="${rss}"]`).length, s.page).toBe(1);
      expect($(`link[rel="alternate"][type="application/feed+json"][href="${jsonPath}"]`).length, s.page).toBe(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(record.actors.length / 2);
  });

  test('the same pages link their feeds visibly: "Follow this actor: RSS · JSON Feed", to files that exist', () => {
    let checked = 0;
    for (const s of subsets) {
      if (!fs.existsSync(path.join(DIST, s.page.slice(1), 'index.html'))) continue;
      const $ = page(s.page);
      const { rss, json: jsonPath } = feedUrls(s.page);
      const follow = $('main p.follow');
      expect(follow.length, s.page).toBe(1);
      expect(follow.text().replace(/\s+/g, ' ').trim(), s.page).toMatch(/^Follow this (actor|jurisdiction|kind): RSS · JSON Feed$/);
      expect(follow.find(`a[href="${rss}"]`).text(), s.page).toBe('RSS');
      expect(follow.find(`a[href="${jsonPath}"]`).text(), s.page).toBe('JSON Feed');
      for (const f of [rss, jsonPath]) expect(fs.existsSync(path.join(DIST, f.slice(1))), f).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(record.actors.length / 2);
  });
});

describe('sitemap and robots', () => {
  test('sitemap.xml is well-formed and lists every entry and actor page, never the 404 page', () => {
    expect(xmllint(path.join(DIST, 'sitemap.xml')).ok).toBe(true);
    const locs = [...read('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const e of record.entries) expect(locs).toContain(`${SITE}entries/${e.slug}/`);
    for (const a of record.actors) expect(locs).toContain(`${SITE}actors/${a.slug}/`);
    expect(locs).toContain(`${SITE}data/`);
    expect(locs.some((l) => l!.includes('404'))).toBe(false);
  });

  test('robots.txt points at the sitemap', () => {
    expect(read('/robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });
});

describe('the /data/ page', () => {
  const $ = page('/data/');

  test('links every file and schema, and documents every CSV column and the licence', () => {
    for (const f of [...DATA_FILES, ...SCHEMA_FILES]) {
      expect($(`a[href="${f.path}"]`).length, f.path).toBeGreaterThan(0);
      expect(fs.existsSync(path.join(DIST, f.path.slice(1))), f.path).toBe(true);
    }
    const text = $('main').text();
    for (const c of [...ENTRY_COLUMNS, ...QUOTE_COLUMNS]) expect(text, c.name).toContain(c.name);
    expect($('a[href="https://creativecommons.org/licenses/by/4.0/"]').length).toBeGreaterThan(0);
    expect($('#timelinejs-guide').length).toBe(1);
  });

  test('links a TimelineJS file for every actor, jurisdiction and kind', () => {
    for (const s of subsets)
      expect($(`.facet-files a[href="/data/timelinejs/${s.facet}/${s.value}.json"]`).length, s.value).toBe(1);
  });
});
