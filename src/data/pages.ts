/**
 * View models of the pages without route parameters (the home page, the actor list, the network, the data page),
 * each computed once per snapshot; their page files call one of these in their frontmatter.
 */
import { selectNetwork, type NetworkSelection } from '../lib/actor-graph';
import { groupActorsByKind } from '../lib/actors';
import { FACETS, FEED_FACETS, type FacetValue } from '../lib/facets';
import { layoutNetwork, type NetworkLayout } from '../lib/network-layout';
import type { RecordActor, RecordEntry } from '../lib/record';
import { countRecord, latestAdditions, type RecordCounts } from '../lib/timeline';
import { actorUrl, timelineJsUrl } from '../lib/urls';
import type { Link } from '../lib/views';
import type { DensityStrip } from '../lib/year-density';
import { derived, getContent } from './content';
import { getActorGraph } from './graph';
import { stripView } from './lists';
import { valuesOf } from './routes';

export async function homeView(): Promise<{ counts: RecordCounts; latest: RecordEntry[]; strip: DensityStrip }> {
  const content = await getContent();
  return derived(content, 'home', ({ record }) => ({
    counts: countRecord(record.entries, record.actors.length),
    latest: latestAdditions(record.entries, 8),
    strip: stripView(record.entries, true),
  }));
}

export async function actorsView(): Promise<{
  total: number;
  groups: Array<{ kind: string; label: string; actors: Array<{ actor: RecordActor; href: string; entries: number }> }>;
}> {
  const content = await getContent();
  return derived(content, 'actors', ({ record }) => ({
    total: record.actors.length,
    groups: groupActorsByKind(record.actors, record.entryCount).map((g) => ({
      ...g,
      actors: g.actors.map((a) => ({ ...a, href: actorUrl(a.actor.slug) })),
    })),
  }));
}

export interface NetworkView {
  selection: NetworkSelection;
  layout: NetworkLayout;
  /** Each drawn actor, by slug: its page and name. */
  actors: Record<string, Link>;
  /** The list under the drawing: each drawn actor with its drawn partners, most shared first. */
  list: Array<{ slug: string; entries: number; partners: Array<{ slug: string; count: number }> }>;
}

export async function networkView(): Promise<NetworkView> {
  const content = await getContent();
  return derived(content, 'network', ({ record, actorName }) => {
    const graph = getActorGraph(content);
    const selection = selectNetwork(
      graph,
      record.actors.map((a) => a.slug),
      record.entryCount,
    );
    // The list holds exactly what the drawing shows: each drawn actor with its drawn partners, ranked.
    const drawnEdges = new Set(selection.edges.flatMap((e) => [`${e.a} ${e.b}`, `${e.b} ${e.a}`]));
    const partners = (slug: string) => graph.appearsWith(slug).filter((p) => drawnEdges.has(`${slug} ${p.slug}`));
    const drawn = new Set(selection.nodes.flatMap((n) => [n.slug, ...partners(n.slug).map((p) => p.slug)]));
    return {
      selection,
      layout: layoutNetwork(selection, { name: actorName }),
      actors: Object.fromEntries([...drawn].map((slug) => [slug, { href: actorUrl(slug), label: actorName(slug) }])),
      list: [...selection.nodes]
        .sort((a, b) => actorName(a.slug).localeCompare(actorName(b.slug)))
        .map((n) => ({ ...n, partners: partners(n.slug).map(({ slug, count }) => ({ slug, count })) })),
    };
  });
}

export async function dataView(): Promise<{
  entries: number;
  actors: number;
  /** The TimelineJS files of each facet with feeds, as /data/ lists them: actors and kinds by name, jurisdictions by code. */
  timelineFiles: Array<{ label: string; files: Array<Link & { entries: number }> }>;
  example: Link | undefined;
}> {
  const content = await getContent();
  return derived(content, 'data', ({ record }) => {
    const file = (v: FacetValue) => ({ href: timelineJsUrl(v.facet, v.urlValue), label: v.label, entries: v.count });
    const listed = (values: FacetValue[], facet: string) =>
      facet === 'jurisdiction'
        ? [...values].sort((a, b) => (a.value < b.value ? -1 : 1))
        : facet === 'actor'
          ? [...values].sort((a, b) => a.label.localeCompare(b.label))
          : values;
    const groups = FEED_FACETS.map((facet) => ({
      facet,
      values: listed(valuesOf(content, facet), facet.id),
    }));
    const all = groups.flatMap((g) => g.values);
    const example = all.find((v) => v.facet === 'kind' && v.value === 'law') ?? all[0];
    return {
      entries: record.entries.length,
      actors: record.actors.length,
      timelineFiles: groups.map((g) => ({ label: `By ${g.facet.name.toLowerCase()}`, files: g.values.map(file) })),
      example: example && {
        href: timelineJsUrl(example.facet, example.urlValue),
        label: `timelinejs/${example.facet}/${example.urlValue}.json`,
      },
    };
  });
}

/**
 * /search/ without JavaScript: the page cannot read its own address, so it offers every name and topic a search
 * could have been for, each a link to the page listing its entries (the reader finds their words with the
 * browser's find-in-page).
 */
export async function searchView(): Promise<{ groups: Array<{ label: string; values: Link[] }> }> {
  const content = await getContent();
  return derived(content, 'search', () => ({
    groups: [FACETS.actor, FACETS.tag, FACETS.kind, FACETS.jurisdiction].map((facet) => ({
      label: facet.name,
      values: [...valuesOf(content, facet)]
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((v) => ({ href: v.href, label: v.label })),
    })),
  }));
}
