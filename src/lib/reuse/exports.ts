/**
 * The open-data files under /data/: entries.json, actors.json, entries.csv and quotes.csv. Each field is defined
 * once here, with the description the /data/ page prints, so the files and their documentation cannot drift.
 * CSV is RFC 4180: comma-separated, CRLF between records, fields quoted when they contain a comma, a double quote
 * or a line break (quotes doubled), UTF-8 without a byte-order mark, one header row. A text cell that a spreadsheet
 * would run as a formula (it starts with =, +, -, @, or a tab or line break) gets a leading apostrophe
 * ({@link neutraliseFormula}), as documented on /data/#csv-formulas.
 */
import { stringify } from 'csv-stringify/sync';
import { anchorPoint, datetimeAttr, formatDate, parseDate } from '../dates';
import type { TrackerRecord, RecordEntry } from '../record';
import { KIND_LABELS } from '../../schema/vocabulary';
import type { EntryDocument } from '../../schema/entry';
import { absoluteUrl, CONTENT_LICENCE, SITE_NAME } from '../site';
import { citedSource } from '../citations/csl';
import { actorUrl, dataUrl, downloadUrls, entryUrl, homeUrl } from '../urls';

type Site = URL | string | null | undefined;

/** An entry's date, machine-readable: the EDTF as written, the text shown, and ISO start/end at their precision. */
export interface ExportDate {
  edtf: string;
  text: string;
  /** `2019-10-04`, `2019-07` or `2019`; for an interval its start (null when the start is open or unknown). */
  start: string | null;
  /** An interval's end at its precision; null for a single date or an open or unknown end. */
  end: string | null;
  precision: 'day' | 'month' | 'year';
  approximate: boolean;
  uncertain: boolean;
}

export function exportDate(edtf: string): ExportDate {
  const date = parseDate(edtf);
  const anchor = anchorPoint(date);
  const iso = (p: unknown) =>
    p && typeof p === 'object' ? datetimeAttr(p as Parameters<typeof datetimeAttr>[0]) : null;
  const start = date.type === 'point' ? datetimeAttr(date.point) : iso(date.start);
  const end = date.type === 'point' ? null : iso(date.end);
  return {
    edtf,
    text: formatDate(date),
    start,
    end,
    precision: anchor.precision,
    approximate: anchor.approximate,
    uncertain: anchor.uncertain,
  };
}

/** The document an entry records, with names beside the actor slugs. */
function documentExport(doc: EntryDocument, name: (slug: string) => string) {
  const people = (slugs: readonly string[]) => slugs.map((slug) => ({ actor: slug, name: name(slug) }));
  return {
    title: doc.title,
    short_title: doc.shortTitle ?? null,
    date: doc.date ? exportDate(doc.date) : null,
    authors: people(doc.authors),
    issuer: doc.issuer ? { actor: doc.issuer, name: name(doc.issuer) } : null,
    recipients: people(doc.recipients),
    language: doc.language ?? null,
    unpublished: doc.unpublished ?? null,
    number: doc.number ?? null,
    statute: doc.statute ?? null,
    code: doc.code ?? null,
    chamber: doc.chamber ?? null,
    session: doc.session ?? null,
    docket: doc.docket ?? null,
    reporter: doc.reporter ?? null,
    committee: doc.committee ?? null,
    event: doc.event ?? null,
    place: doc.place ?? null,
    procedure: doc.procedure ?? null,
  };
}

/** One entry as entries.json has it (documented field by field on /data/ and in its JSON Schema). */
function entryExport(entry: RecordEntry, record: Pick<TrackerRecord, 'actor' | 'relations'>, site: Site) {
  const d = entry.data;
  const url = absoluteUrl(entryUrl(entry.slug), site);
  const downloads = downloadUrls(entry.slug);
  const name = (slug: string) => record.actor(slug)?.data.name ?? slug;
  return {
    slug: entry.slug,
    url,
    title: d.title,
    kind: d.kind,
    kind_label: KIND_LABELS[d.kind],
    date: exportDate(d.date),
    document: d.document ? documentExport(d.document, name) : null,
    summary: d.summary,
    jurisdictions: d.jurisdictions,
    actors: d.actors.map((a) => ({ actor: a.actor, name: name(a.actor), role: a.role, capacity: a.capacity ?? null })),
    sources: d.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      type: s.type,
      checked: s.checked,
      seen: s.seen ?? null,
      date: s.date ?? null,
      accessed: s.accessed ?? null,
      archive: s.archive ?? null,
      archive_date: s.archiveDate ?? null,
      locator: s.locator ?? null,
      note: s.note ?? null,
    })),
    cited_source: citedSource(d).id,
    quotes: d.quotes.map((q) => ({
      id: q.id,
      permalink: `${url}#quote-${q.id}`,
      text: q.text,
      speakers: q.speaker,
      speaker_names: q.speaker.map(name),
      attribution: q.attribution ?? null,
      source: q.source,
      locator: q.locator ?? null,
      context: q.context ?? null,
      position: q.position ?? null,
      language: q.language ?? null,
      translator: q.translator ?? null,
      original: q.original ?? null,
    })),
    relations: record.relations(entry.slug).map((r) => ({
      entry: r.slug,
      rel: r.rel,
      direction: r.direction,
      label: r.label,
    })),
    status: d.status
      ? {
          state: d.status.state,
          as_of: d.status.asOf ?? null,
          source: d.status.source ?? null,
          history: d.status.history.map((h) => ({
            date: h.date,
            state: h.state,
            note: h.note ?? null,
            source: h.source ?? null,
          })),
        }
      : null,
    citation: d.citation ?? null,
    position: d.position ?? null,
    tags: d.tags,
    unverified: d.unverified,
    notes: d.notes,
    updated: d.updated ?? null,
    corrections: d.corrections,
    cite: {
      bibtex: absoluteUrl(downloads.bib, site),
      ris: absoluteUrl(downloads.ris, site),
      csl_json: absoluteUrl(downloads.json, site),
    },
  };
}

function fileHeader(what: string, site: Site) {
  return {
    title: `${SITE_NAME}: ${what}`,
    source: absoluteUrl(dataUrl(), site),
    license: { name: CONTENT_LICENCE.name, url: CONTENT_LICENCE.url },
    attribution: `${SITE_NAME} (${absoluteUrl(homeUrl(), site)})`,
  };
}

export function entriesJson(record: Pick<TrackerRecord, 'entries' | 'actor' | 'relations'>, site: Site) {
  return { ...fileHeader('entries', site), entries: record.entries.map((e) => entryExport(e, record, site)) };
}

export function actorsJson(record: Pick<TrackerRecord, 'actors' | 'entriesOf' | 'quotesBy'>, site: Site) {
  return {
    ...fileHeader('actors', site),
    actors: record.actors.map((a) => ({
      slug: a.slug,
      url: absoluteUrl(actorUrl(a.slug), site),
      name: a.data.name,
      kind: a.data.kind,
      country: a.data.country ?? null,
      aliases: a.data.aliases,
      description: a.data.description ?? null,
      roles: a.data.roles.map((r) => ({ title: r.title, org: r.org ?? null, from: r.from ?? null, to: r.to ?? null })),
      parent: a.data.parent ?? null,
      wikidata: a.data.sameAs?.wikidata ?? null,
      website: a.data.sameAs?.website ?? null,
      entries: record.entriesOf(a.slug).flatMap((g) => g.entries.map((e) => ({ entry: e.slug, role: g.role }))),
      quotes: record.quotesBy(a.slug).length,
    })),
  };
}

/** A CSV column: its header, what it holds (for /data/), and its value for a row. */
export interface Column<Row> {
  name: string;
  description: string;
  value: (row: Row) => string | number | boolean | null;
}

const joined = (values: readonly string[]) => values.join('; ');

export const ENTRY_COLUMNS: ReadonlyArray<
  Column<{ entry: RecordEntry; url: string; actorName: (s: string) => string }>
> = [
  { name: 'slug', description: 'The entry’s id; its page is /entries/<slug>/.', value: (r) => r.entry.slug },
  { name: 'url', description: 'The entry’s page.', value: (r) => r.url },
  {
    name: 'title',
    description: 'As the document calls itself, or a neutral description.',
    value: (r) => r.entry.data.title,
  },
  {
    name: 'kind',
    description:
      'letter, statement, speech, testimony, law, bill, regulation, court-case, communique, report, proposal, announcement, incident or event.',
    value: (r) => r.entry.data.kind,
  },
  {
    name: 'date_edtf',
    description:
      'The date as the record stores it, in EDTF: 2019-10-04, 2019-07, 2019, 1993~ (approximate), 2019-07? (uncertain), 2016-02-16/2016-03-28 (interval).',
    value: (r) => r.entry.data.date,
  },
  {
    name: 'date_text',
    description: 'The date as the site shows it, at its precision (“July 2019”, “c. 1993”).',
    value: (r) => exportDate(r.entry.data.date).text,
  },
  {
    name: 'date_start',
    description: 'ISO 8601 start at its precision (2019-10-04, 2019-07 or 2019); empty when unknown.',
    value: (r) => exportDate(r.entry.data.date).start,
  },
  {
    name: 'date_end',
    description: 'ISO 8601 end of an interval at its precision; empty for a single date.',
    value: (r) => exportDate(r.entry.data.date).end,
  },
  { name: 'date_precision', description: 'day, month or year.', value: (r) => exportDate(r.entry.data.date).precision },
  {
    name: 'date_approximate',
    description: 'true when the date is approximate (EDTF ~).',
    value: (r) => exportDate(r.entry.data.date).approximate,
  },
  {
    name: 'jurisdictions',
    description:
      'ISO 3166-1 alpha-2 codes (UK for the United Kingdom), EU, FVEY (Five Eyes) or INTL, separated by “; ”.',
    value: (r) => joined(r.entry.data.jurisdictions),
  },
  {
    name: 'actors',
    description: 'Who took part, as “actor-slug (role)”, separated by “; ”.',
    value: (r) => joined(r.entry.data.actors.map((a) => `${a.actor} (${a.role})`)),
  },
  {
    name: 'actor_names',
    description: 'The same actors by name, in the same order, separated by “; ”.',
    value: (r) => joined(r.entry.data.actors.map((a) => r.actorName(a.actor))),
  },
  {
    name: 'summary',
    description: 'One or two neutral sentences in the record’s words.',
    value: (r) => r.entry.data.summary,
  },
  {
    name: 'position',
    description:
      'for-access, against-access, mixed or neutral, where the document takes a stand on exceptional access (see /methodology/#positions); empty otherwise.',
    value: (r) => r.entry.data.position ?? null,
  },
  {
    name: 'status',
    description: 'For laws, bills, regulations and proposals: the current legislative state.',
    value: (r) => r.entry.data.status?.state ?? null,
  },
  {
    name: 'citation',
    description: 'The legal citation, where one exists.',
    value: (r) => r.entry.data.citation ?? null,
  },
  { name: 'tags', description: 'Topics, separated by “; ”.', value: (r) => joined(r.entry.data.tags) },
  {
    name: 'cited_source_title',
    description: 'The source the entry is cited through (its primary source where it has one).',
    value: (r) => citedSource(r.entry.data).title,
  },
  { name: 'cited_source_url', description: 'That source’s address.', value: (r) => citedSource(r.entry.data).url },
  { name: 'source_count', description: 'How many sources the entry lists.', value: (r) => r.entry.data.sources.length },
  {
    name: 'quote_count',
    description: 'How many verbatim quotes it records.',
    value: (r) => r.entry.data.quotes.length,
  },
  {
    name: 'updated',
    description: 'The day the entry last changed (YYYY-MM-DD).',
    value: (r) => r.entry.data.updated ?? null,
  },
  {
    name: 'corrections',
    description: 'How many corrections have been made since publication (listed on the entry’s page).',
    value: (r) => r.entry.data.corrections.length,
  },
];

type QuoteRow = {
  entry: RecordEntry;
  url: string;
  quote: RecordEntry['data']['quotes'][number];
  actorName: (s: string) => string;
};
const quoteSource = (r: QuoteRow) => r.entry.data.sources.find((s) => s.id === r.quote.source)!;

export const QUOTE_COLUMNS: ReadonlyArray<Column<QuoteRow>> = [
  { name: 'entry', description: 'The slug of the entry the quote belongs to.', value: (r) => r.entry.slug },
  { name: 'quote_id', description: 'The quote’s id within its entry.', value: (r) => r.quote.id },
  {
    name: 'permalink',
    description: 'The quote on its entry’s page (…/entries/<slug>/#quote-<id>).',
    value: (r) => `${r.url}#quote-${r.quote.id}`,
  },
  { name: 'text', description: 'The words, verbatim from the named source.', value: (r) => r.quote.text },
  {
    name: 'speaker',
    description: 'The speaker’s actor slug (/actors/<slug>/); for joint words, every speaker’s, separated by "; ".',
    value: (r) => r.quote.speaker.join('; '),
  },
  {
    name: 'speaker_name',
    description: 'The speaker’s name; for joint words, every speaker’s, separated by "; ".',
    value: (r) => r.quote.speaker.map((s) => r.actorName(s)).join('; '),
  },
  {
    name: 'attribution',
    description: 'How the words are credited when they are not the speaker’s alone or the speaker is not named.',
    value: (r) => r.quote.attribution ?? null,
  },
  { name: 'source_title', description: 'The source the words were taken from.', value: (r) => quoteSource(r).title },
  { name: 'source_publisher', description: 'Its publisher.', value: (r) => quoteSource(r).publisher },
  { name: 'source_url', description: 'Its address.', value: (r) => quoteSource(r).url },
  {
    name: 'source_type',
    description: 'primary (the document or its issuer’s copy) or secondary (reporting about it).',
    value: (r) => quoteSource(r).type,
  },
  {
    name: 'source_archive',
    description: 'An archived copy of the source, where one is recorded.',
    value: (r) => quoteSource(r).archive ?? null,
  },
  {
    name: 'locator',
    description: 'Where in the source (page, paragraph, timestamp).',
    value: (r) => r.quote.locator ?? null,
  },
  { name: 'context', description: 'One neutral sentence of context.', value: (r) => r.quote.context ?? null },
  {
    name: 'position',
    description: 'Where the quote stands on exceptional access, if it takes a position.',
    value: (r) => r.quote.position ?? null,
  },
  { name: 'entry_title', description: 'The entry’s title.', value: (r) => r.entry.data.title },
  { name: 'entry_date', description: 'The entry’s date, EDTF.', value: (r) => r.entry.data.date },
];

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @, a tab or a line break
 * (which some spreadsheets skip before one), and the full-width forms some locales accept.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe, which shows it as text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv<Row>(columns: ReadonlyArray<Column<Row>>, rows: readonly Row[]): string {
  return stringify(
    rows.map((row) =>
      columns.map((c) => {
        const v = c.value(row) ?? '';
        return typeof v === 'string' ? neutraliseFormula(v) : v;
      }),
    ),
    {
      header: true,
      columns: columns.map((c) => c.name),
      record_delimiter: 'windows',
      // csv-stringify quotes a line break only when it is the record delimiter; RFC 4180 wants every one quoted.
      quoted_match: /[\r\n]/,
      cast: { boolean: (v) => (v ? 'true' : 'false') },
    },
  );
}

export function entriesCsv(record: Pick<TrackerRecord, 'entries' | 'actor'>, site: Site): string {
  const actorName = (s: string) => record.actor(s)?.data.name ?? s;
  return toCsv(
    ENTRY_COLUMNS,
    record.entries.map((entry) => ({ entry, url: absoluteUrl(entryUrl(entry.slug), site), actorName })),
  );
}

export function quotesCsv(record: Pick<TrackerRecord, 'entries' | 'actor'>, site: Site): string {
  const actorName = (s: string) => record.actor(s)?.data.name ?? s;
  return toCsv(
    QUOTE_COLUMNS,
    record.entries.flatMap((entry) =>
      entry.data.quotes.map((quote) => ({
        entry,
        quote,
        url: absoluteUrl(entryUrl(entry.slug), site),
        actorName,
      })),
    ),
  );
}
