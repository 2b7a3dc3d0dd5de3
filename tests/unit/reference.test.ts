/**
 * The record against its reference material in ../shared/reference: the founding article's quotes are verbatim,
 * every fact-sheet event is present with the sheet's date at the sheet's precision, and every sheet quote is in
 * the record. A user's clone has no ../shared: these tests then say so and are skipped; CI has it, and there a
 * missing folder fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { anchorPoint, formatDate, parseDate, type DatePoint } from '../../src/lib/dates';
import { validateContent } from '../../src/lib/validate';

const REFERENCE = path.resolve(process.env.TRACKER_REFERENCE_DIR ?? path.join('..', 'shared', 'reference'));
const present = fs.existsSync(REFERENCE);
if (!present) {
  if (process.env.CI) throw new Error(`CI must run the reference tests, but ${REFERENCE} is missing`);
  console.warn(`Reference tests skipped: ${REFERENCE} is not here (it is only beside the project's own checkouts).`);
}

const ARTICLE_URL = 'https://cyberscoop.com/?p=39538';
/** Compare text after normalising only quote marks, dashes used as quote punctuation, ellipses and whitespace. */
function norm(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

const record = validateContent(path.resolve('content'));
const allQuotes = record.entries.flatMap((e) =>
  e.data.quotes.map((q) => ({ entry: e, quote: q, source: e.data.sources.find((s) => s.id === q.source)! })),
);

describe.runIf(present)('the founding article', () => {
  const file = present
    ? fs.readdirSync(path.join(REFERENCE, 'articles')).find((f) => f.startsWith('cyberscoop-2019-10-03'))!
    : '';
  const article = present ? fs.readFileSync(path.join(REFERENCE, 'articles', file), 'utf8') : '';

  test('every quote whose source is the article appears in it verbatim', () => {
    const fromArticle = allQuotes.filter((q) => q.source.url === ARTICLE_URL);
    expect(fromArticle.length).toBeGreaterThan(10);
    const missing = fromArticle
      .filter((q) => !norm(article).includes(norm(q.quote.text)))
      .map((q) => `${q.entry.slug}#${q.quote.id}`);
    expect(missing).toEqual([]);
  });

  test('every passage the article puts in quotation marks is in the record', () => {
    // “Secret Conversations” is the name of a Messenger feature, not a quotation.
    const notQuotes = new Set(['Secret Conversations']);
    const passages = [...article.matchAll(/“([^”]+)”/g)].map((m) => m[1]!).filter((p) => !notQuotes.has(p));
    expect(passages.length).toBeGreaterThan(10);
    const recorded = allQuotes.map((q) => norm(q.quote.text));
    const missing = passages.filter((p) => {
      const n = norm(p).replace(/[.,]$/, '');
      return !recorded.some((r) => r.includes(n));
    });
    expect(missing).toEqual([]);
  });
});

interface SheetEvent {
  id: string;
  date: string;
  end_date?: string;
  date_precision: string;
  quotes?: Array<{ text: string }>;
}

describe.runIf(present)('the fact sheet', () => {
  const sheet = present
    ? (parseYaml(fs.readFileSync(path.join(REFERENCE, 'facts.yaml'), 'utf8')) as {
        events: SheetEvent[];
        actors: Array<{ id: string }>;
      })
    : { events: [], actors: [] };
  const bySlug = new Map(record.entries.map((e) => [e.slug, e]));
  const plain = (p: DatePoint) => [p.year, p.month, p.day, p.precision];

  test('every event has an entry under its id', () => {
    expect(sheet.events.length).toBe(65);
    expect(sheet.events.filter((e) => !bySlug.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  test.each(sheet.events.map((e) => [e.id, e] as const))(
    '%s has the sheet date at the sheet precision',
    (id, event) => {
      const entry = bySlug.get(id)!;
      const date = parseDate(entry.data.date);
      const expectedStart = anchorPoint(parseDate(event.date));
      expect(expectedStart.precision).toBe(
        event.date_precision === 'day' ? 'day' : event.date_precision === 'month' ? 'month' : 'year',
      );
      // The record may date an event more precisely or differently than the sheet only with a dated correction that
      // quotes the sheet's date (as the record prints it), after reading a better source.
      const quotesSheetDate = (d: string) => entry.data.corrections.some((c) => c.text.includes(formatDate(d)));
      if (!quotesSheetDate(event.date)) expect(plain(anchorPoint(date))).toEqual(plain(expectedStart));
      if (event.end_date) {
        expect(date.type).toBe('interval');
        const end = date.type === 'interval' ? date.end : undefined;
        const sheetEnd = anchorPoint(parseDate(event.end_date));
        // A sheet date the record has corrected from a better source must be quoted in a dated correction.
        if (!quotesSheetDate(event.end_date))
          expect(typeof end === 'object' ? plain(end) : end).toEqual(plain(sheetEnd));
      }
    },
  );

  // A sheet quote the record has since corrected or dropped (after reading a better source) is allowed only when
  // the entry's dated corrections log quotes the sheet's words: readers who cited them can see what changed and why.
  test('every quote in the sheet is in its entry word for word, or its correction is logged', () => {
    const missing: string[] = [];
    for (const event of sheet.events)
      for (const q of event.quotes ?? []) {
        const data = bySlug.get(event.id)?.data;
        const words = norm(q.text).replace(/[.,]$/, '');
        const texts = (data?.quotes ?? []).map((x) => norm(x.text));
        const corrected = (data?.corrections ?? []).some((c) => norm(c.text).includes(words));
        if (!texts.some((t) => t.includes(words)) && !corrected) missing.push(`${event.id}: ${q.text.slice(0, 60)}`);
      }
    expect(missing).toEqual([]);
  });

  test('every actor in the sheet has a page', () => {
    const slugs = new Set(record.actors.map((a) => a.slug));
    expect(sheet.actors.filter((a) => !slugs.has(a.id)).map((a) => a.id)).toEqual([]);
  });
});

test('corpus size: at least 65 entries, 100 actors, 12 jurisdictions, and every kind used', async () => {
  const { ENTRY_KINDS } = await import('../../src/schema/vocabulary');
  expect(record.problems).toEqual([]);
  expect(record.entries.length).toBeGreaterThanOrEqual(65);
  expect(record.actors.length).toBeGreaterThanOrEqual(100);
  expect(new Set(record.entries.flatMap((e) => e.data.jurisdictions)).size).toBeGreaterThanOrEqual(12);
  const used = new Set(record.entries.map((e) => e.data.kind));
  expect(ENTRY_KINDS.filter((k) => !used.has(k))).toEqual([]);
});
