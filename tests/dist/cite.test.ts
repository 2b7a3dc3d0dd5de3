/**
 * "Cite this" in the built site, checked by the programs that will read it: every entry and quote shows the three
 * styles the CSL processor renders; every download exists beside (not instead of) its page and is read without
 * error by Better BibTeX's parser, astrocite-ris and the CSL-JSON schema, and renders through the CSL processor to
 * exactly the text the page shows; html-metadata reads the citation_* tags; the JSON-LD uses only schema.org types
 * and properties (@adobe/structured-data-validator); every page has a canonical URL; archived copies are linked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import htmlMetadata from 'html-metadata';
import Validator from '@adobe/structured-data-validator';
import { contentDir } from '../../src/lib/content-dir';
import { validateContent } from '../../src/lib/validate';
import { buildRecord } from '../../src/lib/record';
import { bibliographyItems, downloadItems } from '../../src/lib/citations';
import { renderStyleText } from '../../src/lib/citations/render';
import type { CslItem } from '../../src/lib/citations/csl';
import { ZOTERO_TYPE } from '../../src/lib/reuse/metadata';
import { RIS_TYPE } from '../../src/lib/citations/formats';
import { DIST, htmlFiles, page } from '../helpers/dist';
import { referenceSchema, schemasPresent } from '../helpers/reference';

const validated = validateContent(contentDir());
const record = buildRecord(validated.entries, validated.actors);
/** The address the site was built for, as its home page states it. */
const SITE = page('/')('link[rel="canonical"]').attr('href')!;
const read = (p: string) => fs.readFileSync(path.join(DIST, p), 'utf8');

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateCsl = schemasPresent ? ajv.compile(referenceSchema('csl-data.json') as object) : undefined;

test('the site address is absolute', () => {
  expect(new URL(SITE).href).toBe(SITE);
});

/**
 * The source an entry is cited through, read from the content as the methodology states the rule: its first primary
 * source (the document's best copy), else its first checked source, else its first source.
 */
function citedSourceOf(entry: (typeof record.entries)[number]) {
  const sources = entry.data.sources;
  return sources.find((s) => s.type === 'primary') ?? sources.find((s) => s.checked) ?? sources[0]!;
}

/** The CSL item a download file holds (one item per file). */
function downloadedItem(file: string): CslItem {
  const items = JSON.parse(read(file)) as CslItem[];
  expect(items, file).toHaveLength(1);
  return items[0]!;
}

/** citeproc's own plain-text rendering of an item, in the three styles: what a page must show for it. */
const citeprocText = (item: CslItem) =>
  Object.fromEntries((['apa', 'mla', 'chicago'] as const).map((style) => [style, renderStyleText(item, style)]));

describe.each(record.entries.map((e) => [e.slug, e] as const))('entry %s', (slug, entry) => {
  const $ = page(`/entries/${slug}/`);
  const cited = citedSourceOf(entry);

  test('"Cite this" shows the original document in APA, MLA and Chicago, as the CSL processor renders its download', () => {
    expect($('#cite-heading').text()).toBe('Cite this');
    const item = downloadedItem(`entries/${slug}.json`);
    expect(item.URL).toBe(cited.url);
    const expected = citeprocText(item);
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      expect($(`#cite-original-${style}`).text(), style).toBe(expected[style]);
      expect($(`.cite-this button[data-copy-citation="cite-original-${style}"]`).length, style).toBe(1);
      // "On this page" copies the same text.
      expect($(`.on-this-page button[data-copy-citation="cite-original-${style}"]`).length, style).toBe(1);
    }
    // The key facts at the top carry the APA citation with its own Copy button.
    expect($('#cite-key-apa').text()).toBe(expected.apa);
    expect($('.key-facts button[data-copy-citation="cite-key-apa"]').length).toBe(1);
    expect($('.cite-this > p').first().find(`a[href="${cited.url}"]`).text()).toBe(cited.title);
    expect($('#cite-via-permalink').text()).toBe(`${SITE}entries/${slug}/`);
    for (const style of ['apa', 'mla', 'chicago'] as const)
      expect($(`#cite-via-${style}`).text(), style).toContain(`${SITE}entries/${slug}/`);
  });

  test('each quote has its own citation (its source, as its download renders) and its permalink', () => {
    for (const q of entry.data.quotes) {
      const details = $(`details#cite-quote-${q.id}`);
      expect(details.length, q.id).toBe(1);
      expect(details.prevAll(`figure#quote-${q.id}`).length, q.id).toBe(1);
      const source = entry.data.sources.find((s) => s.id === q.source)!;
      const file = source.id === cited.id ? `entries/${slug}.json` : `entries/${slug}/sources/${source.id}.json`;
      const item = downloadedItem(file);
      expect(item.URL, q.id).toBe(source.url);
      const expected = citeprocText(item);
      for (const style of ['apa', 'mla', 'chicago'] as const)
        expect($(`#cite-quote-${q.id}-${style}`).text(), `${q.id} ${style}`).toBe(expected[style]);
      expect($(`#cite-quote-${q.id}-permalink`).text()).toBe(`${SITE}entries/${slug}/#quote-${q.id}`);
      for (const a of details.find('.downloads a').toArray())
        expect(fs.existsSync(path.join(DIST, $(a).attr('href')!)), $(a).attr('href')).toBe(true);
    }
  });

  test('downloads sit beside the page, not in its place, and link from it', () => {
    expect(fs.existsSync(path.join(DIST, 'entries', slug, 'index.html'))).toBe(true);
    for (const ext of ['bib', 'ris', 'json']) {
      expect(fs.statSync(path.join(DIST, 'entries', `${slug}.${ext}`)).isFile(), ext).toBe(true);
      expect($(`.cite-this .downloads a[href="/entries/${slug}.${ext}"]`).length, ext).toBe(1);
      expect($(`head link[rel="alternate"][href="/entries/${slug}.${ext}"]`).length, ext).toBe(1);
    }
  });

  test('BibTeX: Better BibTeX’s parser reads it without error; the key is the slug', () => {
    const parsed = parseBibtex(read(`entries/${slug}.bib`));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.key)).toEqual([slug]);
    expect(parsed.entries[0]!.fields.url).toBe(cited.url);
  });

  test('RIS: astrocite-ris reads one record with the title and URL', () => {
    const [ris, ...rest] = parseRis(read(`entries/${slug}.ris`));
    expect(rest).toEqual([]);
    expect(read(`entries/${slug}.ris`).startsWith(`TY  - ${RIS_TYPE[downloadedItem(`entries/${slug}.json`).type]}\r\n`)).toBe(
      true,
    );
    expect(ris!.title).toBe(downloadedItem(`entries/${slug}.json`).title);
    expect(ris!.URL).toBe(cited.url);
  });

  test('CSL-JSON: valid against the official schema; the item is the entry’s, with its id and its source’s address', () => {
    const items = JSON.parse(read(`entries/${slug}.json`)) as CslItem[];
    if (validateCsl) expect(validateCsl(items) ? [] : validateCsl.errors).toEqual([]);
    expect(items.map((i) => i.id)).toEqual([slug]);
    expect(items[0]!.URL).toBe(cited.url);
  });

  test('html-metadata reads citation_* and Dublin Core describing the original document', async () => {
    const meta = await htmlMetadata.loadFromString($.html());
    const item = downloadedItem(`entries/${slug}.json`);
    const hw = meta.highwirePress!;
    expect(hw.title).toBe(item.title);
    expect(hw.public_url).toBe(cited.url);
    if (item.issued?.['date-parts']) expect(hw.date).toMatch(/^\d{4}(\/\d{2}){0,2}$/);
    expect($('meta[name="z:itemType"]').attr('content')).toBe(ZOTERO_TYPE[item.type]);
    expect(meta.openGraph!.type).toBe('article');
    expect(meta.general!.canonical).toBe(`${SITE}entries/${slug}/`);
  });
});

describe('per-source downloads (the sources quotes come from)', () => {
  const paths = record.entries.flatMap((e) =>
    [...downloadItems(e, record)].filter(([id]) => id !== null).map(([id, item]) => ({ slug: e.slug, id: id!, item })),
  );

  test('each exists in the three formats and is read back by the real parsers', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const { slug, id, item } of paths) {
      const base = `entries/${slug}/sources/${id}`;
      const bib = parseBibtex(read(`${base}.bib`));
      expect(bib.errors, base).toEqual([]);
      expect(bib.entries.map((e) => e.key)).toEqual([item.id]);
      expect(parseRis(read(`${base}.ris`)).map((r) => r.URL)).toEqual([item.URL]);
      const json = JSON.parse(read(`${base}.json`));
      if (validateCsl) expect(validateCsl(json) ? [] : validateCsl.errors, base).toEqual([]);
    }
  });
});

describe('the bibliography of the whole record', () => {
  const items = bibliographyItems(record);

  test('BibTeX: no errors, no duplicate keys, every item', () => {
    const parsed = parseBibtex(read('data/bibliography.bib'));
    expect(parsed.errors).toEqual([]);
    const keys = parsed.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(items.map((i) => i.id));
  });

  test('RIS: astrocite-ris reads every record', () => {
    const parsed = parseRis(read('data/bibliography.ris'));
    expect(parsed.map((r) => r.URL)).toEqual(items.map((i) => i.URL));
    expect(parsed.map((r) => r.title)).toEqual(items.map((i) => i.title));
  });

  test.runIf(schemasPresent)('CSL-JSON: valid against the official schema', () => {
    const json = JSON.parse(read('data/bibliography.json'));
    expect(json.length).toBe(items.length);
    expect(validateCsl!(json) ? [] : validateCsl!.errors).toEqual([]);
  });
});

describe.runIf(schemasPresent)('JSON-LD against the schema.org vocabulary', () => {
  const validator = new Validator(schemasPresent ? referenceSchema('schemaorg-all-https.jsonld') : undefined);
  const pages = [
    ...record.entries.map((e) => `/entries/${e.slug}/`),
    ...record.actors.map((a) => `/actors/${a.slug}/`),
    '/',
    '/data/',
  ];

  test('entry and actor pages, home and /data/: it parses, and every type and property exists', { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const p of pages) {
      const scripts = page(p)('script[type="application/ld+json"]');
      expect(scripts.length, p).toBe(1);
      const data = JSON.parse(scripts.text()) as { '@context': string; '@graph': Array<Record<string, unknown>> };
      expect(data['@context']).toBe('https://schema.org');
      // The validator reads items by type, as @marbec/web-auto-extractor hands them over.
      const byType: Record<string, unknown[]> = {};
      for (const node of data['@graph']) {
        const type = String(node['@type']);
        seen.add(type);
        (byType[type] ??= []).push(node);
      }
      for (const issue of await validator.validate({ jsonld: byType }))
        problems.push(`${p}: ${issue.severity} ${issue.issueMessage}`);
    }
    expect(problems).toEqual([]);
    for (const type of ['Legislation', 'Quotation', 'Person', 'Message', 'WebPage', 'ProfilePage', 'WebSite', 'Dataset'])
      expect(seen, type).toContain(type);
    expect([...seen].some((t) => t.endsWith('Organization'))).toBe(true);
  });
});

describe('every page', () => {
  const files = htmlFiles();

  test('has one canonical URL, absolute, matching its own address (the 404 page: noindex instead)', () => {
    for (const file of files) {
      const rel = path.relative(DIST, file).split(path.sep).join('/');
      const $ = page(`/${rel.replace(/index\.html$/, '')}`);
      const canonical = $('link[rel="canonical"]');
      if (rel === '404.html') {
        expect(canonical.length).toBe(0);
        expect($('meta[name="robots"]').attr('content')).toBe('noindex');
        continue;
      }
      expect(canonical.length, rel).toBe(1);
      expect(canonical.attr('href'), rel).toBe(`${SITE}${rel.replace(/index\.html$/, '')}`);
      expect($('meta[property="og:url"]').attr('content'), rel).toBe(canonical.attr('href'));
      expect($('link[rel="alternate"][type="application/rss+xml"][href="/rss.xml"]').length, rel).toBe(1);
    }
  });
});

describe('robust links', () => {
  const hasArchives = record.entries.some((e) => e.data.sources.some((s) => s.archive));
  test.runIf(hasArchives)('every source with an archived copy carries data-versionurl/-versiondate and an "archived copy" link', () => {
    let archived = 0;
    for (const e of record.entries)
      for (const s of e.data.sources.filter((x) => x.archive)) {
        archived++;
        const li = page(`/entries/${e.slug}/`)(`li#source-${s.id}`);
        const link = li.find(`a[href="${s.url}"]`);
        expect(link.attr('data-versionurl'), s.id).toBe(s.archive);
        if (s.archiveDate) expect(link.attr('data-versiondate'), s.id).toBe(s.archiveDate);
        expect(li.find(`a[href="${s.archive}"]`).text()).toBe('archived copy');
      }
    expect(archived).toBeGreaterThan(0);
  });
});
