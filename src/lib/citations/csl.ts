/**
 * CSL-JSON for the record: what is cited, and how it is described to a CSL processor and to reference managers.
 * Pure (no citation-js here), so every rule below is unit-tested directly.
 *
 * What is cited: the ORIGINAL document, not this site. An entry is cited through its primary source (the document
 * itself or its issuer's copy); among several primary sources the first one an editor has opened (`checked`) wins,
 * else the first listed. An entry without a primary source is cited through its first checked source (else its
 * first). A quote is cited through the source it was taken from. A separate "via" item cites the entry page itself.
 *
 * How (decisions where the schema leaves room, all documented on /data/):
 * - Title: the source's own title, verbatim. Titles in square brackets are descriptions supplied by the editors
 *   (the cataloguing convention APA also uses for untitled works); they are never turned into invented titles.
 * - Item type: by the entry's kind when the cited source is primary (it is then the document the entry records):
 *   law → legislation, bill → bill, regulation → regulation, court-case → legal_case, testimony → hearing,
 *   speech → speech, letter → personal_communication, report/proposal → report, communiqué → report with genre
 *   "Communiqué", statement/announcement/event/incident → webpage. A secondary source (reporting about the
 *   document) is always a webpage: we know its site, not its form.
 * - Authors: only for a primary source, from the entry's actors: the authors and signatories, else the speakers.
 *   Laws, bills, regulations and cases have none (the issuing body is the `authority`; APA would print a bill's
 *   sponsors as "testimony of …"), nor have events and incidents (they are not documents). People are split into
 *   family/given names; organisations are `literal`. Letters name their recipients.
 * - Legal details: `number` = the entry's `citation`; `authority` = the legislature, agency or court among the
 *   actors; `jurisdiction` = the entry's jurisdiction codes; `status` = the legislative state.
 * - Dates: `issued` = the source's own date; for a primary source without one, the entry's date (the primary
 *   source is the document, and the entry's date is the document's). A secondary source without a date has none
 *   ("n.d."): dates are never invented. EDTF precision is kept (only the known date-parts); approximate (`~`) and
 *   uncertain (`?`) dates set `circa`; an interval with an open or unknown end becomes a literal ("February 2016
 *   onwards"). `accessed` only when the source records it.
 * - Archive: `archive` (the archive's name) and `archive_location` (the archived copy's URL) when the source has an
 *   archived copy.
 */
import type { Actor } from '../../schema/actor';
import type { Entry, Source } from '../../schema/entry';
import { KIND_LABELS, type ActorRole, type EntryKind } from '../../schema/vocabulary';
import { formatDate, parseDate, type DatePoint, type IntervalEnd } from '../dates';

export type CslType =
  | 'legislation'
  | 'bill'
  | 'regulation'
  | 'legal_case'
  | 'hearing'
  | 'speech'
  | 'personal_communication'
  | 'report'
  | 'webpage';

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
  author?: CslName[];
  recipient?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  publisher?: string;
  'container-title'?: string;
  genre?: string;
  number?: string;
  /** Set only for display, by render.ts, where a style prints the legal citation from it. */
  version?: string;
  references?: string;
  authority?: string;
  jurisdiction?: string;
  status?: string;
  URL: string;
  archive?: string;
  archive_location?: string;
  note?: string;
}

/** What the CSL builders need from the record: an actor by slug. */
export type ActorLookup = (slug: string) => { slug: string; data: Actor } | undefined;

/** The source an entry is cited through (see the module comment). */
export function citedSource(entry: Entry): Source {
  const primary = entry.sources.filter((s) => s.type === 'primary');
  return primary.find((s) => s.checked) ?? primary[0] ?? entry.sources.find((s) => s.checked) ?? entry.sources[0]!;
}

/** The citation key / CSL id of a source of an entry: the entry's slug for the source it is cited through. */
function itemId(slug: string, entry: Entry, source: Source): string {
  // Slugs never contain "--" (one hyphen at a time), so `slug--source` cannot collide with another entry's key.
  return citedSource(entry).id === source.id ? slug : `${slug}--${source.id}`;
}

export function cslType(kind: EntryKind, source: Source): CslType {
  if (source.type !== 'primary') return 'webpage';
  switch (kind) {
    case 'law':
      return 'legislation';
    case 'bill':
      return 'bill';
    case 'regulation':
      return 'regulation';
    case 'court-case':
      return 'legal_case';
    case 'testimony':
      return 'hearing';
    case 'speech':
      return 'speech';
    case 'letter':
      return 'personal_communication';
    case 'report':
    case 'proposal':
    case 'communique':
      return 'report';
    case 'statement':
    case 'announcement':
    case 'event':
    case 'incident':
      return 'webpage';
  }
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

function actorsWith(entry: Entry, roles: readonly ActorRole[], actors: ActorLookup) {
  const seen = new Set<string>();
  const out: Array<{ slug: string; data: Actor }> = [];
  for (const a of entry.actors) {
    if (!roles.includes(a.role) || seen.has(a.actor)) continue;
    const actor = actors(a.actor);
    if (!actor) continue;
    seen.add(a.actor);
    out.push(actor);
  }
  return out;
}

/** The actors credited as the document's authors (see the module comment). */
function authorActors(entry: Entry, type: CslType, actors: ActorLookup) {
  const first = (...groups: ActorRole[][]) => {
    for (const roles of groups) {
      const found = actorsWith(entry, roles, actors);
      if (found.length > 0) return found;
    }
    return [];
  };
  switch (type) {
    case 'legislation':
    case 'bill':
    case 'regulation':
    case 'legal_case':
      return [];
    default:
      if (entry.kind === 'event' || entry.kind === 'incident') return [];
      return first(['author', 'signatory'], ['speaker']);
  }
}

const AUTHORITY_KINDS: Partial<Record<CslType, { roles: ActorRole[]; kinds: string[] }>> = {
  legislation: { roles: ['author', 'sponsor', 'publisher'], kinds: ['legislature', 'government', 'agency'] },
  bill: { roles: ['author', 'sponsor', 'subject'], kinds: ['legislature'] },
  regulation: { roles: ['author', 'publisher'], kinds: ['agency', 'government', 'legislature'] },
  legal_case: { roles: ['court'], kinds: ['court'] },
};

/** The issuing legislature, agency or court, by name ("U.S. Congress"; several joined with "; "). */
function authority(entry: Entry, type: CslType, actors: ActorLookup): string | undefined {
  const rule = AUTHORITY_KINDS[type];
  if (!rule) return undefined;
  const names = actorsWith(entry, rule.roles, actors)
    .filter((a) => rule.kinds.includes(a.data.kind))
    .map((a) => a.data.name);
  return names.length > 0 ? names.join('; ') : undefined;
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
  const out: CslDate = { 'date-parts': [parts(start), parts(end)] };
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

/** The CSL item citing one of an entry's sources (the original document when `source` is the one it is cited through). */
export function sourceItem(slug: string, entry: Entry, source: Source, actors: ActorLookup): CslItem {
  const type = cslType(entry.kind, source);
  const primary = source.type === 'primary';
  const item: CslItem = {
    id: itemId(slug, entry, source),
    'citation-key': '',
    type,
    title: source.title,
    URL: source.url,
  };
  item['citation-key'] = item.id;

  const authors = primary ? authorActors(entry, type, actors).map(actorName) : [];
  if (authors.length > 0) item.author = authors;
  if (primary && type === 'personal_communication') {
    const recipients = actorsWith(entry, ['recipient'], actors).map(actorName);
    if (recipients.length > 0) item.recipient = recipients;
  }

  const issued = source.date ?? (primary ? entry.date : undefined);
  if (issued) item.issued = cslDate(issued);
  if (source.accessed) item.accessed = cslDate(source.accessed);

  // A web page is published on a site (CSL `container-title`); every other type has a publisher.
  if (type === 'webpage') item['container-title'] = source.publisher;
  else item.publisher = source.publisher;

  if (primary) {
    if (entry.kind === 'communique') item.genre = KIND_LABELS.communique;
    if (type === 'speech') item.genre = KIND_LABELS.speech;
    if (entry.citation && type !== 'webpage' && type !== 'personal_communication' && type !== 'speech')
      item.number = entry.citation;
    const auth = authority(entry, type, actors);
    if (auth) item.authority = auth;
    if (['legislation', 'bill', 'regulation', 'legal_case'].includes(type))
      item.jurisdiction = entry.jurisdictions.join(', ');
    if (entry.status && ['legislation', 'bill', 'regulation', 'report'].includes(type))
      item.status = stateLabel(entry.status.state);
  }

  if (source.archive) {
    item.archive = archiveName(source.archive);
    item.archive_location = source.archive;
    if (source.archiveDate) item.note = `Archived copy captured ${formatDate(source.archiveDate)}: ${source.archive}`;
  }
  return item;
}

/** The CSL item citing the entry's original document. */
export function entryItem(slug: string, entry: Entry, actors: ActorLookup): CslItem {
  return sourceItem(slug, entry, citedSource(entry), actors);
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
    if (source) out.set(q.source, sourceItem(slug, entry, source, actors));
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
