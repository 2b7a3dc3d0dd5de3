/** An entry page's view model: everything the page shows about one entry, computed once per build. */
import type { EntryCitations } from '../lib/citations';
import type { DossierMembership } from '../lib/dossiers';
import { DOWNLOAD_FORMATS } from '../lib/citations/downloads';
import { FACETS, facetValueHref } from '../lib/facets';
import type { RecordEntry } from '../lib/record';
import { documentTags, entryJsonLd, entryOpenGraph, jsonLdScript } from '../lib/reuse/metadata';
import { lastChanged } from '../lib/last-changed';
import { keyActors } from '../lib/timeline';
import { excerpt, reportErrorHref } from '../lib/report-error';
import { absoluteUrl } from '../lib/site';
import { actorUrl, entryUrl, quoteUrl } from '../lib/urls';
import type { ActorRef, EntryPageView } from '../lib/views';
import { jurisdictionName, STATUS_LABELS } from '../schema/vocabulary';
import type { Content } from './content';
import { committedDay } from './git-days';
import { REPORT_ERRORS_TO, SITE } from './site';

export function entryView(
  content: Content,
  entry: RecordEntry,
  citations: EntryCitations,
  dossiers: DossierMembership[],
): EntryPageView {
  const { record, actorName } = content;
  const d = entry.data;
  const actor = (slug: string): ActorRef => ({ slug, href: actorUrl(slug), name: record.actor(slug)?.data.name });
  const neighbour = (e: RecordEntry | undefined) => e && { href: entryUrl(e.slug), title: e.data.title };
  const item = citations.original.item;
  const sourceLink = (id: string | undefined) => {
    const source = id === undefined ? undefined : d.sources.find((s) => s.id === id);
    return source && { href: `#source-${source.id}`, label: source.title };
  };
  const document = content.documents.get(entry.slug);
  const body = document?.body;
  const permalink = absoluteUrl(entryUrl(entry.slug), SITE);
  return {
    slug: entry.slug,
    data: d,
    lastUpdated: lastChanged(d.updated, d.corrections, document?.filePath && committedDay(document.filePath)),
    report: reportErrorHref(REPORT_ERRORS_TO, { title: d.title, permalink }),
    bodyQuotes: bodyQuoteIds(body),
    who: (({ actors, more }) => ({ actors: actors.map(actor), more }))(keyActors(entry, 4)),
    kind: { href: facetValueHref(FACETS.kind, d.kind), label: FACETS.kind.label(d.kind, actorName) },
    jurisdictions: d.jurisdictions.map((j) => ({
      href: facetValueHref(FACETS.jurisdiction, j),
      label: jurisdictionName(j),
    })),
    status: d.status && {
      state: STATUS_LABELS[d.status.state],
      asOf: d.status.asOf,
      source: sourceLink(d.status.source)?.href,
      history: d.status.history.map((h) => ({
        date: h.date,
        state: STATUS_LABELS[h.state],
        note: h.note ?? '',
        source:
          h.source === undefined
            ? undefined
            : (sourceLink(h.source) ?? { href: `#source-${h.source}`, label: h.source }),
      })),
    },
    position: d.position && {
      href: facetValueHref(FACETS.position, d.position),
      label: FACETS.position.label(d.position, actorName),
    },
    tags: d.tags.map((t) => ({ href: facetValueHref(FACETS.tag, t), label: FACETS.tag.label(t, actorName) })),
    actors: d.actors.map((a) => ({ actor: actor(a.actor), role: a.role, capacity: a.capacity })),
    quotes: d.quotes.map((quote) => ({
      quote,
      source: d.sources.find((s) => s.id === quote.source),
      speakers: quote.speaker.map(actor),
      citation: citations.quotes.find((c) => c.quote.id === quote.id),
      report: reportErrorHref(REPORT_ERRORS_TO, {
        title: `${d.title}, quote “${excerpt(quote.text, 60)}”`,
        permalink: absoluteUrl(quoteUrl(entry.slug, quote.id), SITE),
      }),
    })),
    citations,
    relations: record.relations(entry.slug).map((r) => ({
      label: r.label,
      href: entryUrl(r.slug),
      title: r.title,
      date: r.date,
    })),
    previous: neighbour(record.previous(entry.slug)),
    next: neighbour(record.next(entry.slug)),
    bodyActors: Object.fromEntries(bodyActorIds(body).map((id) => [id, actor(id)])),
    dossiers,
    head: {
      tags: [...documentTags(item, d.tags), ...entryOpenGraph(entry)],
      downloads: DOWNLOAD_FORMATS.map((f) => ({
        type: f.type,
        href: citations.original.downloads[f.ext],
        title: `Citation (${f.label})`,
      })),
      jsonLd: jsonLdScript(entryJsonLd(entry, item, record, SITE)),
    },
  };
}

/** The actors an entry's body names with `<Actor id="…" />` (the validator has checked that each exists). */
function bodyActorIds(body = ''): string[] {
  return [...body.matchAll(/<Actor\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2]!);
}

/** The quotes an entry's body places with `<Quote id="…" />`, in order: printed there, not again under "Quotes". */
function bodyQuoteIds(body = ''): string[] {
  return [
    ...new Set([...body.matchAll(/<Quote\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2]!)),
  ];
}
