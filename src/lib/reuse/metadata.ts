/**
 * What reference managers and search engines read from a page's <head>.
 *
 * Entry pages describe the ORIGINAL document (the item "Cite this" cites) in Highwire Press `citation_*` tags and
 * Dublin Core, so a reference manager saving the page files the document, not this site: Zotero's Embedded
 * Metadata translator takes the item's fields from `citation_*` (its URL from `citation_public_url`) and its item
 * type from `DC.type` when that names a Zotero type (`statute`, `bill`, `case`, `hearing`, `presentation`,
 * `letter`, `report`, `webpage`), which outranks the journal-article guess `citation_title` alone would trigger.
 * Open Graph describes the page itself (og:type `article`, which Zotero treats as a weak guess only).
 * schema.org JSON-LD describes both: the WebPage, the document it is about (Legislation for laws, bills and
 * regulations; Message for letters; Report for reports; Event for events and incidents; a CreativeWork with its
 * genre otherwise), each Quotation, and the Person/Organization behind each actor.
 */
import { anchorPoint, datetimeAttr, parseDate } from '../dates';
import type { TrackerRecord, RecordActor, RecordEntry } from '../record';
import { jurisdictionName, KIND_LABELS } from '../../schema/vocabulary';
import type { ActorKind } from '../../schema/vocabulary';
import { absoluteUrl, CONTENT_LICENCE, SITE_NAME } from '../site';
import { actorUrl, entryUrl, homeUrl } from '../urls';
import type { CslDate, CslItem, CslName } from '../citations/csl';
import { citedSource } from '../citations/csl';

type Site = URL | string | null | undefined;

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/** The Zotero item type for a CSL type (Zotero's own CSL mapping; a regulation is filed as a statute). */
export const ZOTERO_TYPE: Record<CslItem['type'], string> = {
  legislation: 'statute',
  bill: 'bill',
  regulation: 'statute',
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

function personLabel(n: CslName): string | undefined {
  if (n.literal) return undefined;
  return [n.family, [n.given, n.suffix].filter(Boolean).join(', ')].filter(Boolean).join(', ');
}

/** Highwire Press tags for the cited document. Organisational authors are left to DC.creator (Highwire splits names). */
export function highwireTags(item: CslItem, tags: readonly string[]): MetaTag[] {
  const out: MetaTag[] = [{ name: 'citation_title', content: item.title }];
  for (const author of item.author ?? []) {
    const label = personLabel(author);
    if (label) out.push({ name: 'citation_author', content: label });
  }
  const date = highwireDate(item.issued);
  if (date) out.push({ name: 'citation_date', content: date });
  const publisher = item.publisher ?? item['container-title'];
  if (publisher) out.push({ name: 'citation_publisher', content: publisher });
  if (item.type === 'report') {
    // Names the report type for Zotero (citation_technical_report_institution makes the item a report).
    if (publisher) out.push({ name: 'citation_technical_report_institution', content: publisher });
    if (item.number) out.push({ name: 'citation_technical_report_number', content: item.number });
  }
  out.push({ name: 'citation_public_url', content: item.URL });
  if (tags.length > 0) out.push({ name: 'citation_keywords', content: tags.join('; ') });
  return out;
}

/** Dublin Core for the same document; `DC.type` carries the Zotero item type. */
export function dublinCoreTags(item: CslItem): MetaTag[] {
  const out: MetaTag[] = [
    { name: 'DC.title', content: item.title },
    { name: 'DC.type', content: ZOTERO_TYPE[item.type] },
  ];
  for (const author of item.author ?? [])
    out.push({ name: 'DC.creator', content: author.literal ?? personLabel(author)! });
  const date = isoDate(item.issued);
  if (date) out.push({ name: 'DC.date', content: date });
  const publisher = item.publisher ?? item['container-title'];
  if (publisher) out.push({ name: 'DC.publisher', content: publisher });
  out.push({ name: 'DC.identifier', content: item.URL });
  return out;
}

/** Open Graph extras for an entry page (og:title, og:url and the like come from the layout). */
export function entryOpenGraph(entry: RecordEntry): MetaTag[] {
  const d = entry.data;
  const out: MetaTag[] = [{ property: 'article:section', content: KIND_LABELS[d.kind] }];
  if (d.updated) out.push({ property: 'article:modified_time', content: d.updated });
  for (const tag of d.tags) out.push({ property: 'article:tag', content: tag });
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
  const authors = d.actors
    .filter((a) => a.role === 'author' || a.role === 'signatory')
    .map((a) => ref(actorId(a.actor, site)));
  const base: JsonLd = { '@id': id, name: d.title, description: d.summary };
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

/** JSON for a <script type="application/ld+json">: `<` escaped so no string can close the script element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
