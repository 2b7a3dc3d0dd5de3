/**
 * CSL-JSON for the record: what is cited, and how it is described to a CSL processor and to reference managers.
 * Pure (no citation-js here), so every rule below is unit-tested directly. The same item feeds every export (the
 * RIS and BibLaTeX writers in ./formats.ts, the page's metadata in src/lib/reuse/metadata.ts), so a reference manager
 * builds one item whatever door it comes in by.
 *
 * What is cited: the ORIGINAL document, described once in the entry's `document:` block (its own title, authors,
 * issuing body, recipients, date and legal identifiers), apart from the copies it was read in. The best copy (the
 * entry's first primary source: the document itself or its issuer's copy) supplies only where it can be read: the
 * URL, the access date and the archived copy. A quote is cited through the copy it was taken from: another primary
 * copy gives the same document at that copy's address; a secondary source (a report about the document) is cited as
 * itself, a web page on its site. An entry without a document block (an event or incident that is not a document)
 * or whose document was never published is cited through its first checked source (else its first), as a web page.
 * A separate "via" item cites the entry page itself.
 *
 * Types and fields are chosen so that Zotero's importers (CSL-JSON, RIS) build the right item; the Zotero field each
 * CSL variable lands in (zotero-schema's CSL mappings) is given in brackets:
 * - law, regulation → `legislation` [statute]: `number` [publicLawNumber]; the code citation as `volume`
 *   [codeNumber], `container-title` [code] and `section` [section]; the session laws as `volume`, `container-title`
 *   and `page` [pages] when there is no code citation, else verbatim in `references` [history]; `chapter-number`
 *   [session]. CSL's own `regulation` type is not used: Zotero imports it as a generic document.
 * - bill → `bill` [bill]: sponsors as `author` [sponsor], `number` [billNumber], the chamber as `authority`
 *   [legislativeBody], `chapter-number` [session]. Never a `publisher`: Zotero files a bill with one as a hearing.
 * - court-case → `legal_case` [case]: the court as `authority` [court], the docket as `number` [docketNumber], the
 *   law-report citation as `volume` [reporterVolume], `container-title` [reporter] and `page` [firstPage].
 * - testimony → `hearing` [hearing]: `section` [committee], the chamber as `authority` [legislativeBody],
 *   `chapter-number` [session], `number` [documentNumber].
 * - speech → `speech` [presentation]: `author` [presenter], `event-title` [meetingName], `event-place` [place],
 *   genre "Speech" [presentationType].
 * - letter → `personal_communication` [letter]: `author`, `recipient`.
 * - report, proposal, communiqué → `report` [report]: the issuing body as `publisher` [institution], `number`
 *   [reportNumber], `publisher-place` [place], genre "Communiqué"/"Proposal" [reportType]; a communiqué's meeting as
 *   `event-title`.
 * - statement, announcement, incident → `webpage` [webpage]: the copy's site as `container-title` [websiteTitle].
 * People are split into family/given names; organisations are `literal` (never split). Dates keep their EDTF
 * precision (approximate and uncertain dates set `circa`; open intervals are literal). Identifiers the CSL item has
 * no variable for for that type (a regulation's docket, an EU procedure) go in `note` [extra], one "Label: value"
 * line each.
 */
import type { Actor } from '../../schema/actor';
import type { Entry, Source } from '../../schema/entry';
import { KIND_LABELS, type EntryKind } from '../../schema/vocabulary';
import { formatDate, parseDate, type DatePoint, type IntervalEnd } from '../dates';

export type CslType =
  'legislation' | 'bill' | 'legal_case' | 'hearing' | 'speech' | 'personal_communication' | 'report' | 'webpage';

export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  literal?: string;
}

export interface CslDate {
  'date-parts'?: number[][];
  circa?: boolean;
  literal?: string;
}

/** The subset of CSL-JSON (https://github.com/citation-style-language/schema, csl-data.json) the record fills. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: CslType;
  title: string;
  'title-short'?: string;
  author?: CslName[];
  recipient?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  publisher?: string;
  'publisher-place'?: string;
  'container-title'?: string;
  volume?: string;
  page?: string;
  section?: string;
  'chapter-number'?: string;
  genre?: string;
  number?: string;
  'event-title'?: string;
  'event-place'?: string;
  /** Set only for display, by render.ts, where a style prints the legal citation from it. */
  version?: string;
  references?: string;
  authority?: string;
  jurisdiction?: string;
  status?: string;
  language?: string;
  URL: string;
  archive?: string;
  archive_location?: string;
  note?: string;
}

/** What the CSL builders need from the record: an actor by slug. */
export type ActorLookup = (slug: string) => { slug: string; data: Actor } | undefined;

/**
 * The source an entry is cited through: its best copy of the document (the first primary source), or, for an entry
 * with no primary source (a document never published), its first checked source, else its first.
 */
export function citedSource(entry: Entry): Source {
  return entry.sources.find((s) => s.type === 'primary') ?? entry.sources.find((s) => s.checked) ?? entry.sources[0]!;
}

/** The citation key / CSL id of a source of an entry: the entry's slug for the source it is cited through. */
function itemId(slug: string, entry: Entry, source: Source): string {
  // Slugs never contain "--" (one hyphen at a time), so `slug--source` cannot collide with another entry's key.
  return citedSource(entry).id === source.id ? slug : `${slug}--${source.id}`;
}

/** The CSL type of the document an entry of this kind records (see the module comment). */
const DOCUMENT_TYPE: Record<EntryKind, CslType> = {
  law: 'legislation',
  regulation: 'legislation',
  bill: 'bill',
  'court-case': 'legal_case',
  testimony: 'hearing',
  speech: 'speech',
  letter: 'personal_communication',
  report: 'report',
  proposal: 'report',
  communique: 'report',
  statement: 'webpage',
  announcement: 'webpage',
  incident: 'webpage',
  event: 'webpage',
};

/** Whether an entry is cited as its document (else as the source it is cited through, a web page). */
function citesDocument(entry: Entry): boolean {
  return !!entry.document && !entry.document.unpublished && citedSource(entry).type === 'primary';
}

/** The CSL type an entry's item has when cited through `source`: the document's type for a primary copy. */
export function cslType(entry: Entry, source: Source): CslType {
  return citesDocument(entry) && source.type === 'primary' ? DOCUMENT_TYPE[entry.kind] : 'webpage';
}

/** Honorifics dropped before a personal name (citation styles omit them). */
const HONORIFICS = new Set(['Sir', 'Dame', 'Dr.', 'Dr', 'Sen.', 'Rep.', 'Hon.']);
/** Name suffixes, kept as CSL `suffix`. */
const SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
/** Surname particles that belong to the family name ("von der Leyen", "De Bolle"). */
const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'De',
  'du',
  'Du',
  'da',
  'di',
  'Di',
  'la',
  'La',
  'le',
  'Le',
]);
/** Peerage and judicial styles whose holders are cited by the style itself, not a family name. */
const STYLED = /^(Lord|Lady|Baroness|Baron|Viscount|Earl)\s/;

/**
 * A person's name as CSL family/given: "William P. Barr" → Barr, William P.; "Cyrus R. Vance Jr." → Vance,
 * Cyrus R., Jr.; "Ursula von der Leyen" → von der Leyen, Ursula; "Sir Brian Leveson" → Leveson, Brian. Peers
 * and styled judges ("Lord Parkinson of Whitley Bay") stay literal. The record has no separate family-name field,
 * so a compound surname without a particle ("Wilson Thompson") is read as a middle name + surname.
 */
export function personName(name: string): CslName {
  if (STYLED.test(name)) return { literal: name };
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  let suffix: string | undefined;
  if (words.length > 2 && SUFFIXES.has(words[words.length - 1]!)) suffix = words.pop();
  if (words.length === 1) return { literal: words[0]! };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  const out: CslName = { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
  if (suffix) out.suffix = suffix;
  return out;
}

function actorName(actor: { data: Actor }): CslName {
  return actor.data.kind === 'person' ? personName(actor.data.name) : { literal: actor.data.name };
}

function parts(p: DatePoint): number[] {
  return p.precision === 'day' ? [p.year, p.month!, p.day!] : p.precision === 'month' ? [p.year, p.month!] : [p.year];
}

/** An EDTF date as a CSL date at its stored precision (see the module comment). */
export function cslDate(edtf: string): CslDate {
  const date = parseDate(edtf);
  const fuzzy = (p: IntervalEnd) => typeof p !== 'string' && (p.approximate || p.uncertain);
  if (date.type === 'point') {
    const out: CslDate = { 'date-parts': [parts(date.point)] };
    if (fuzzy(date.point)) out.circa = true;
    return out;
  }
  const { start, end } = date;
  if (typeof start === 'string' || typeof end === 'string') return { literal: formatDate(date) };
  // CSL ranges need both ends at one precision (citeproc refuses "element mismatch in date range input"), so a
  // range whose ends are known to different precisions is given at the coarser one: nothing is invented.
  const [a, b] = [parts(start), parts(end)];
  const n = Math.min(a.length, b.length);
  const out: CslDate = { 'date-parts': [a.slice(0, n), b.slice(0, n)] };
  if (fuzzy(start) || fuzzy(end)) out.circa = true;
  return out;
}

/** A readable name for the archive holding a copy ("Internet Archive"), from its address. */
export function archiveName(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  if (host === 'web.archive.org' || host === 'wayback.archive.org') return 'Internet Archive';
  if (/^archive\.(today|ph|is|li|vn|fo|md)$/.test(host)) return 'archive.today';
  return host;
}

function stateLabel(state: string): string {
  return state.replace(/-/g, ' ');
}

/**
 * A citation of the form `<volume> <container> <pages or section>` ("47 U.S.C. 1001-1010", "108 Stat. 4279",
 * "176 F.3d 1132", "65 FR 2492", "15 CFR Parts 734, 740"), split as reference managers keep it: the container is the
 * run of abbreviation-like words after the volume ("U.S.C.", "F.3d", "CFR"), the locator everything after it, less a
 * leading section sign. Anything else ("OJ L 274, 30.7.2021, p. 41") stays whole, as the container.
 */
export function splitCitation(citation: string): { volume?: string; container: string; locator?: string } {
  const words = citation.trim().split(/\s+/);
  const abbreviation = /^[A-Z][A-Za-z.]*(?:\d+[a-z]+\.?)?$/;
  const label = /^(?:Parts?|Sections?|Secs?\.|Chapters?|Ch\.)$/;
  let end = 1;
  while (end < words.length - 1 && abbreviation.test(words[end]!) && !label.test(words[end]!)) end++;
  if (!/^\d+$/.test(words[0]!) || end === 1 || end === words.length) return { container: citation.trim() };
  const locator = words
    .slice(end)
    .join(' ')
    .replace(/^§+\s*/, '');
  return { volume: words[0]!, container: words.slice(1, end).join(' '), locator };
}

function actorNames(slugs: readonly string[], actors: ActorLookup): CslName[] {
  return slugs.flatMap((slug) => {
    const actor = actors(slug);
    return actor ? [actorName(actor)] : [];
  });
}

function addNote(item: CslItem, line: string): void {
  item.note = item.note ? `${item.note}\n${line}` : line;
}

/** Where the copy is: its URL, the day an editor read it, and its archived copy. */
function locate(item: CslItem, copy: Source): void {
  if (copy.accessed) item.accessed = cslDate(copy.accessed);
  if (copy.archive) {
    item.archive = archiveName(copy.archive);
    item.archive_location = copy.archive;
    if (copy.archiveDate) addNote(item, `Archived copy captured ${formatDate(copy.archiveDate)}: ${copy.archive}`);
  }
}

/**
 * The CSL item of an entry's document, read at `copy` (a primary source of the entry): every field from the
 * `document:` block, the address from the copy (see the module comment).
 */
function documentItem(slug: string, entry: Entry, copy: Source, actors: ActorLookup): CslItem {
  const doc = entry.document!;
  const type = DOCUMENT_TYPE[entry.kind];
  const id = itemId(slug, entry, copy);
  const item: CslItem = { id, 'citation-key': id, type, title: doc.title, URL: copy.url };
  if (doc.shortTitle) item['title-short'] = doc.shortTitle;
  const authors = actorNames(doc.authors, actors);
  if (authors.length > 0) item.author = authors;
  if (type === 'personal_communication') {
    const recipients = actorNames(doc.recipients, actors);
    if (recipients.length > 0) item.recipient = recipients;
  }
  item.issued = cslDate(doc.date ?? entry.date);
  if (doc.language) item.language = doc.language;
  const issuer = doc.issuer ? actors(doc.issuer)?.data.name : undefined;
  const legal = type === 'legislation' || type === 'bill' || type === 'legal_case';
  if (legal) item.jurisdiction = entry.jurisdictions.join(', ');
  if (entry.status && (legal || type === 'report')) item.status = stateLabel(entry.status.state);

  switch (type) {
    case 'legislation': {
      if (doc.number) item.number = doc.number;
      const main = doc.code ?? doc.statute;
      if (main) {
        const { volume, container, locator } = splitCitation(main);
        item['container-title'] = container;
        if (volume) item.volume = volume;
        if (locator) item[doc.code ? 'section' : 'page'] = locator;
      }
      if (doc.code && doc.statute) item.references = doc.statute;
      if (doc.session) item['chapter-number'] = doc.session;
      if (issuer) item.authority = issuer;
      if (doc.docket) addNote(item, `Docket: ${doc.docket}`);
      break;
    }
    case 'bill': {
      if (doc.number) item.number = doc.number;
      const body = doc.chamber ?? issuer;
      if (body) item.authority = body;
      if (doc.session) item['chapter-number'] = doc.session;
      if (doc.committee) addNote(item, `Committee: ${doc.committee}`);
      break;
    }
    case 'legal_case': {
      if (issuer) item.authority = issuer;
      const docket = doc.docket ?? doc.number;
      if (docket) item.number = docket;
      if (doc.reporter) {
        const { volume, container, locator } = splitCitation(doc.reporter);
        item['container-title'] = container;
        if (volume) item.volume = volume;
        if (locator) item.page = locator;
      }
      break;
    }
    case 'hearing': {
      if (doc.committee) item.section = doc.committee;
      const house = doc.chamber ?? issuer;
      if (house) item.authority = house;
      if (doc.session) item['chapter-number'] = doc.session;
      if (doc.number) item.number = doc.number;
      break;
    }
    case 'speech':
      item.genre = KIND_LABELS.speech;
      if (doc.event) item['event-title'] = doc.event;
      if (doc.place) item['event-place'] = doc.place;
      break;
    case 'personal_communication':
      break;
    case 'report':
      if (issuer) item.publisher = issuer;
      if (doc.number) item.number = doc.number;
      if (doc.place) item['publisher-place'] = doc.place;
      if (entry.kind === 'communique' || entry.kind === 'proposal') item.genre = KIND_LABELS[entry.kind];
      if (doc.event) item['event-title'] = doc.event;
      if (doc.docket) addNote(item, `Docket: ${doc.docket}`);
      break;
    case 'webpage':
      item['container-title'] = copy.publisher;
      break;
  }
  if (doc.procedure) addNote(item, `Procedure: ${doc.procedure}`);
  locate(item, copy);
  return item;
}

/** The CSL item of a source read as itself: a web page on its site, dated only by its own date. */
export function sourceItem(slug: string, entry: Entry, source: Source): CslItem {
  const id = itemId(slug, entry, source);
  const item: CslItem = {
    id,
    'citation-key': id,
    type: 'webpage',
    title: source.title,
    'container-title': source.publisher,
    URL: source.url,
  };
  // A primary source without a date of its own is the entry's document or event: the entry's date is its date.
  const issued = source.date ?? (source.type === 'primary' ? entry.date : undefined);
  if (issued) item.issued = cslDate(issued);
  locate(item, source);
  return item;
}

/** The CSL item citing one of an entry's sources: its document at a primary copy, else the source itself. */
function copyItem(slug: string, entry: Entry, source: Source, actors: ActorLookup): CslItem {
  return citesDocument(entry) && source.type === 'primary'
    ? documentItem(slug, entry, source, actors)
    : sourceItem(slug, entry, source);
}

/** The CSL item citing the entry's original document. */
export function entryItem(slug: string, entry: Entry, actors: ActorLookup): CslItem {
  return copyItem(slug, entry, citedSource(entry), actors);
}

/**
 * The distinct sources an entry's quotes come from, in quote order, each with its CSL item. The source the
 * entry is cited through is included when a quote comes from it (its item is then the entry's own).
 */
export function quoteSourceItems(slug: string, entry: Entry, actors: ActorLookup): Map<string, CslItem> {
  const out = new Map<string, CslItem>();
  for (const q of entry.quotes) {
    if (out.has(q.source)) continue;
    const source = entry.sources.find((s) => s.id === q.source);
    if (source) out.set(q.source, copyItem(slug, entry, source, actors));
  }
  return out;
}

/**
 * The item citing the entry page itself ("via Encryption Policy Tracker"): a web page on this site, dated by the
 * entry's `updated` day, accessed on `accessed` (an ISO day; the page's script sets it to the reader's day).
 */
export function viaItem(slug: string, entry: Entry, permalink: string, siteName: string, accessed: string): CslItem {
  const item: CslItem = {
    id: `${slug}--via`,
    'citation-key': `${slug}--via`,
    type: 'webpage',
    title: entry.title,
    'container-title': siteName,
    URL: permalink,
    accessed: cslDate(accessed),
  };
  if (entry.updated) item.issued = cslDate(entry.updated);
  return item;
}
