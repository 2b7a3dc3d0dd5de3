/**
 * Route lists for the facet pages (/kinds/, /jurisdictions/, /tags/, /positions/, /years/): one page per value,
 * plus pages 2… of a long list (src/lib/paging.ts). Shared by every facet route's getStaticPaths.
 */
import { anchorYear } from '../lib/dates';
import { extraPageNumbers, pageByYear } from '../lib/paging';
import type { ListFacet } from '../lib/filter-state';
import { buildFacets, entriesWith, type Facet } from '../lib/timeline-filters';
import { getRecord } from './record';

export interface FacetRoute<P extends string> {
  params: Record<P, string>;
  props: { value: string; label: string; previous?: string | undefined; next?: string | undefined };
}

/** One route per value of a list facet; `param` names the URL segment. Jurisdiction codes go lower case in URLs. */
export async function facetValuePaths<P extends string>(
  facet: Exclude<ListFacet, 'actor'>,
  param: P,
): Promise<FacetRoute<P>[]> {
  const record = await getRecord();
  return buildFacets(record.entries, (s) => s)[facet].map((v) => ({
    params: { [param]: facet === 'jurisdiction' ? v.value.toLowerCase() : v.value } as Record<P, string>,
    props: { value: v.value, label: v.label },
  }));
}

/** One route per year in the record, each knowing its neighbours. */
export async function yearPaths(): Promise<FacetRoute<'year'>[]> {
  const record = await getRecord();
  const years = buildFacets(record.entries, (s) => s).year.map((v) => v.value);
  return years.map((year, i) => ({
    params: { year },
    props: { value: year, label: year, previous: years[i - 1], next: years[i + 1] },
  }));
}

/** Pages 2… of each route's list (page 1 is the route itself). */
export async function extraPagePaths<P extends string>(facet: Facet, routes: FacetRoute<P>[]) {
  const record = await getRecord();
  return routes.flatMap((r) => {
    const count = pageByYear(entriesWith(record.entries, facet, r.props.value), (e) => anchorYear(e.data.date)).length;
    return extraPageNumbers(count).map((page) => ({
      params: { ...r.params, page },
      props: { ...r.props, page: Number(page) },
    }));
  });
}
