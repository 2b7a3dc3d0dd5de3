/**
 * Property: whatever text a contributor puts in any text field (random Unicode, control characters, markup, feed
 * and citation syntax), either the validator refuses it, or every export stays well-formed and carries the text:
 * RSS (a strict XML parser), JSON Feed, entries.json, actors.json, TimelineJS and the search index (JSON),
 * entries.csv and quotes.csv (csv-parse, formulas neutralised), BibLaTeX (Better BibTeX's parser), RIS
 * (astrocite-ris) and CSL-JSON. The RSS writer itself never writes a character XML cannot carry, whatever it gets.
 * (That no script runs in a built page with such text is tested in Chromium: tests/browser/untrusted.test.ts.)
 */
import fc from 'fast-check';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { bibliographyItems } from '../../src/lib/citations/downloads';
import { toBibLaTeX, toCslJson, toRis } from '../../src/lib/citations/formats';
import { buildRecord } from '../../src/lib/record';
import { actorsJson, entriesCsv, entriesJson, neutraliseFormula, quotesCsv } from '../../src/lib/reuse/exports';
import { jsonFeed, rssFeed, siteFeedSpec } from '../../src/lib/reuse/feeds';
import { timelineJson } from '../../src/lib/reuse/timelinejs';
import { XmlCharacterError } from '../../src/lib/reuse/xml';
import { encodePayload } from '../../src/lib/search/payload';
import { buildSearchRecords } from '../../src/lib/search/records';
import { charProblems } from '../../src/lib/untrusted/text';
import { validateContent } from '../../src/lib/validate';
import { hostileText } from '../helpers/hostile-text';

const SITE = 'https://tracker.example/';
const base = validateContent('tests/fixtures/valid');

/** The valid fixture with `s` in every text field of every entry and actor (and a date, so feeds carry them). */
function recordWith(s: string) {
  const entries = base.entries.map((e) => {
    const d = structuredClone(e.data);
    d.title = s;
    d.summary = s;
    d.updated = '2026-11-20';
    if (d.document) d.document.title = s;
    d.sources = d.sources.map((src) => ({ ...src, title: s, publisher: s, locator: s }));
    d.quotes = d.quotes.map((q) => ({ ...q, text: s, context: s, locator: s }));
    d.citation = s;
    d.notes = [{ date: '2026-11-21', text: s }];
    d.corrections = [{ date: '2026-11-21', text: s }];
    return { ...e, data: d };
  });
  const actors = base.actors.map((a) => {
    const d = structuredClone(a.data);
    d.name = `${s} ${a.slug}`;
    d.aliases = [s];
    d.description = s;
    d.roles = d.roles.map((r) => ({ ...r, title: s }));
    return { ...a, data: d };
  });
  return buildRecord(entries, actors);
}

function wellFormedXml(xml: string): Array<{ name: string; text: string }> {
  const parser = new SaxesParser();
  const done: Array<{ name: string; text: string }> = [];
  const stack: Array<{ name: string; text: string }> = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => stack.push({ name: t.name, text: '' }));
  parser.on('text', (t) => stack.length && (stack[stack.length - 1]!.text += t));
  parser.on('closetag', () => done.push(stack.pop()!));
  parser.write(xml).close();
  return done;
}

/** What XML 1.0 text can hold after a parser's line-end normalisation. */
const asXmlReadsIt = (s: string) => s.replace(/\r\n?/g, '\n');

describe('every export stays well-formed, whatever the text', () => {
  test('random text in every field: refused by the validator, or every export parses and carries it', () => {
    let checked = 0;
    fc.assert(
      fc.property(hostileText(), (s) => {
        if (charProblems(s).length) return; // refused by the validator (tests/unit/hostile.test.ts)
        checked++;
        const record = recordWith(s);

        // RSS: a strict XML parser reads it; titles and (HTML-escaped) descriptions come back as written.
        const els = wellFormedXml(rssFeed(siteFeedSpec(record.entries), SITE));
        const titles = els.filter((e) => e.name === 'title').map((e) => e.text);
        expect(titles).toContain(asXmlReadsIt(`Corrected: ${s}`));

        // JSON exports: parse, and carry the text exactly.
        const feed = JSON.parse(jsonFeed(siteFeedSpec(record.entries), SITE));
        expect(feed.items[0].title).toBe(`Corrected: ${s}`);
        const entries = JSON.parse(JSON.stringify(entriesJson(record, SITE)));
        expect(entries.entries[0].title).toBe(s);
        expect(entries.entries.flatMap((e: { quotes: Array<{ text: string }> }) => e.quotes)[0].text).toBe(s);
        const actors = JSON.parse(JSON.stringify(actorsJson(record, SITE)));
        expect(actors.actors[0].aliases).toEqual([s]);
        JSON.parse(JSON.stringify(timelineJson(record.entries, 'All entries', '/timeline/', SITE)));
        JSON.parse(JSON.stringify(encodePayload(buildSearchRecords(record))));

        // CSV: parses into the same grid; every text cell is the text, a formula start neutralised.
        for (const csv of [entriesCsv(record, SITE), quotesCsv(record, SITE)]) {
          const rows = parseCsv(csv, { relax_column_count: false });
          expect(rows.length).toBeGreaterThan(1);
          for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
        }
        const quoteRows = parseCsv<Record<string, string>>(quotesCsv(record, SITE), { columns: true });
        expect(quoteRows[0]!['text']).toBe(neutraliseFormula(s));

        // Citations: BibLaTeX, RIS and CSL-JSON read back by strict readers, one record per item.
        const items = bibliographyItems(record);
        const bib = parseBibtex(toBibLaTeX(items));
        expect(bib.errors).toEqual([]);
        expect(bib.entries.length).toBe(items.length);
        expect(parseRis(toRis(items)).length).toBe(items.length);
        expect(JSON.parse(toCslJson(items)).map((i: { title: string }) => i.title)).toEqual(items.map((i) => i.title));
      }),
      { numRuns: 300, seed: 14 },
    );
    expect(checked).toBeGreaterThan(100);
  }, 120_000);

  test('the RSS writer refuses a character XML cannot carry rather than writing an ill-formed feed', () => {
    fc.assert(
      fc.property(hostileText(), (s) => {
        let xml: string;
        try {
          xml = rssFeed(siteFeedSpec(recordWith(s).entries), SITE);
        } catch (e) {
          expect(e).toBeInstanceOf(XmlCharacterError);
          expect(charProblems(s).length).toBeGreaterThan(0);
          return;
        }
        wellFormedXml(xml);
      }),
      { numRuns: 300, seed: 1414 },
    );
  });
});
