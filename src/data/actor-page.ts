/** An actor page's view model: who they are, their roles, positions, entries, quotes and company, computed once. */
import { positionRows, positionRuns, positionsOverTime } from '../lib/actor-graph';
import { FACETS, facetValueHref, type FacetValue } from '../lib/facets';
import type { RecordActor } from '../lib/record';
import { feedLinks, followLinks } from '../lib/reuse/feeds';
import { actorJsonLd, actorTags, jsonLdScript } from '../lib/reuse/metadata';
import { actorUrl, entryUrl, quoteUrl } from '../lib/urls';
import type { ActorPageView } from '../lib/views';
import { ACTOR_KIND_LABELS, jurisdictionName } from '../schema/vocabulary';
import type { Content } from './content';
import { getActorGraph } from './graph';
import { SITE } from './site';

/** How many actors "Appears with" lists before summing up the rest. */
const APPEARS_WITH_LIMIT = 25;

export function actorView(content: Content, actor: RecordActor, subset: FacetValue | undefined): ActorPageView {
  const { record, actorName } = content;
  const a = actor.data;
  const link = (slug: string) => ({ href: actorUrl(slug), label: actorName(slug) });
  const partners = getActorGraph(content).appearsWith(actor.slug);
  const shown = partners.slice(0, APPEARS_WITH_LIMIT);
  return {
    slug: actor.slug,
    data: a,
    kind: ACTOR_KIND_LABELS[a.kind].one,
    country: a.country && jurisdictionName(a.country),
    parents: record.parentsOf(actor.slug).map((p) => link(p.slug)),
    roles: a.roles.map((r) => ({
      title: r.title,
      org: r.org && r.org !== actor.slug ? link(r.org) : undefined,
      from: r.from,
      to: r.to,
    })),
    positions: positionRuns(positionRows(positionsOverTime(record.entries, actor.slug))).map((run) => ({
      positions: run.positions.map((position) => ({
        position,
        href: facetValueHref(FACETS.position, position),
        label: FACETS.position.label(position, actorName),
      })),
      rows: run.rows.map((r) => ({
        entry: r.entry,
        href: entryUrl(r.entry),
        title: r.title,
        date: r.date,
        role: r.role,
        quotes: r.quotes.length,
      })),
    })),
    groups: record.entriesOf(actor.slug),
    quotes: record.quotesBy(actor.slug).map(({ entry, quote }) => ({
      href: quoteUrl(entry.slug, quote.id),
      text: quote.text,
      title: entry.data.title,
      date: entry.data.date,
      jointly:
        quote.speaker.length > 1
          ? {
              with: quote.speaker
                .filter((s) => s !== actor.slug)
                .map(actorName)
                .join(', '),
              attribution: quote.attribution,
            }
          : undefined,
    })),
    appearsWith: {
      partners: shown.map((p) => ({ ...link(p.slug), count: p.count })),
      more:
        partners.length > shown.length
          ? { count: partners.length - shown.length, most: shown.at(-1)!.count }
          : undefined,
    },
    members: record.membersOf(actor.slug).map((m) => link(m.slug)),
    head: {
      tags: actorTags(actor, record),
      jsonLd: jsonLdScript(actorJsonLd(actor, record, SITE)),
      feeds: feedLinks(subset),
    },
    follow: subset && followLinks(subset),
  };
}
