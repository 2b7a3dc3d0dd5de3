/**
 * Citations (src/lib/citations): which document is cited and how it is described (CSL-JSON), rendered by the CSL
 * processor in APA, MLA and Chicago, and written as BibLaTeX and RIS — each checked by a real consumer: the
 * official CSL-JSON schema (ajv), Better BibTeX's parser, astrocite-ris, and citation-js reading the RIS back.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRisStrict } from 'astrocite-ris';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { entrySchema, type EntryInput } from '../../src/schema';
import { buildRecord, type RecordActor } from '../../src/lib/record';
import { validateContent } from '../../src/lib/validate';
import {
  archiveName,
  citedSource,
  cslDate,
  cslType,
  entryItem,
  splitCitation,
  personName,
  sourceItem,
  viaItem,
  type CslItem,
} from '../../src/lib/citations/csl';
import {
  htmlText,
  itemForStyle,
  openRenderStore,
  renderStyle,
  renderStyles,
  renderStyleText,
} from '../../src/lib/citations/render';
import { legalCitation, toBibLaTeX, toCslJson, toRis } from '../../src/lib/citations/formats';
import { keepDomainCase } from '../../src/lib/citations/style-items';
import { formatAccessed, localDay } from '../../src/lib/citations/accessed';
import { downloadBody, downloadFiles, downloadType } from '../../src/lib/citations/downloads';
import { bibliographyItems, downloadItems, entryCitations, markAccessed } from '../../src/lib/citations';
import { withPermalink } from '../../src/lib/citations/entry-citations';
import { ENTRY_KINDS } from '../../src/schema/vocabulary';
import { referenceSchema, schemasPresent } from '../helpers/reference';

/** Rendered citations shared by the tests of this file, in memory (as a build shares them). */
const store = openRenderStore(undefined);

const real = validateContent('content');
const record = buildRecord(real.entries, real.actors);
const fixtures = validateContent('tests/fixtures/valid');
const fixtureRecord = buildRecord(fixtures.entries, fixtures.actors);

const actorData: RecordActor[] = [
  { slug: 'william-barr', data: { name: 'William P. Barr', kind: 'person', aliases: [], roles: [] } },
  { slug: 'priti-patel', data: { name: 'Priti Patel', kind: 'person', aliases: [], roles: [] } },
  { slug: 'mark-zuckerberg', data: { name: 'Mark Zuckerberg', kind: 'person', aliases: [], roles: [] } },
  { slug: 'us-congress', data: { name: 'U.S. Congress', kind: 'legislature', aliases: [], roles: [] } },
  {
    slug: 'ninth-circuit',
    data: { name: 'U.S. Court of Appeals for the Ninth Circuit', kind: 'court', aliases: [], roles: [] },
  },
  { slug: 'us-doj', data: { name: 'U.S. Department of Justice', kind: 'agency', aliases: [], roles: [] } },
];
const actors = (slug: string) => actorData.find((a) => a.slug === slug);

const primary = {
  id: 'doc',
  title: 'The Document',
  publisher: 'Issuer',
  url: 'https://example.org/doc',
  // Unchecked, so no access day is printed; tests of checked sources and access dates add their own.
  checked: false,
  type: 'primary' as const,
};
const secondary = {
  id: 'news',
  title: 'Report, with "quotes", commas\nand a line break',
  publisher: 'Example News',
  url: 'https://news.example.org/a',
  checked: false,
  type: 'secondary' as const,
};

function entry(overrides: Partial<EntryInput> = {}) {
  return entrySchema.parse({
    title: 'Fixture entry',
    kind: 'letter',
    date: '2019-10-04',
    summary: 'A fixture.',
    jurisdictions: ['US'],
    actors: [
      { actor: 'william-barr', role: 'signatory' },
      { actor: 'mark-zuckerberg', role: 'recipient' },
    ],
    sources: [primary],
    document: { title: 'The Document' },
    ...overrides,
  });
}

describe('what is cited', () => {
  test('the first primary source (the original document, listed first), checked or not', () => {
    const read = { checked: true, seen: 'page' as const, accessed: '2026-11-26' };
    const unchecked = { ...primary, id: 'a' };
    const checkedPrimary = { ...primary, ...read };
    const checkedSecondary = { ...secondary, ...read };
    expect(citedSource(entry({ sources: [unchecked, checkedPrimary] })).id).toBe('a');
    expect(citedSource(entry({ sources: [checkedSecondary, checkedPrimary] })).id).toBe('doc');
    expect(citedSource(entry({ sources: [checkedSecondary, unchecked] })).id).toBe('a');
    expect(citedSource(entry({ sources: [{ ...secondary, id: 'x' }, checkedSecondary, unchecked] })).id).toBe('a');
  });

  test('every entry of the record is cited through one of its own sources, a primary one when it has one', () => {
    for (const e of record.entries) {
      const s = citedSource(e.data);
      expect(e.data.sources).toContain(s);
      if (e.data.sources.some((x) => x.type === 'primary')) expect(s.type, e.slug).toBe('primary');
    }
  });
});

describe('CSL item', () => {
  test('item type follows the kind for a document read in a primary copy; a secondary source is a web page', () => {
    const expected: Record<string, string> = {
      law: 'legislation',
      bill: 'bill',
      regulation: 'legislation',
      'court-case': 'legal_case',
      testimony: 'hearing',
      speech: 'speech',
      letter: 'personal_communication',
      report: 'report',
      proposal: 'report',
      communique: 'report',
      statement: 'webpage',
      announcement: 'webpage',
      event: 'webpage',
      incident: 'webpage',
    };
    const status = {
      state: 'enacted' as const,
      asOf: '2026-11-26',
      history: [{ date: '2019', state: 'enacted' as const, source: 'doc' }],
    };
    for (const kind of ENTRY_KINDS) {
      const e = entry({
        kind,
        sources: [primary, secondary],
        ...(['law', 'bill', 'regulation'].includes(kind) ? { status } : {}),
      });
      expect(cslType(e, primary), kind).toBe(expected[kind]);
      expect(cslType(e, secondary), kind).toBe('webpage');
    }
    // A document never published is cited through the report that makes it known: a web page.
    const unpublished = entry({
      sources: [secondary],
      document: { title: 'Draft', unpublished: 'Known from a report' },
    });
    expect(entryItem('x', unpublished, actors).type).toBe('webpage');
  });

  test('people are family/given, organisations literal; suffixes, particles and honorifics handled', () => {
    expect(personName('William P. Barr')).toEqual({ family: 'Barr', given: 'William P.' });
    expect(personName('Cyrus R. Vance Jr.')).toEqual({ family: 'Vance', given: 'Cyrus R.', suffix: 'Jr.' });
    expect(personName('Ursula von der Leyen')).toEqual({ family: 'von der Leyen', given: 'Ursula' });
    expect(personName('Catherine De Bolle')).toEqual({ family: 'De Bolle', given: 'Catherine' });
    expect(personName('Sir Brian Leveson')).toEqual({ family: 'Leveson', given: 'Brian' });
    expect(personName('Lord Parkinson of Whitley Bay')).toEqual({ literal: 'Lord Parkinson of Whitley Bay' });
    expect(personName('Madonna')).toEqual({ literal: 'Madonna' });
  });

  test('EDTF dates keep their precision; ~ and ? set circa; open intervals are literal', () => {
    expect(cslDate('2019-10-04')).toEqual({ 'date-parts': [[2019, 10, 4]] });
    expect(cslDate('2019-07')).toEqual({ 'date-parts': [[2019, 7]] });
    expect(cslDate('2010')).toEqual({ 'date-parts': [[2010]] });
    expect(cslDate('1993~')).toEqual({ 'date-parts': [[1993]], circa: true });
    expect(cslDate('2019-07?')).toEqual({ 'date-parts': [[2019, 7]], circa: true });
    expect(cslDate('2016-02-16/2016-03-28')).toEqual({
      'date-parts': [
        [2016, 2, 16],
        [2016, 3, 28],
      ],
    });
    expect(cslDate('2020-01-13?/2020-05-18')).toEqual({
      'date-parts': [
        [2020, 1, 13],
        [2020, 5, 18],
      ],
      circa: true,
    });
    expect(cslDate('2016-02/..')).toEqual({ literal: 'February 2016 onwards' });
  });

  test('a letter: its title, authors and recipients from the document block, not from the copy or the actors', () => {
    const item = entryItem(
      'x',
      entry({
        document: {
          title: 'Open letter: the real title',
          authors: ['william-barr', 'priti-patel'],
          recipients: ['mark-zuckerberg'],
        },
      }),
      actors,
    );
    expect(item).toEqual({
      id: 'x',
      'citation-key': 'x',
      type: 'personal_communication',
      title: 'Open letter: the real title',
      author: [
        { family: 'Barr', given: 'William P.' },
        { family: 'Patel', given: 'Priti' },
      ],
      recipient: [{ family: 'Zuckerberg', given: 'Mark' }],
      issued: { 'date-parts': [[2019, 10, 4]] },
      URL: 'https://example.org/doc',
    });
  });

  test('the document’s own date wins over the entry’s (a letter released the day before its date)', () => {
    const item = entryItem('x', entry({ date: '2019-10-03', document: { title: 'T', date: '2019-10-04' } }), actors);
    expect(item.issued).toEqual({ 'date-parts': [[2019, 10, 4]] });
  });

  test('a law: number, code citation, session laws and session; the issuer as authority; no publisher', () => {
    const law = entry({
      kind: 'law',
      date: '1994-10-25',
      document: {
        title: 'Communications Assistance for Law Enforcement Act',
        shortTitle: 'CALEA',
        issuer: 'us-congress',
        number: 'Pub. L. 103-414',
        statute: '108 Stat. 4279',
        code: '47 U.S.C. §§ 1001–1010',
        session: '103d Congress',
      },
      status: {
        state: 'in-force',
        asOf: '2026-11-26',
        history: [{ date: '1994-10-25', state: 'enacted', source: 'doc' }],
      },
    });
    const item = entryItem('law', law, actors);
    expect(item).toMatchObject({
      type: 'legislation',
      title: 'Communications Assistance for Law Enforcement Act',
      'title-short': 'CALEA',
      number: 'Pub. L. 103-414',
      'container-title': 'U.S.C.',
      volume: '47',
      section: '1001–1010',
      references: '108 Stat. 4279',
      'chapter-number': '103d Congress',
      authority: 'U.S. Congress',
      jurisdiction: 'US',
      status: 'in force',
    });
    expect(item.author).toBeUndefined();
    expect(item.publisher).toBeUndefined();
    // Session laws alone are split into volume, code and pages.
    const act = entryItem(
      'act',
      entry({ kind: 'law', status: law.status, document: { title: 'A', statute: '65 FR 2492' } }),
      actors,
    );
    expect(act).toMatchObject({ volume: '65', 'container-title': 'FR', page: '2492' });
    expect(splitCitation('OJ L 274, 30.7.2021, p. 41')).toEqual({ container: 'OJ L 274, 30.7.2021, p. 41' });
    expect(splitCitation('176 F.3d 1132')).toEqual({ volume: '176', container: 'F.3d', locator: '1132' });
    expect(splitCitation('15 CFR Parts 734, 740, and 774')).toEqual({
      volume: '15',
      container: 'CFR',
      locator: 'Parts 734, 740, and 774',
    });
    expect(splitCitation('2016 c. 25')).toEqual({ container: '2016 c. 25' });
  });

  test('a bill: sponsors as authors, number, chamber and session — and never a publisher', () => {
    const bill = entry({
      kind: 'bill',
      status: {
        state: 'introduced',
        asOf: '2026-11-26',
        history: [{ date: '2020-03-05', state: 'introduced', source: 'doc' }],
      },
      document: {
        title: 'B',
        authors: ['william-barr'],
        number: 'S. 3398',
        chamber: 'Senate',
        session: '116th Congress',
      },
    });
    const item = entryItem('b', bill, actors);
    expect(item).toMatchObject({
      type: 'bill',
      number: 'S. 3398',
      authority: 'Senate',
      'chapter-number': '116th Congress',
    });
    expect(item.author).toEqual([{ family: 'Barr', given: 'William P.' }]);
    expect(item.publisher).toBeUndefined();
    for (const e of record.entries)
      expect(
        entryItem(e.slug, e.data, record.actor).type === 'bill' && entryItem(e.slug, e.data, record.actor).publisher,
        e.slug,
      ).toBeFalsy();
  });

  test('a court case: the court as authority, docket as number, the reporter citation split', () => {
    const item = entryItem(
      'case',
      entry({
        kind: 'court-case',
        document: {
          title: 'Bernstein v. DOJ',
          issuer: 'ninth-circuit',
          docket: 'No. 97-16686',
          reporter: '176 F.3d 1132',
        },
      }),
      actors,
    );
    expect(item).toMatchObject({
      type: 'legal_case',
      authority: 'U.S. Court of Appeals for the Ninth Circuit',
      number: 'No. 97-16686',
      'container-title': 'F.3d',
      volume: '176',
      page: '1132',
    });
  });

  test('organisations are never split into given and family names', () => {
    const five = {
      slug: 'fcm',
      data: { name: 'Five Country Ministerial', kind: 'alliance' as const, aliases: [], roles: [] },
    };
    const look = (slug: string) => (slug === 'fcm' ? five : actors(slug));
    const item = entryItem(
      'c',
      entry({ kind: 'communique', document: { title: 'C', authors: ['fcm'], issuer: 'fcm', place: 'London' } }),
      look,
    );
    expect(item.author).toEqual([{ literal: 'Five Country Ministerial' }]);
    expect(item).toMatchObject({
      type: 'report',
      publisher: 'Five Country Ministerial',
      'publisher-place': 'London',
      genre: 'Communiqué',
    });
  });

  test('a secondary source: a web page on its site, no authors from the entry, no invented date', () => {
    const e = entry({ sources: [primary, secondary] });
    const item = sourceItem('x', e, e.sources[1]!);
    expect(item.id).toBe('x--news');
    expect(item.type).toBe('webpage');
    expect(item['container-title']).toBe('Example News');
    expect(item.author).toBeUndefined();
    expect(item.issued).toBeUndefined();
    expect(item.accessed).toBeUndefined();
  });

  test('accessed and the archived copy only when the source records them', () => {
    const archived = {
      ...primary,
      accessed: '2024-05-01',
      archive: 'https://web.archive.org/web/2015/https://example.org/doc',
      archiveDate: '2015-09-21',
    };
    const item = entryItem('x', entry({ sources: [archived] }), actors);
    expect(item.accessed).toEqual({ 'date-parts': [[2024, 5, 1]] });
    expect(item.archive).toBe('Internet Archive');
    expect(item.archive_location).toBe(archived.archive);
    expect(item.note).toContain('21 September 2015');
    expect(archiveName('https://archive.ph/abc')).toBe('archive.today');
  });
});

describe.runIf(schemasPresent)('CSL-JSON against the official schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // The factory runs even when the block is skipped: compile only when the schema is there.
  const validate = schemasPresent ? ajv.compile(referenceSchema('csl-data.json') as object) : undefined;

  test('every item of the record (originals, quote sources, via) is valid CSL-JSON', { timeout: 60_000 }, () => {
    const items: CslItem[] = [...bibliographyItems(record)];
    for (const e of record.entries) items.push(entryCitations(e, record, undefined, localDay(), store).via.item);
    expect(items.length).toBeGreaterThan(record.entries.length);
    const ok = validate!(JSON.parse(toCslJson(items)));
    expect(ok ? [] : validate!.errors).toEqual([]);
  });
});

describe('rendered by the CSL processor', () => {
  test('pinned: APA for the fixture open letter', () => {
    const e = fixtureRecord.entry('fixture-open-letter')!;
    const c = entryCitations(e, fixtureRecord, 'https://tracker.example/', localDay(), store);
    expect(c.original.styles.apa.text).toBe(
      'Barr, W. P., & Patel, P. (2019, October 4). Fixture open letter. https://example.org/fixture/letter',
    );
  });

  test('pinned: APA for the Investigatory Powers Act 2016 (a UK Act is not a U.S. public law)', () => {
    const e = record.entry('uk-investigatory-powers-act-2016')!;
    expect(entryCitations(e, record, undefined, localDay(), store).original.styles.apa.text).toBe(
      'Investigatory Powers Act 2016, 2016 c. 25 (2016) (in force). https://www.legislation.gov.uk/ukpga/2016/25/contents/enacted',
    );
  });

  test(
    'every entry renders in all three styles; the text shown is citeproc’s own text output',
    { timeout: 60_000 },
    () => {
      for (const e of record.entries) {
        const c = entryCitations(e, record, undefined, localDay(), store);
        for (const style of ['apa', 'mla', 'chicago'] as const) {
          const r = c.original.styles[style];
          expect(r.text.length, `${e.slug} ${style}`).toBeGreaterThan(20);
          expect(r.text, `${e.slug} ${style}`).toBe(renderStyleText(c.original.item, style));
          for (const q of c.quotes)
            expect(q.citation.styles[style].text, `${e.slug} ${q.quote.id} ${style}`).toBe(
              renderStyleText(q.citation.item, style),
            );
          expect(c.via.styles[style].text, `${e.slug} via ${style}`).toBe(renderStyleText(c.via.item, style));
          // Chicago gives a court case no URL (its legal citation locates it).
          if (!(style === 'chicago' && c.original.item.type === 'legal_case'))
            expect(r.text, `${e.slug} ${style}`).toContain(c.original.item.URL);
        }
      }
    },
  );

  test(
    'a legal citation appears verbatim once in every style, with no "Pub. L. No." the record does not have',
    { timeout: 60_000 },
    () => {
      let checked = 0;
      for (const e of record.entries) {
        const item = entryItem(e.slug, e.data, record.actor);
        const legal = legalCitation(item);
        if (!legal) continue;
        for (const style of ['apa', 'mla', 'chicago'] as const) {
          // citeproc prints straight apostrophes as typographic ones ("People’s Republic").
          const text = renderStyle(item, style, store).text.replace(/’/g, "'").replace(item.URL, '');
          // Once, besides any mention in the document's own title ("… in ADPF 403 …") or address.
          const inTitle = item.title.split(legal).length - 1;
          expect(text.split(legal).length - 1 - inTitle, `${e.slug} ${style}: ${text}`).toBe(1);
          if (!legal.includes('Pub. L. No.')) expect(text, `${e.slug} ${style}`).not.toContain('Pub. L. No.');
        }
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
    },
  );

  test('htmlText drops tags and decodes character references', () => {
    expect(htmlText('<i>A &#38; B</i> &lt;x&gt; &amp; &#x2014; &quot;q&quot;')).toBe('A & B <x> & — "q"');
  });

  test('the archived copy is given to MLA only', () => {
    const item = entryItem(
      'x',
      entry({ sources: [{ ...primary, archive: 'https://web.archive.org/web/1/x' }] }),
      actors,
    );
    expect(itemForStyle(item, 'mla').archive_location).toBe('https://web.archive.org/web/1/x');
    expect(itemForStyle(item, 'apa').archive_location).toBeUndefined();
    expect(renderStyles(item, store).mla.text).toContain('Internet Archive, https://web.archive.org/web/1/x');
  });

  test('the access-date format matches what each style prints, for every month', { timeout: 60_000 }, () => {
    for (let month = 1; month <= 12; month++) {
      const day = `2026-${String(month).padStart(2, '0')}-${String(month + 3).padStart(2, '0')}`;
      const item = viaItem('x', entry({ updated: undefined }), 'https://tracker.example/entries/x/', 'Tracker', day);
      for (const style of ['apa', 'mla', 'chicago'] as const) {
        const rendered = renderStyle(item, style, store);
        expect(rendered.text, `${style} ${day}`).toContain(formatAccessed(day, style));
        expect(markAccessed(rendered.html, style, day)).toContain(`<span data-accessed="${style}">`);
      }
    }
  });

  test('"via" cites the entry page: its title, the site, its permalink and its last update', () => {
    const e = fixtureRecord.entry('fixture-open-letter')!;
    const c = entryCitations(e, fixtureRecord, 'https://tracker.example/', localDay(), store);
    expect(c.via.permalink).toBe('https://tracker.example/entries/fixture-open-letter/');
    expect(c.via.styles.chicago.text).toContain('Encryption Policy Tracker');
    expect(c.via.styles.chicago.text).toContain(c.via.permalink);
  });

  test('each quote is cited through its own source, with its permalink', () => {
    const e = record.entry('barr-patel-dutton-mcaleenan-open-letter-facebook-2019')!;
    const c = entryCitations(e, record, 'https://tracker.example/', localDay(), store);
    expect(c.quotes.map((q) => q.quote.id)).toEqual(e.data.quotes.map((q) => q.id));
    for (const q of c.quotes) {
      expect(q.permalink).toBe(`https://tracker.example/entries/${e.slug}/#quote-${q.quote.id}`);
      expect(q.citation.item.URL).toBe(e.data.sources.find((s) => s.id === q.quote.source)!.url);
      expect(q.citation.styles.apa.text).toContain(q.citation.item.URL);
      // Citable "via" this page too, at the quote's permalink.
      expect(q.via.item.URL).toBe(q.permalink);
      for (const style of ['apa', 'mla', 'chicago'] as const) {
        expect(q.via.styles[style].text).toContain(q.permalink);
        expect(q.via.styles[style].text).toContain('Encryption Policy Tracker');
      }
    }
    // A quote from the letter itself cites the letter (the document), one from a report cites the report.
    expect(c.quotes.find((q) => q.quote.id === 'request')!.citation.item.type).toBe('personal_communication');
    expect(c.quotes.find((q) => q.quote.id === 'uk-official')!.citation.item.type).toBe('webpage');
  });

  test(
    'a quote’s "via" citation, derived from the page’s, is what citeproc renders, for every quote of the record',
    { timeout: 120_000 },
    () => {
      let n = 0;
      for (const site of ['https://tracker.example/', 'https://example.org/a&b/'])
        for (const e of record.entries) {
          const c = entryCitations(e, record, site);
          for (const q of c.quotes) {
            const own = renderStyles(q.via.item);
            for (const style of ['apa', 'mla', 'chicago'] as const) {
              expect(q.via.styles[style].text).toBe(own[style].text);
              expect(q.via.styles[style].html).toBe(markAccessed(own[style].html, style, c.via.accessed));
            }
            n++;
          }
        }
      expect(n).toBeGreaterThan(150);
      // Derived only when the page's address shows once in every style; otherwise rendered.
      const page = renderStyles(
        viaItem('x', fixtureRecord.entries[0]!.data, 'https://t.example/x/', 'T', '2026-01-01'),
      );
      expect(withPermalink(page, 'https://t.example/x/', 'https://t.example/x/#quote-a')?.apa.text).toContain(
        '#quote-a',
      );
      expect(withPermalink(page, 'https://t.example/y/', 'https://t.example/y/#quote-a')).toBeUndefined();
    },
  );
});

describe('BibLaTeX, read by Better BibTeX’s parser', () => {
  const items = bibliographyItems(record);
  const bib = toBibLaTeX(items);
  const parsed = parseBibtex(bib);

  test('no errors, one entry per item, unique keys equal to the ids', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.length).toBe(items.length);
    const keys = parsed.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(items.map((i) => i.id));
  });

  test('titles come back verbatim, URLs intact', () => {
    const byKey = new Map(parsed.entries.map((e) => [e.key, e]));
    for (const item of items) {
      const e = byKey.get(item.id)!;
      expect(e.fields.url, item.id).toBe(item.URL);
      const plain = String(e.fields.title)
        .replace(/<\/?span[^>]*>/g, '')
        .normalize('NFC');
      expect(plain, item.id).toBe(item.title.normalize('NFC'));
    }
  });

  test('acronyms and proper nouns are brace-protected, the first word included', () => {
    const item = entryItem('earn', entry({ document: { title: 'EARN IT Act of 2020, iOS and Apple' } }), actors);
    const out = toBibLaTeX([item]);
    expect(out).toContain('title = {{EARN} {IT} {Act} of 2020, {iOS} and {Apple}}');
  });

  test('titles with TeX specials and markup-like text survive', () => {
    const title = 'Fees & “costs”: 50% of $5, #1 _x_ {braces} ~ ^ \\ Gregorová, communiqué, AT&T';
    const out = toBibLaTeX([entryItem('tex', entry({ document: { title } }), actors)]);
    expect(out).toContain(
      '{Fees} \\& “costs”: 50\\% of \\$5, \\#1 \\_x\\_ \\{braces\\} \\textasciitilde{} \\textasciicircum{}',
    );
    expect(out).toContain('communiqué');
    const back = parseBibtex(out);
    expect(back.errors).toEqual([]);
    expect(
      String(back.entries[0]!.fields.title)
        .replace(/<\/?span[^>]*>/g, '')
        .normalize('NFC'),
    ).toBe(title);
  });
});

describe('RIS, read by astrocite-ris and round-tripped through citation-js', () => {
  const items = bibliographyItems(record);
  const ris = toRis(items);

  test('astrocite-ris parses every record', () => {
    const parsed = parseRisStrict(ris);
    expect(parsed.length).toBe(items.length);
    expect(parsed.map((p) => p.title)).toEqual(items.map((i) => i.title));
    expect(parsed.map((p) => p.URL)).toEqual(items.map((i) => i.URL));
  });

  test('citation-js reads it back with the same titles, URLs, types and years, in order', () => {
    const back = new Cite(ris).data;
    expect(back.length).toBe(items.length);
    back.forEach((b, i) => {
      const item = items[i]!;
      expect(b.title, item.id).toBe(item.title);
      expect(b.URL, item.id).toBe(item.URL);
      // citation-js reads SLIDE (Zotero's presentation, a speech) as a motion picture; every other type survives.
      const lossy: Record<string, string> = { speech: 'motion_picture' };
      expect(b.type, item.id).toBe(lossy[item.type] ?? item.type);
      const year = item.issued?.['date-parts']?.[0]?.[0];
      if (year) expect((b.issued as { 'date-parts': number[][] })['date-parts'][0]![0], item.id).toBe(year);
    });
  });

  test('long values are not wrapped, lines end in CRLF, every record ends with ER', () => {
    expect(ris).not.toMatch(/[^\r]\n/);
    for (const line of ris.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(ris).not.toMatch(/^ID {2}- /m);
    expect(ris.match(/^ER {2}- $/gm)!.length).toBe(items.length);
  });
});

describe('downloads', () => {
  test('each entry: its original, plus the other sources its quotes come from, with distinct ids', () => {
    for (const e of record.entries) {
      const items = downloadItems(e, record);
      expect(items.get(null)!.id).toBe(e.slug);
      const quoted = new Set(e.data.quotes.map((q) => q.source));
      quoted.delete(citedSource(e.data).id);
      expect([...items.keys()].filter(Boolean).sort()).toEqual([...quoted].sort());
    }
    const ids = bibliographyItems(record).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the styles folder holds the three vendored styles the renderer uses', () => {
    for (const f of ['apa.csl', 'modern-language-association.csl', 'chicago-note-bibliography.csl'])
      expect(fs.existsSync(`src/lib/citations/styles/${f}`)).toBe(true);
  });
});

describe('download files', () => {
  test('the files written after the build are exactly the downloads the entry pages link to', () => {
    const files = downloadFiles(record);
    const linked = new Set<string>();
    for (const e of record.entries) {
      const c = entryCitations(e, record, undefined, localDay(), store);
      for (const p of Object.values(c.original.downloads)) linked.add(p.slice(1));
      for (const q of c.quotes) for (const p of Object.values(q.citation.downloads)) linked.add(p.slice(1));
    }
    expect(linked.size).toBeGreaterThan(record.entries.length * 3 - 1);
    expect(new Set(files.keys())).toEqual(linked);
    const first = record.entries[0]!;
    expect(files.get(`entries/${first.slug}.ris`)).toBe(
      downloadBody('ris', [downloadItems(first, record).get(null)!]).body,
    );
    expect(downloadType(`entries/${first.slug}.bib`)).toMatch(/^application\/x-bibtex/);
    expect(downloadType(`entries/${first.slug}/index.html`)).toBeUndefined();
  });
});

describe('domain names keep their case in the styles (issue 15)', () => {
  test('a name like "Law.com" is protected; addresses, e-mail and abbreviations are not touched', () => {
    expect(keepDomainCase('The Recorder (Law.com)')).toBe('The Recorder (<span class="nocase">Law.com</span>)');
    expect(keepDomainCase('phys.org and apple.com')).toBe(
      '<span class="nocase">phys.org</span> and <span class="nocase">apple.com</span>',
    );
    for (const text of ['https://www.law.com/x', 'editors@law.com', 'U.S. policy', 'No. 15-mj-00451', 'Lawfare'])
      expect(keepDomainCase(text)).toBe(text);
  });
  test('MLA and Chicago title-case a title but print "Law.com", and no markup', () => {
    const item: CslItem = {
      id: 'x',
      'citation-key': 'x',
      type: 'webpage',
      title: 'Cybersecurity steps reported by law.com',
      'container-title': 'The Recorder (Law.com)',
      URL: 'https://www.law.com/x',
      issued: { 'date-parts': [[2019, 7, 31]] },
    };
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      const { text, html } = renderStyle(item, style);
      expect(text, style).toContain('(Law.com)');
      expect(text, style).not.toMatch(/Law\.Com/);
      expect(html, style).not.toContain('nocase');
    }
    expect(renderStyle(item, 'mla').text).toContain('Reported by law.com');
  });
});
