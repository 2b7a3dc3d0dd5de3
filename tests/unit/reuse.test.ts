/**
 * The reuse modules (src/lib/reuse): CSV and JSON exports, TimelineJS dates, feed items, page metadata, facets,
 * sitemap. Built on small synthetic records so the hard cases (commas, quotes and line breaks in titles; fuzzy and
 * interval dates; corrections) are always there, whatever the real record holds.
 */
import { describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { entrySchema, type EntryInput } from '../../src/schema';
import { buildRecord, type RecordActor, type RecordEntry } from '../../src/lib/record';
import {
  entriesCsv,
  entriesJson,
  ENTRY_COLUMNS,
  exportDate,
  QUOTE_COLUMNS,
  quotesCsv,
} from '../../src/lib/reuse/exports';
import { timelineDates, timelineJson, TITLE_SLIDE_ID } from '../../src/lib/reuse/timelinejs';
import {
  FEED_LIMIT,
  feedItems,
  feedLinks,
  jsonFeed,
  rssFeed,
  siteFeedSpec,
  subsetFeedSpec,
} from '../../src/lib/reuse/feeds';
import { FACETS, FEED_FACETS, facetValues } from '../../src/lib/facets';
import { rowFacets } from '../../src/lib/timeline';
import { sitemapXml, robotsTxt } from '../../src/lib/reuse/sitemap';
import {
  datasetJsonLd,
  dublinCoreTags,
  homeJsonLd,
  zoteroTags,
  entryJsonLd,
  highwireDate,
  highwireTags,
  jsonLdScript,
  ZOTERO_TYPE,
} from '../../src/lib/reuse/metadata';
import { entryItem } from '../../src/lib/citations/csl';
import { absoluteUrl, DEFAULT_SITE_URL, siteBase } from '../../src/lib/site';
import { inRecordOrder, makeEntry } from '../helpers/record-fixtures';

const SITE = 'https://tracker.example/';

const actors: RecordActor[] = [
  { slug: 'william-barr', data: { name: 'William P. Barr', kind: 'person', aliases: [], roles: [] } },
  { slug: 'us-congress', data: { name: 'U.S. Congress', kind: 'legislature', aliases: [], roles: [] } },
];

function entry(slug: string, overrides: Partial<EntryInput> = {}): RecordEntry {
  return {
    slug,
    data: entrySchema.parse({
      title: `Entry ${slug}`,
      kind: 'letter',
      date: '2019-10-04',
      summary: 'A summary.',
      jurisdictions: ['US', 'UK'],
      actors: [{ actor: 'william-barr', role: 'signatory' }],
      sources: [
        {
          id: 'doc',
          title: 'Doc',
          publisher: 'Pub',
          url: 'https://example.org/doc',
          checked: true,
          seen: 'page',
          accessed: '2026-11-20',
          type: 'primary',
        },
      ],
      document: { title: 'Doc' },
      updated: '2026-11-20',
      ...overrides,
    }),
  };
}

const tricky = 'A title, with a comma, "double quotes"\nand a line break';
const record = buildRecord(
  [
    entry('tricky', {
      title: tricky,
      summary: 'Summary with, commas and "quotes".\r\nSecond line.',
      quotes: [
        { id: 'q1', text: 'He said, "no"\nthen left.', speaker: 'william-barr', source: 'doc' },
        { id: 'q2', text: 'Plain words', speaker: 'william-barr', source: 'doc', locator: 'p. 3' },
      ],
    }),
    entry('law-1994', {
      kind: 'law',
      date: '1994',
      citation: 'Pub. L. 103-414',
      actors: [{ actor: 'us-congress', role: 'author' }],
      status: { state: 'enacted', asOf: '2026-11-20', history: [{ date: '1994', state: 'enacted', source: 'doc' }] },
    }),
    entry('fuzzy', { date: '1993~', jurisdictions: ['FVEY'] }),
    entry('interval', {
      date: '2016-02-16/2016-03-28',
      kind: 'event',
      corrections: [{ date: '2026-11-25', text: 'Fixed the end date.' }],
    }),
    entry('open', { date: '2016-02/..', updated: undefined, kind: 'statement' }),
    entry('undated', { updated: undefined }),
  ],
  actors,
);

describe('CSV (RFC 4180), read back by csv-parse', () => {
  test('entries.csv: a header and one row per entry, every column, commas, quotes and line breaks intact', () => {
    const csv = entriesCsv(record, SITE);
    const rows = parseCsv<Record<string, string>>(csv, { columns: true, relax_column_count: false });
    expect(rows.length).toBe(record.entries.length);
    expect(Object.keys(rows[0]!)).toEqual(ENTRY_COLUMNS.map((c) => c.name));
    const row = rows.find((r) => r.slug === 'tricky')!;
    expect(row.title).toBe(tricky);
    expect(row.summary).toBe('Summary with, commas and "quotes".\r\nSecond line.');
    expect(row.jurisdictions).toBe('US; UK');
    expect(row.actors).toBe('william-barr (signatory)');
    expect(row.url).toBe('https://tracker.example/entries/tricky/');
    const law = rows.find((r) => r.slug === 'law-1994')!;
    expect([law.date_edtf, law.date_start, law.date_end, law.date_precision]).toEqual(['1994', '1994', '', 'year']);
    const interval = rows.find((r) => r.slug === 'interval')!;
    expect([interval.date_start, interval.date_end, interval.corrections]).toEqual(['2016-02-16', '2016-03-28', '1']);
  });

  test('records end in CRLF; line breaks inside fields are quoted', () => {
    const csv = entriesCsv(record, SITE);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(`"A title, with a comma, ""double quotes""\nand a line break"`);
    // Strict parse: a record delimiter of CRLF only, no relaxed quoting.
    const strict = parseCsv(csv, { record_delimiter: '\r\n', relax_quotes: false });
    expect(strict.length).toBe(record.entries.length + 1);
    expect(new Set(strict.map((r: string[]) => r.length))).toEqual(new Set([ENTRY_COLUMNS.length]));
  });

  test('quotes.csv: one row per quote, verbatim text, permalink', () => {
    const rows = parseCsv<Record<string, string>>(quotesCsv(record, SITE), { columns: true });
    expect(rows.length).toBe(2);
    expect(Object.keys(rows[0]!)).toEqual(QUOTE_COLUMNS.map((c) => c.name));
    expect(rows[0]!.text).toBe('He said, "no"\nthen left.');
    expect(rows[0]!.permalink).toBe('https://tracker.example/entries/tricky/#quote-q1');
    expect(rows[0]!.speaker_name).toBe('William P. Barr');
    expect(rows[1]!.locator).toBe('p. 3');
  });
});

describe('JSON exports', () => {
  test('dates at their precision, nulls for missing values, the licence in the header', () => {
    expect(exportDate('2019-07')).toEqual({
      edtf: '2019-07',
      text: 'July 2019',
      start: '2019-07',
      end: null,
      precision: 'month',
      approximate: false,
      uncertain: false,
    });
    expect(exportDate('2016-02/..').end).toBeNull();
    const json = entriesJson(record, SITE);
    expect(json.license.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    const open = json.entries.find((e) => e.slug === 'open')!;
    expect(open.updated).toBeNull();
    expect(open.citation).toBeNull();
    expect(open.cite.bibtex).toBe('https://tracker.example/entries/open.bib');
  });
});

describe('TimelineJS', () => {
  test('a year-only date has only a year; approximate and interval dates get display_date', () => {
    expect(timelineDates('2010')).toEqual({ start_date: { year: 2010 } });
    expect(timelineDates('2019-07')).toEqual({ start_date: { year: 2019, month: 7 } });
    expect(timelineDates('1993~')).toEqual({
      start_date: { year: 1993, display_date: 'c. 1993' },
      display_date: 'c. 1993',
    });
    expect(timelineDates('2016-02-16/2016-03-28')).toEqual({
      start_date: { year: 2016, month: 2, day: 16 },
      end_date: { year: 2016, month: 3, day: 28 },
      display_date: '16 February – 28 March 2016',
    });
    expect(timelineDates('2016-02/..')).toEqual({
      start_date: { year: 2016, month: 2 },
      display_date: 'February 2016 onwards',
    });
  });

  test('one event per entry with its slug as unique_id, escaped text, a credited title slide', () => {
    const t = timelineJson(record.entries, 'Everything', '/timeline/', SITE);
    expect(t.events.map((e) => e.unique_id)).toEqual(record.entries.map((e) => e.slug));
    expect(t.title.unique_id).toBe(TITLE_SLIDE_ID);
    expect(t.title.text.text).toContain('CC BY 4.0');
    const tricky = t.events.find((e) => e.unique_id === 'tricky')!;
    expect(tricky.text.headline).toBe('A title, with a comma, &quot;double quotes&quot;\nand a line break');
    expect(tricky.text.text).toContain('https://tracker.example/entries/tricky/');
  });
});

describe('feeds', () => {
  test('items dated by the last change, corrections flagged, undated entries left out, newest first', () => {
    const items = feedItems(record.entries);
    expect(items.map((i) => i.entry.slug)).not.toContain('open');
    expect(items.map((i) => i.entry.slug)).not.toContain('undated');
    expect(items[0]!.entry.slug).toBe('interval');
    expect(items[0]!.date).toBe('2026-11-25');
    expect(items[0]!.correction?.text).toBe('Fixed the end date.');
    expect(items.slice(1).every((i) => i.date === '2026-11-20' && !i.correction)).toBe(true);
  });

  test('RSS: the channel is dated by its newest item, not the build; items carry dates and links', () => {
    const xml = rssFeed(siteFeedSpec(record.entries), SITE);
    expect(xml).toContain('<lastBuildDate>Wed, 25 Nov 2026 00:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<link>https://tracker.example/entries/interval/</link>');
    expect(xml).toContain('Corrected: Entry interval');
    expect(xml.match(/<item>/g)!.length).toBe(4);
  });

  test('a feed carries the newest FEED_LIMIT changes only', () => {
    const many = inRecordOrder(
      Array.from({ length: FEED_LIMIT + 7 }, (_, i) =>
        makeEntry({ slug: `e${i}`, date: '2019', updated: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }),
      ),
    );
    const feed = JSON.parse(jsonFeed(siteFeedSpec(many), SITE));
    const newest = feedItems(many).slice(0, FEED_LIMIT);
    expect(feed.items).toHaveLength(FEED_LIMIT);
    expect(feed.items.map((i: { url: string }) => i.url)).toEqual(
      newest.map((n) => `https://tracker.example/entries/${n.entry.slug}/`),
    );
    expect(feed.items.at(-1).date_modified >= feedItems(many)[FEED_LIMIT]!.date).toBe(true);
    expect(rssFeed(siteFeedSpec(many), SITE).match(/<item>/g)).toHaveLength(FEED_LIMIT);
  });

  test('JSON Feed 1.1: version, authors, language, item ids that change with each correction', () => {
    const feed = JSON.parse(jsonFeed(siteFeedSpec(record.entries), SITE));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.authors).toEqual([{ name: 'Encryption Policy Tracker', url: SITE }]);
    expect(feed.author).toBeUndefined();
    expect(feed.language).toBe('en');
    expect(feed.feed_url).toBe('https://tracker.example/feed.json');
    expect(feed.items[0].id).toBe('https://tracker.example/entries/interval/#changed-2026-11-25');
    expect(feed.items[0].date_modified).toBe('2026-11-25T00:00:00.000Z');
  });

  test('facet feeds sit beside their page, and pages announce the site feed plus their own', () => {
    const rows = record.entries.map((entry) => ({ entry, facets: rowFacets(entry) }));
    const subsets = FEED_FACETS.flatMap((f) => facetValues(f, rows, (s) => record.actor(s)?.data.name ?? s));
    const barr = subsets.find((s) => s.facet === 'actor' && s.value === 'william-barr')!;
    expect(subsetFeedSpec(barr).rss).toBe('/actors/william-barr/rss.xml');
    expect(subsetFeedSpec(barr).description).toBe(
      `New and corrected entries ${FACETS.actor.feeds!.noun} ${barr.label} in the Encryption Policy Tracker.`,
    );
    expect(subsets.find((s) => s.facet === 'jurisdiction' && s.urlValue === 'fvey')!.href).toBe('/jurisdictions/fvey/');
    expect(feedLinks(barr).map((l) => l.href)).toEqual([
      '/rss.xml',
      '/feed.json',
      '/actors/william-barr/rss.xml',
      '/actors/william-barr/feed.json',
    ]);
    expect(feedLinks().map((l) => l.href)).toEqual(['/rss.xml', '/feed.json']);
  });
});

describe('page metadata', () => {
  const law = record.entry('law-1994')!;
  const item = entryItem(law.slug, law.data, record.actor);

  test('Highwire and Dublin Core describe the original document, typed for Zotero', () => {
    const hw = highwireTags(item, law.data.tags);
    expect(hw).toContainEqual({ name: 'citation_title', content: 'Doc' });
    expect(hw).toContainEqual({ name: 'citation_date', content: '1994' });
    expect(hw).toContainEqual({ name: 'citation_public_url', content: 'https://example.org/doc' });
    expect(zoteroTags(item)).toContainEqual({ name: 'z:itemType', content: 'statute' });
    expect(dublinCoreTags(item).map((t) => t.name)).not.toContain('DC.type');
    expect(highwireDate({ 'date-parts': [[2019, 7, 4]] })).toBe('2019/07/04');
    expect(Object.values(ZOTERO_TYPE)).not.toContain('journalArticle');
  });

  test('JSON-LD: Legislation for a law, a Quotation per quote, Person and Organization nodes', () => {
    const graph = entryJsonLd(law, item, record, SITE)['@graph'] as Array<Record<string, unknown>>;
    expect(graph.find((n) => n['@type'] === 'Legislation')).toMatchObject({
      legislationIdentifier: 'Pub. L. 103-414',
      legislationDate: '1994',
      legislationPassedBy: [{ '@id': 'https://tracker.example/actors/us-congress/#actor' }],
    });
    const tricky = record.entry('tricky')!;
    const g2 = entryJsonLd(tricky, entryItem('tricky', tricky.data, record.actor), record, SITE)['@graph'] as Array<
      Record<string, unknown>
    >;
    expect(g2.filter((n) => n['@type'] === 'Quotation').length).toBe(2);
    expect(g2.find((n) => n['@type'] === 'Message')).toBeDefined();
    expect(g2.find((n) => n['@type'] === 'Person')).toMatchObject({ name: 'William P. Barr' });
  });

  test('feeds: RSS descriptions are escaped HTML ("AT&amp;T"), JSON Feed summaries plain; items have date_published', () => {
    const e = record.entries[0]!;
    const amp = { ...e, data: { ...e.data, summary: 'AT&T and <b>' } };
    const rss = rssFeed(siteFeedSpec([amp]), SITE);
    // No CDATA: the text is escaped for HTML (so readers show it as text), then for XML.
    expect(rss).toContain('<description>AT&amp;amp;T and &amp;lt;b&amp;gt;</description>');
    const feed = JSON.parse(jsonFeed(siteFeedSpec([amp]), SITE));
    expect(feed.items[0].summary).toBe('AT&T and <b>');
    expect(feed.items[0].date_published).toBe(feed.items[0].date_modified);
  });

  test('home and /data/: WebSite and Organization; the record as a Dataset of downloads', () => {
    const home = homeJsonLd(SITE)['@graph'] as Array<Record<string, unknown>>;
    expect(home.map((n) => n['@type'])).toEqual(['WebSite', 'Organization']);
    const data = datasetJsonLd([{ path: '/data/entries.csv', format: 'CSV', what: 'rows' }], record.entries, SITE)[
      '@graph'
    ] as Array<Record<string, unknown>>;
    const dataset = data.find((n) => n['@type'] === 'Dataset')!;
    expect(dataset).toMatchObject({
      url: 'https://tracker.example/data/',
      distribution: [
        { '@type': 'DataDownload', contentUrl: 'https://tracker.example/data/entries.csv', encodingFormat: 'text/csv' },
      ],
    });
  });

  test('an approximate date is not given to schema.org as if exact', () => {
    const fuzzy = record.entry('fuzzy')!;
    const graph = entryJsonLd(fuzzy, entryItem('fuzzy', fuzzy.data, record.actor), record, SITE)['@graph'] as Array<
      Record<string, unknown>
    >;
    expect(graph.find((n) => n['@type'] === 'Message')!.dateSent).toBeUndefined();
  });

  test('JSON-LD cannot close its script element', () => {
    expect(jsonLdScript({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('site address, sitemap, robots', () => {
  test('SITE_URL when set, else the documented default; absolute URLs from site paths', () => {
    expect(siteBase(undefined).href).toBe(DEFAULT_SITE_URL);
    expect(siteBase('https://tracker.example').href).toBe(SITE);
    expect(absoluteUrl('/entries/x/', SITE)).toBe('https://tracker.example/entries/x/');
    expect(absoluteUrl('/entries/x/', 'https://example.org/tracker/')).toBe('https://example.org/tracker/entries/x/');
  });

  test('the sitemap lists pages once, sorted, without the 404 page; robots points at it', () => {
    const xml = sitemapXml(['/b/', '/', '/404.html', '/a/', '/a/'], SITE);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://tracker.example/',
      'https://tracker.example/a/',
      'https://tracker.example/b/',
    ]);
    expect(robotsTxt(SITE)).toContain('Sitemap: https://tracker.example/sitemap.xml');
  });
});
