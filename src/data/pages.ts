/**
 * View models of the pages without route parameters (the home page, the actor list, the network, the data page,
 * the list of dossiers),
 * each computed once per snapshot; their page files call one of these in their frontmatter.
 */
import { selectNetwork, type NetworkSelection } from '../lib/actor-graph';
import { groupActorsByKind, isPlaceholder, NETWORK_GROUPS, networkGroup } from '../lib/actors';
import { anchorYear } from '../lib/dates';
import { jurisdictionName } from '../schema/vocabulary';
import { FACETS, FEED_FACETS, type FacetValue } from '../lib/facets';
import { layoutNetwork, type NetworkLayout } from '../lib/network-layout';
import type { RecordActor, RecordEntry } from '../lib/record';
import { countRecord, latestAdditions, type RecordCounts } from '../lib/timeline';
import { actorUrl, timelineJsUrl } from '../lib/urls';
import type { Link } from '../lib/views';
import type { DensityStrip } from '../lib/year-density';
import type { DossierView } from '../lib/dossiers';
import { DATA_FILES } from '../lib/reuse/catalogue';
import { datasetJsonLd, homeJsonLd, jsonLdScript } from '../lib/reuse/metadata';
import { derived, getContent } from './content';
import { getDossiers } from './dossiers';
import { getActorGraph } from './graph';
import { stripView } from './lists';
import { valuesOf } from './routes';
import { SITE } from './site';

export async function homeView(): Promise<{
  counts: RecordCounts;
  latest: RecordEntry[];
  strip: DensityStrip;
  jsonLd: string;
}> {
  const content = await getContent();
  return derived(content, 'home', ({ record }) => ({
    counts: countRecord(record.entries, record.actors.length),
    latest: latestAdditions(record.entries, 8),
    strip: stripView(record.entries, true),
    jsonLd: jsonLdScript(homeJsonLd(SITE)),
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
  /** Each drawn actor, by slug: its page, name and colour group. */
  actors: Record<string, Link & { group: string }>;
  /** The list under the drawing: each drawn actor with its drawn partners, most shared first. */
  list: Array<{ slug: string; entries: number; partners: Array<{ slug: string; count: number }> }>;
  /** The legend: the colour groups drawn, with how many actors each. */
  legend: Array<{ id: string; label: string; count: number }>;
  /** Placeholders left out ("Unnamed government official"). */
  placeholders: Link[];
  /**
   * For the filter by jurisdiction and era: per actor and per pair, the `JURISDICTION@decade` of their entries
   * (`UK@2010`), and the choices offered.
   */
  filter: {
    actors: Record<string, string>;
    edges: Record<string, string>;
    jurisdictions: Array<{ value: string; label: string }>;
    eras: Array<{ value: string; label: string }>;
  };
}

export async function networkView(): Promise<NetworkView> {
  const content = await getContent();
  return derived(content, 'network', ({ record, actorName }) => {
    const graph = getActorGraph(content);
    const placeholders = record.actors.filter(isPlaceholder);
    const left = new Set(placeholders.map((a) => a.slug));
    const selection = selectNetwork(
      graph,
      record.actors.filter((a) => !left.has(a.slug)).map((a) => a.slug),
      record.entryCount,
    );
    // The list holds exactly what the drawing shows: each drawn actor with its drawn partners, ranked.
    const drawnEdges = new Set(selection.edges.flatMap((e) => [`${e.a} ${e.b}`, `${e.b} ${e.a}`]));
    const partners = (slug: string) => graph.appearsWith(slug).filter((p) => drawnEdges.has(`${slug} ${p.slug}`));
    const drawn = new Set(selection.nodes.flatMap((n) => [n.slug, ...partners(n.slug).map((p) => p.slug)]));
    const groupOf = (slug: string) => networkGroup(record.actor(slug)!.data.kind);
    const tokens = new Map<string, Set<string>>();
    const add = (key: string, values: readonly string[]) => {
      const set = tokens.get(key) ?? new Set<string>();
      for (const v of values) set.add(v);
      tokens.set(key, set);
    };
    const decades = new Set<number>();
    const jurisdictions = new Set<string>();
    for (const e of record.entries) {
      const decade = Math.floor(anchorYear(e.data.date) / 10) * 10;
      decades.add(decade);
      for (const j of e.data.jurisdictions) jurisdictions.add(j);
      const values = e.data.jurisdictions.map((j) => `${j}@${decade}`);
      const slugs = [...new Set(e.data.actors.map((a) => a.actor))].sort();
      for (const s of slugs) add(s, values);
      for (let i = 0; i < slugs.length; i++)
        for (let j = i + 1; j < slugs.length; j++) add(`${slugs[i]} ${slugs[j]}`, values);
    }
    const joined = (key: string) => [...(tokens.get(key) ?? [])].sort().join(' ');
    const counts = new Map<string, number>();
    for (const n of selection.nodes) counts.set(groupOf(n.slug), (counts.get(groupOf(n.slug)) ?? 0) + 1);
    return {
      selection,
      layout: layoutNetwork(selection, { name: actorName }),
      actors: Object.fromEntries(
        [...drawn].map((slug) => [slug, { href: actorUrl(slug), label: actorName(slug), group: groupOf(slug) }]),
      ),
      list: [...selection.nodes]
        .sort((a, b) => actorName(a.slug).localeCompare(actorName(b.slug)))
        .map((n) => ({ ...n, partners: partners(n.slug).map(({ slug, count }) => ({ slug, count })) })),
      legend: NETWORK_GROUPS.filter((g) => counts.has(g.id)).map((g) => ({
        id: g.id,
        label: g.label,
        count: counts.get(g.id)!,
      })),
      placeholders: placeholders.map((a) => ({ href: actorUrl(a.slug), label: a.data.name })),
      filter: {
        actors: Object.fromEntries(selection.nodes.map((n) => [n.slug, joined(n.slug)])),
        edges: Object.fromEntries(selection.edges.map((e) => [`${e.a} ${e.b}`, joined(`${e.a} ${e.b}`)])),
        jurisdictions: [...jurisdictions]
          .map((j) => ({ value: j, label: jurisdictionName(j) }))
          .sort((a, b) => a.label.localeCompare(b.label)),
        eras: [...decades].sort().map((d) => ({ value: String(d), label: `${d}s` })),
      },
    };
  });
}

export async function dataView(): Promise<{
  entries: number;
  actors: number;
  /** The TimelineJS files of each facet with feeds, as /data/ lists them: actors and kinds by name, jurisdictions by code. */
  timelineFiles: Array<{ label: string; files: Array<Link & { entries: number }> }>;
  example: Link | undefined;
  /** The record as a schema.org Dataset, each file a download. */
  jsonLd: string;
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
      jsonLd: jsonLdScript(datasetJsonLd(DATA_FILES, record.entries, SITE)),
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

export async function dossiersView(): Promise<{ dossiers: DossierView[] }> {
  const content = await getContent();
  return { dossiers: getDossiers(content).all };
}
