/**
 * Every dynamic route of the site: its paths, each with the view model its page renders (computed here, once per
 * path) and, where the page can be copied from the previous build, its cache key (src/lib/page-keys.ts). A page
 * file is `export const getStaticPaths = (() => xRoutes()) satisfies GetStaticPaths` and
 * `type Props = InferGetStaticPropsType<typeof getStaticPaths>`; like Starlight's `utils/routing`.
 */
import type { CollectionEntry } from 'astro:content';
import { emptyFilters, serialiseFilters } from '../lib/filter-state';
import {
  FACETS,
  FILTER_FACETS,
  PAGED_FACETS,
  facetIndexHref,
  facetValues,
  type Facet,
  type FacetValue,
} from '../lib/facets';
import { entryPageKey } from '../lib/page-keys';
import { DEFAULT_CATEGORY } from '../lib/position-map';
import { dossierCitation, dossierFeedUrl, dossierTimelineUrl } from '../lib/reuse/dossiers';
import { POSITION_CATEGORIES } from '../schema/vocabulary';
import { pageLabel, pageOfYear } from '../lib/paging';
import { groupByYear } from '../lib/timeline';
import { feedLinks, followLinks } from '../lib/reuse/feeds';
import { dataFileUrl, facetUrl, pageUrl, timelineRowsUrl, timelineUrl } from '../lib/urls';
import type {
  ActorPageView,
  DossierPageView,
  EntryPageView,
  FacetIndexView,
  FacetPageView,
  PositionMapPageView,
  TimelineFiltersView,
  TimelinePageView,
} from '../lib/views';
import { entryCountLabel } from '../lib/year-density';
import { actorView } from './actor-page';
import { citationsRenderedAhead, getCitations } from './citations';
import { derived, getContent, type Content } from './content';
import { getDossiers, getPositionMap, getPositions } from './dossiers';
import { entryView } from './entry-page';
import { listView, pageHead, pageNav, pagesOf, stripView } from './lists';
import { getActorPageKeys } from './page-keys';
import { KEY_SITE, SITE } from './site';

/** Every value of every facet, computed once per snapshot. */
export function valuesOf(content: Content, facet: Facet): FacetValue[] {
  return derived(content, `facet-values:${facet.id}`, ({ rows, actorName }) => facetValues(facet, rows, actorName));
}

/** The value of a facet with feeds behind a page, if any (for the page's feed links). */
function feedSubset(content: Content, facet: Facet, value: string): FacetValue | undefined {
  return facet.feeds ? valuesOf(content, facet).find((v) => v.value === value) : undefined;
}

/** `/entries/<slug>/`: the entry, its MDX body, and a key of everything of the record it shows. */
export async function entryRoutes(): Promise<
  Array<{
    params: { slug: string };
    props: { document: CollectionEntry<'entries'>; view: EntryPageView };
    cacheKey: string;
  }>
> {
  const content = await getContent();
  // During `astro build` a worker pool renders the citations ahead (src/integrations/citation-cache.ts).
  await citationsRenderedAhead();
  const citations = getCitations(content);
  const dossiers = getDossiers(content);
  return content.record.entries.map((entry) => {
    const document = content.documents.get(entry.slug)!;
    const partOf = dossiers.of(entry.slug);
    const view = entryView(content, entry, citations.get(entry.slug)!, partOf);
    return {
      params: { slug: entry.slug },
      props: { document, view },
      cacheKey: entryPageKey(entry, content.record, {
        site: KEY_SITE,
        day: content.day,
        body: document.body,
        dossiers: partOf,
        provenance: { lastUpdated: view.lastUpdated, report: view.report, quotes: view.quotes.map((q) => q.report) },
      }),
    };
  });
}

/** `/actors/<slug>/`. */
export async function actorRoutes(): Promise<
  Array<{ params: { slug: string }; props: { view: ActorPageView }; cacheKey: string }>
> {
  const content = await getContent();
  const keys = getActorPageKeys(content);
  return content.record.actors.map((actor) => ({
    params: { slug: actor.slug },
    props: { view: actorView(content, actor, feedSubset(content, FACETS.actor, actor.slug)) },
    cacheKey: keys.get(actor.slug)!,
  }));
}

/** `/kinds/`, `/jurisdictions/`, `/tags/`, `/positions/`, `/years/`: every value with its count. */
export async function facetIndexRoutes(): Promise<
  Array<{ params: { facet: string }; props: { view: FacetIndexView } }>
> {
  const content = await getContent();
  return PAGED_FACETS.map((facet) => ({
    params: { facet: facet.segment },
    props: {
      view: {
        heading: facet.plural,
        lead: facet.lead,
        values: valuesOf(content, facet).map((v) => ({
          href: v.href,
          label: v.label,
          count: v.count,
          definition: facet.definedOnIndex ? facet.definition(v.value, v.label) : undefined,
        })),
        strip: facet.id === 'year' ? stripView(content.record.entries) : undefined,
        map: facet.id === 'jurisdiction' ? getPositionMap(content, DEFAULT_CATEGORY) : undefined,
      },
    },
  }));
}

/**
 * `/kinds/letter/`, `/jurisdictions/uk/` …: the entries of one value, grouped by year, and pages 2… of a long
 * list (`/kinds/letter/2/`).
 */
export async function facetRoutes(): Promise<
  Array<{ params: { facet: string; value: string; page: string | undefined }; props: { view: FacetPageView } }>
> {
  const content = await getContent();
  const positions = getPositions(content);
  return PAGED_FACETS.flatMap((facet) => {
    const values = valuesOf(content, facet);
    return values.flatMap((v, i) => {
      const first = facetUrl(facet.segment, v.urlValue);
      const pages = pagesOf(v.entries);
      const neighbour = (n: FacetValue | undefined) => n && { href: n.href, label: n.label };
      return pages.map((page) => {
        const paged = pages.length > 1;
        const kicker = `${v.label}${paged ? `, ${pageLabel(page)}` : ''}`;
        const view: FacetPageView = {
          title: `${kicker} — ${facet.name}`,
          description: `${entryCountLabel(v.count)} in the record of the encryption-policy debate: ${facet.name.toLowerCase()} ${v.label}.`,
          heading: v.label,
          facet: { href: facetIndexHref(facet), label: facet.name },
          definition: facet.definition(v.value, v.label),
          count: entryCountLabel(v.count),
          paged: paged
            ? { pages: pages.length, count: entryCountLabel(page.items.length), label: pageLabel(page) }
            : undefined,
          timeline: timelineUrl(serialiseFilters({ ...emptyFilters(), ...facet.filters(v.value) })),
          head: pageHead(first, pages.length, page.number),
          nav: pageNav(first, pages, page.number),
          // A year's page is titled with the year: its list repeats no year heading.
          list: listView(content, page.items, false, facet.id !== 'year'),
          // Years link to the years before and after them.
          pager:
            facet.id === 'year'
              ? { label: facet.name.toLowerCase(), previous: neighbour(values[i - 1]), next: neighbour(values[i + 1]) }
              : undefined,
          feeds: page.number === 1 && facet.feeds ? feedLinks(v) : undefined,
          follow: facet.feeds ? followLinks(v) : undefined,
          position: page.number === 1 && facet.id === 'jurisdiction' ? positions.get(v.value) : undefined,
        };
        return {
          params: { facet: facet.segment, value: v.urlValue, page: page.number > 1 ? String(page.number) : undefined },
          props: { view },
        };
      });
    });
  });
}

/** `/timeline/` and, for a record larger than one page, `/timeline/2/` …: contiguous ranges of whole years. */
export async function timelineRoutes(): Promise<
  Array<{ params: { page: string | undefined }; props: { view: TimelinePageView } }>
> {
  const content = await getContent();
  const { record } = content;
  const first = timelineUrl();
  const pages = pagesOf(record.entries);
  const decades = [...new Set(groupByYear(record.entries).map((g) => Math.floor(g.year / 10) * 10))];
  const strip = stripView(record.entries);
  return pages.map((page) => ({
    params: { page: page.number > 1 ? String(page.number) : undefined },
    props: {
      view: {
        heading: pages.length > 1 ? `Timeline, ${pageLabel(page)}` : 'Timeline',
        paged: pages.length > 1 ? { label: pageLabel(page), pages: pages.length } : undefined,
        total: record.entries.length,
        shown: page.items.length,
        head: pageHead(first, pages.length, page.number),
        strip,
        decades: decades.map((d) => {
          const n = pageOfYear(pages, d) ?? 1;
          return { href: `${n === page.number ? '' : pageUrl(first, n)}#decade-${d}s`, label: `${d}s` };
        }),
        nav: pageNav(first, pages, page.number),
        filters: filtersView(
          content,
          pages.length > 1 ? { label: pageLabel(page), shown: page.items.length } : undefined,
        ),
        list: listView(content, page.items, true),
      },
    },
  }));
}

/**
 * The timeline's filter form: every value the record carries, with its count. Filters apply to the whole record;
 * on a paged timeline the script loads the rows of every page (`rows`) when a reader first filters.
 */
function filtersView(content: Content, page: TimelineFiltersView['page']): TimelineFiltersView {
  const { rows } = content;
  const years = facetValues(FACETS.year, rows, content.actorName).map((y) => Number(y.value));
  const span: number[] = [];
  if (years.length) for (let y = Math.min(...years); y <= Math.max(...years); y++) span.push(y);
  return {
    groups: FILTER_FACETS.map((facet) => ({
      facet: facet.id,
      legend: facet.legend,
      // Kind and position are short lists, opened on wide screens; the long ones open when a value is chosen.
      wideOpen: facet.id === 'kind' || facet.id === 'position',
      columns: facet.id === 'kind',
      values: facetValues(facet, rows, content.actorName).map(({ value, label, count }) => ({ value, label, count })),
    })).filter((g) => g.values.length > 0),
    years: span,
    total: rows.length,
    rows: page ? timelineRowsUrl() : undefined,
    page,
  };
}

/** `/dossiers/<id>/`: a dossier, its Markdown body, its citation and its files. */
export async function dossierRoutes(): Promise<
  Array<{ params: { id: string }; props: { document: CollectionEntry<'dossiers'>; view: DossierPageView } }>
> {
  const content = await getContent();
  return getDossiers(content).all.map((dossier) => ({
    params: { id: dossier.slug },
    props: {
      document: content.dossierDocuments.get(dossier.slug)!,
      view: {
        dossier,
        citation: dossierCitation(dossier, SITE, content.day),
        files: {
          feed: dossierFeedUrl(dossier.slug),
          timeline: dossierTimelineUrl(dossier.slug),
          json: dataFileUrl('dossiers.json'),
        },
      },
    },
  }));
}

/** `/jurisdictions/map/<category>/`: the map of every category but the default one, which /jurisdictions/ shows. */
export async function positionMapRoutes(): Promise<
  Array<{ params: { category: string }; props: { view: PositionMapPageView } }>
> {
  const content = await getContent();
  return POSITION_CATEGORIES.filter((c) => c !== DEFAULT_CATEGORY).map((category) => ({
    params: { category },
    props: { view: { map: getPositionMap(content, category), index: facetIndexHref(FACETS.jurisdiction) } },
  }));
}
