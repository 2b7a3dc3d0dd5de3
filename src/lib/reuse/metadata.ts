/**
 * What reference managers and search engines read from a page's <head>.
 *
 * An entry page's `citation_*` (Highwire Press), `DC.*` (Dublin Core) and `z:*` (Zotero) tags all describe ONE thing:
 * the original document, from the same CSL item every export is written from (src/lib/citations/csl.ts). Zotero's
 * Embedded Metadata translator merges every tag on the page into one item, so nothing else on the page may describe
 * another thing in a field it reads: Open Graph describes the page (og:title, og:url, og:site_name), which Zotero
 * reads only where the document tags leave a gap, so the document tags leave none that matters (a web page's site
 * is given in DC.source, or og:site_name would make the tracker the website; the kind is not given in
 * article:section, which Zotero reads as the item's section). How Zotero reads them (translators "Embedded Metadata"
 * and "RDF", checked against translation-server 2.0.5):
 * - the item type from `z:itemType` (a Zotero type name; it outranks every guess);
 * - persons as creators. Highwire `citation_author` replaces every other creator and makes each an author, so it is
 *   given only for types whose creators are all authors; a bill's sponsors (`z:sponsors`), a speech's presenter
 *   (`z:presenters`), a letter's authors and recipients (`DC.creator`, `z:recipients`) and a hearing's witnesses
 *   (`bib:contributors`) are given in the tags Zotero reads for those roles. Organisations are never given as
 *   creators (Zotero would split "Five Country Ministerial" into a given and a family name): an issuing body goes to
 *   the field its type has for it (institution, legislative body, court);
 * - every other field from `z:<field>`, copied into the item as it is: `z:publicLawNumber`, `z:code`,
 *   `z:codeNumber`, `z:section`, `z:billNumber`, `z:legislativeBody`, `z:session`, `z:court`, `z:docketNumber`,
 *   `z:reporter`, `z:meetingName`, `z:shortTitle`… (Zotero derives a short title from a title with a colon when the
 *   document has none of its own).
 * schema.org JSON-LD (which Zotero does not read) describes both: the WebPage, the document it is about
 * (Legislation for laws, bills and regulations; Message for letters; Report for reports; Event for events and
 * incidents; a CreativeWork with its genre otherwise), each Quotation, and the Person/Organization behind each actor.
 */
import { anchorPoint, datetimeAttr, parseDate } from '../dates';
import type { TrackerRecord, RecordActor, RecordEntry } from '../record';
import { jurisdictionName, KIND_LABELS } from '../../schema/vocabulary';
import type { ActorKind } from '../../schema/vocabulary';
import { absoluteUrl, CONTENT_LICENCE, SITE_NAME } from '../site';
import { actorUrl, dataUrl, entryUrl, homeUrl } from '../urls';
import type { CslDate, CslItem, CslName } from '../citations/csl';
import { citedSource } from '../citations/csl';

type Site = URL | string | null | undefined;

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/** The Zotero item type for a CSL type (Zotero's own CSL mapping, zotero-schema `csl.types`). */
export const ZOTERO_TYPE: Record<CslItem['type'], string> = {
  legislation: 'statute',
  bill: 'bill',
  legal_case: 'case',
  hearing: 'hearing',
  speech: 'presentation',
  personal_communication: 'letter',
  report: 'report',
  webpage: 'webpage',
};

/** A CSL date as Highwire wants it (`2019/10/04`, `2019/07`, `2019`); the start of a range; nothing for a literal. */
export function highwireDate(date: CslDate | undefined): string | undefined {
  const parts = date?.['date-parts']?.[0];
  return parts ? parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/') : undefined;
}

/** The same, ISO 8601 at its precision (`2019-10-04`, `2019-07`, `2019`), for Dublin Core. */
function isoDate(date: CslDate | undefined): string | undefined {
  return highwireDate(date)?.replace(/\//g, '-');
}

/** A person as "Family, Given" (", Suffix" after the given names); nothing for an organisation. */
function personLabel(n: CslName): string | undefined {
  if (n.literal) return undefined;
  return [n.family, [n.given, n.suffix].filter(Boolean).join(', ')].filter(Boolean).join(', ');
}

function persons(names: readonly CslName[] | undefined): string[] {
  return (names ?? []).flatMap((n) => personLabel(n) ?? []);
}

/** Whether every creator of the item is an author (so Highwire's `citation_author` may carry them). */
function authorsOnly(item: CslItem): boolean {
  return (
    item.type !== 'bill' &&
    item.type !== 'speech' &&
    item.type !== 'hearing' &&
    !(item.type === 'personal_communication' && item.recipient?.length)
  );
}

/** Highwire Press tags for the cited document (see the module comment). */
export function highwireTags(item: CslItem, tags: readonly string[]): MetaTag[] {
  const out: MetaTag[] = [{ name: 'citation_title', content: item.title }];
  if (authorsOnly(item))
    for (const author of persons(item.author)) out.push({ name: 'citation_author', content: author });
  const date = highwireDate(item.issued);
  if (date) out.push({ name: 'citation_date', content: date });
  if (item.publisher) out.push({ name: 'citation_publisher', content: item.publisher });
  if (item.type === 'report') {
    // Names the report type for Zotero (citation_technical_report_institution makes the item a report).
    if (item.publisher) out.push({ name: 'citation_technical_report_institution', content: item.publisher });
    if (item.number) out.push({ name: 'citation_technical_report_number', content: item.number });
  }
  if (item.language) out.push({ name: 'citation_language', content: item.language });
  out.push({ name: 'citation_public_url', content: item.URL });
  if (tags.length > 0) out.push({ name: 'citation_keywords', content: tags.join('; ') });
  return out;
}

/**
 * Dublin Core for the same document; `DC.source` carries a web page's site. No `DC.type`: `z:itemType` types the item,
 * and Zotero copies a DC.type into the item's own type field (a letter's "letter type" would read "letter"). No
 * `DC.identifier` for the address (`citation_public_url` gives it): Zotero reads identifiers for DOIs, and found one in
 * an address with "10/" in its path.
 */
export function dublinCoreTags(item: CslItem): MetaTag[] {
  const out: MetaTag[] = [{ name: 'DC.title', content: item.title }];
  if (item.type !== 'bill' && item.type !== 'speech' && item.type !== 'hearing')
    for (const author of persons(item.author)) out.push({ name: 'DC.creator', content: author });
  const date = isoDate(item.issued);
  if (date) out.push({ name: 'DC.date', content: date });
  if (item.publisher) out.push({ name: 'DC.publisher', content: item.publisher });
  if (item.type === 'webpage' && item['container-title'])
    out.push({ name: 'DC.source', content: item['container-title'] });
  if (item.language) out.push({ name: 'DC.language', content: item.language });
  return out;
}

/**
 * Zotero's own fields for the document (`z:<field>`, copied into the item as they are): its type, short title,
 * creators in the roles Highwire cannot express, and the identifiers of its kind, named as zotero-schema names them.
 */
export function zoteroTags(item: CslItem): MetaTag[] {
  const out: MetaTag[] = [{ name: 'z:itemType', content: ZOTERO_TYPE[item.type] }];
  const add = (field: string, value: string | undefined) => {
    if (value) out.push({ name: `z:${field}`, content: value });
  };
  add('shortTitle', item['title-short']);
  const fields: Partial<Record<CslItem['type'], Array<[string, string | undefined]>>> = {
    legislation: [
      ['publicLawNumber', item.number],
      ['code', item['container-title']],
      ['codeNumber', item.volume],
      ['section', item.section],
      ['pages', item.page],
      ['session', item['chapter-number']],
      ['history', item.references],
    ],
    bill: [
      ['billNumber', item.number],
      ['legislativeBody', item.authority],
      ['session', item['chapter-number']],
    ],
    legal_case: [
      ['court', item.authority],
      ['docketNumber', item.number],
      ['reporter', item['container-title']],
      ['reporterVolume', item.volume],
      ['firstPage', item.page],
    ],
    hearing: [
      ['committee', item.section],
      ['legislativeBody', item.authority],
      ['session', item['chapter-number']],
      ['documentNumber', item.number],
    ],
    speech: [
      ['meetingName', item['event-title']],
      ['place', item['event-place']],
      ['presentationType', item.genre],
    ],
    report: [
      ['reportNumber', item.number],
      ['reportType', item.genre],
      ['place', item['publisher-place']],
    ],
    webpage: [['websiteTitle', item['container-title']]],
  };
  for (const [field, value] of fields[item.type] ?? []) add(field, value);
  const role = item.type === 'bill' ? 'z:sponsors' : item.type === 'speech' ? 'z:presenters' : undefined;
  if (role) for (const p of persons(item.author)) out.push({ name: role, content: p });
  if (item.type === 'hearing') for (const p of persons(item.author)) out.push({ name: 'bib:contributors', content: p });
  for (const p of persons(item.recipient)) out.push({ name: 'z:recipients', content: p });
  if (item.note) add('extra', item.note);
  return out;
}

/** Every tag describing the document of an entry page: Highwire, Dublin Core and Zotero's own. */
export function documentTags(item: CslItem, tags: readonly string[]): MetaTag[] {
  return [...highwireTags(item, tags), ...dublinCoreTags(item), ...zoteroTags(item)];
}

/**
 * Open Graph extras for an entry page (og:title, og:url and the like come from the layout): when the page changed and
 * its topics. Not `article:section`: Zotero reads it into the document's section.
 */
export function entryOpenGraph(entry: RecordEntry): MetaTag[] {
  const d = entry.data;
  const out: MetaTag[] = [];
  if (d.updated) out.push({ property: 'article:modified_time', content: d.updated });
  for (const tag of d.tags) out.push({ property: 'article:tag', content: tag });
  return out;
}

/** The last day anything an actor's page shows changed: the latest `updated` of the entries it lists. */
export function actorPageModified(
  actor: RecordActor,
  record: Pick<TrackerRecord, 'entriesOf' | 'quotesBy'>,
): string | undefined {
  const days = [
    ...record.entriesOf(actor.slug).flatMap((g) => g.entries.map((e) => e.data.updated)),
    ...record.quotesBy(actor.slug).map((q) => q.entry.data.updated),
  ].filter((d): d is string => !!d);
  return days.sort().at(-1);
}

/**
 * An actor page's tags for reference managers: it is a web page of this site, dated by its last change. Without a
 * date of its own, Zotero would take the first `<time>` on the page (the actor's first role, "1991").
 */
export function actorTags(actor: RecordActor, record: Pick<TrackerRecord, 'entriesOf' | 'quotesBy'>): MetaTag[] {
  const out: MetaTag[] = [
    { name: 'DC.title', content: actor.data.name },
    { name: 'z:itemType', content: 'webpage' },
    { name: 'DC.source', content: SITE_NAME },
  ];
  const modified = actorPageModified(actor, record);
  if (modified) out.push({ name: 'DC.date', content: modified });
  return out;
}

const ORGANIZATION_TYPE: Record<Exclude<ActorKind, 'person'>, string> = {
  government: 'GovernmentOrganization',
  agency: 'GovernmentOrganization',
  legislature: 'GovernmentOrganization',
  court: 'GovernmentOrganization',
  company: 'Corporation',
  ngo: 'NGO',
  alliance: 'Organization',
  media: 'NewsMediaOrganization',
  academic: 'EducationalOrganization',
};

type JsonLd = Record<string, unknown>;

function actorId(slug: string, site: Site): string {
  return `${absoluteUrl(actorUrl(slug), site)}#actor`;
}

/** A Person or Organization node for an actor. */
function actorNode(actor: RecordActor, site: Site, record?: Pick<TrackerRecord, 'actor'>): JsonLd {
  const a = actor.data;
  const sameAs = [a.sameAs?.wikidata && `https://www.wikidata.org/wiki/${a.sameAs.wikidata}`, a.sameAs?.website].filter(
    (x): x is string => !!x,
  );
  const node: JsonLd = {
    '@type': a.kind === 'person' ? 'Person' : ORGANIZATION_TYPE[a.kind],
    '@id': actorId(actor.slug, site),
    name: a.name,
    url: absoluteUrl(actorUrl(actor.slug), site),
  };
  if (a.aliases.length > 0) node.alternateName = a.aliases;
  if (a.description) node.description = a.description;
  if (sameAs.length > 0) node.sameAs = sameAs;
  if (a.kind !== 'person' && a.parent && record?.actor(a.parent))
    node.parentOrganization = { '@id': actorId(a.parent, site) };
  return node;
}

const ref = (id: string) => ({ '@id': id });

/** An ISO date for schema.org, only when the point is exact (schema.org has no "approximately"). */
function exactDate(edtf: string): { start?: string; end?: string } {
  const date = parseDate(edtf);
  const exact = (p: unknown): string | undefined => {
    if (!p || typeof p !== 'object') return undefined;
    const point = p as ReturnType<typeof anchorPoint>;
    return point.approximate || point.uncertain ? undefined : datetimeAttr(point);
  };
  if (date.type === 'point') {
    const start = exact(date.point);
    return start ? { start } : {};
  }
  const out: { start?: string; end?: string } = {};
  const start = exact(date.start);
  const end = exact(date.end);
  if (start) out.start = start;
  if (end) out.end = end;
  return out;
}

function documentNode(entry: RecordEntry, item: CslItem, id: string, site: Site): JsonLd {
  const d = entry.data;
  const source = citedSource(d);
  const dates = exactDate(d.date);
  const authors = (
    d.document?.authors ?? d.actors.filter((a) => a.role === 'author' || a.role === 'signatory').map((a) => a.actor)
  ).map((slug) => ref(actorId(slug, site)));
  const base: JsonLd = { '@id': id, name: d.document?.title ?? d.title, description: d.summary };
  if (d.document?.shortTitle) base.alternateName = d.document.shortTitle;
  switch (d.kind) {
    case 'law':
    case 'bill':
    case 'regulation': {
      const node: JsonLd = { ...base, '@type': 'Legislation', legislationType: KIND_LABELS[d.kind] };
      if (d.citation) node.legislationIdentifier = d.citation;
      if (dates.start) node.legislationDate = dates.start;
      node.legislationJurisdiction = d.jurisdictions.map(jurisdictionName);
      const passedBy = d.actors.filter((a) => a.role === 'author').map((a) => ref(actorId(a.actor, site)));
      if (passedBy.length > 0) node.legislationPassedBy = passedBy;
      if (d.status) {
        const inForce = ['in-force', 'enacted', 'amended'].includes(d.status.state);
        const notInForce = ['repealed', 'expired', 'struck-down', 'withdrawn'].includes(d.status.state);
        if (d.kind === 'law' && inForce) node.legislationLegalForce = 'https://schema.org/InForce';
        if (notInForce) node.legislationLegalForce = 'https://schema.org/NotInForce';
      }
      node.url = source.url;
      return node;
    }
    case 'letter': {
      const node: JsonLd = { ...base, '@type': 'Message', url: source.url };
      if (authors.length > 0) node.sender = authors;
      const recipients = d.actors.filter((a) => a.role === 'recipient').map((a) => ref(actorId(a.actor, site)));
      if (recipients.length > 0) node.recipient = recipients;
      if (dates.start) node.dateSent = dates.start;
      return node;
    }
    case 'event':
    case 'incident': {
      const node: JsonLd = { ...base, '@type': 'Event' };
      if (dates.start) node.startDate = dates.start;
      if (dates.end) node.endDate = dates.end;
      return node;
    }
    default: {
      const node: JsonLd = {
        ...base,
        '@type': d.kind === 'report' ? 'Report' : 'CreativeWork',
        genre: KIND_LABELS[d.kind],
        url: source.url,
      };
      if (authors.length > 0) node.author = authors;
      if (dates.start) node.dateCreated = dates.start;
      if (d.kind === 'report' && item.number) node.reportNumber = item.number;
      return node;
    }
  }
}

/** The JSON-LD graph of an entry page. */
export function entryJsonLd(
  entry: RecordEntry,
  item: CslItem,
  record: Pick<TrackerRecord, 'actor'>,
  site: Site,
): JsonLd {
  const d = entry.data;
  const pageUrl = absoluteUrl(entryUrl(entry.slug), site);
  const docId = `${pageUrl}#document`;
  const sourceNode = (id: string) => {
    const s = d.sources.find((x) => x.id === id)!;
    return {
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      publisher: { '@type': 'Organization', name: s.publisher },
    };
  };
  const doc = documentNode(entry, item, docId, site);
  const places = d.jurisdictions.map((j) => ({ '@type': 'Place', name: jurisdictionName(j) }));
  const sources = d.sources.map((s) => sourceNode(s.id));
  doc.keywords = d.tags;
  if (doc['@type'] === 'Event') {
    // An Event is not a CreativeWork: where it happened is its location, and the sources are works about it.
    doc.location = places;
    doc.subjectOf = sources;
  } else {
    doc.spatialCoverage = places;
    doc.citation = sources;
  }

  const page: JsonLd = {
    '@type': 'WebPage',
    '@id': pageUrl,
    url: pageUrl,
    name: d.title,
    description: d.summary,
    inLanguage: 'en',
    isPartOf: ref(absoluteUrl(homeUrl(), site)),
    about: ref(docId),
    mainEntity: ref(docId),
    license: CONTENT_LICENCE.url,
    publisher: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(homeUrl(), site) },
  };
  if (d.updated) page.dateModified = d.updated;

  const quotes = d.quotes.map((q) => ({
    '@type': 'Quotation',
    '@id': `${pageUrl}#quote-${q.id}`,
    url: `${pageUrl}#quote-${q.id}`,
    text: q.text,
    spokenByCharacter: q.speaker.map((s) => ref(actorId(s, site))),
    isPartOf: ref(pageUrl),
    citation: sourceNode(q.source),
  }));

  const slugs = [...new Set([...d.actors.map((a) => a.actor), ...d.quotes.flatMap((q) => q.speaker)])];
  const actors = slugs
    .map((s) => record.actor(s))
    .filter((a): a is RecordActor => !!a)
    .map((a) => actorNode(a, site, record));

  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': absoluteUrl(homeUrl(), site), name: SITE_NAME, url: absoluteUrl(homeUrl(), site) },
      page,
      doc,
      ...quotes,
      ...actors,
    ],
  };
}

/** The JSON-LD graph of an actor page: a ProfilePage about the Person or Organization. */
export function actorJsonLd(actor: RecordActor, record: Pick<TrackerRecord, 'actor'>, site: Site): JsonLd {
  const pageUrl = absoluteUrl(actorUrl(actor.slug), site);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': absoluteUrl(homeUrl(), site), name: SITE_NAME, url: absoluteUrl(homeUrl(), site) },
      {
        '@type': 'ProfilePage',
        '@id': pageUrl,
        url: pageUrl,
        name: actor.data.name,
        inLanguage: 'en',
        isPartOf: ref(absoluteUrl(homeUrl(), site)),
        mainEntity: ref(actorId(actor.slug, site)),
        license: CONTENT_LICENCE.url,
      },
      actorNode(actor, site, record),
    ],
  };
}

/** The site itself and the organisation behind it (the tracker publishes the record). */
function siteNodes(site: Site): JsonLd[] {
  const home = absoluteUrl(homeUrl(), site);
  return [
    {
      '@type': 'WebSite',
      '@id': home,
      name: SITE_NAME,
      url: home,
      inLanguage: 'en',
      license: CONTENT_LICENCE.url,
      publisher: ref(`${home}#organization`),
    },
    { '@type': 'Organization', '@id': `${home}#organization`, name: SITE_NAME, url: home },
  ];
}

/** The JSON-LD graph of the home page: the WebSite and the Organization publishing it. */
export function homeJsonLd(site: Site): JsonLd {
  return { '@context': 'https://schema.org', '@graph': siteNodes(site) };
}

/** The media type of a download, from its path (for Dataset distributions). */
function mediaType(path: string): string {
  if (path.endsWith('.csv')) return 'text/csv';
  if (path.endsWith('.bib')) return 'application/x-bibtex';
  if (path.endsWith('.ris')) return 'application/x-research-info-systems';
  if (path.endsWith('bibliography.json')) return 'application/vnd.citationstyles.csl+json';
  return 'application/json';
}

/**
 * The JSON-LD graph of /data/: the record as a schema.org Dataset, each download a DataDownload, dated by the last
 * change to any entry (never the build time).
 */
export function datasetJsonLd(
  files: ReadonlyArray<{ path: string; format: string; what: string }>,
  entries: readonly RecordEntry[],
  site: Site,
): JsonLd {
  const home = absoluteUrl(homeUrl(), site);
  const page = absoluteUrl(dataUrl(), site);
  const modified = entries
    .map((e) => e.data.updated)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  const dataset: JsonLd = {
    '@type': 'Dataset',
    '@id': `${page}#dataset`,
    name: `${SITE_NAME}: the record`,
    description:
      'The sourced record of the encryption-policy debate: letters, statements, speeches, laws, bills, court cases and communiqués, with their actors, sources, verbatim quotes and citations.',
    url: page,
    inLanguage: 'en',
    license: CONTENT_LICENCE.url,
    isAccessibleForFree: true,
    creator: ref(`${home}#organization`),
    publisher: ref(`${home}#organization`),
    includedInDataCatalog: { '@type': 'DataCatalog', name: SITE_NAME, url: home },
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      name: f.format,
      description: f.what,
      contentUrl: absoluteUrl(f.path, site),
      encodingFormat: mediaType(f.path),
    })),
  };
  if (modified) dataset.dateModified = modified;
  return { '@context': 'https://schema.org', '@graph': [...siteNodes(site), dataset] };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no string can close the script element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
