/** /data/timelinejs/<actor|jurisdiction|kind>/<value>.json: one subset as a TimelineJS timeline. */
import type { APIRoute } from 'astro';
import { facetPaths } from '../../../../data/reuse';
import { timelineJson } from '../../../../lib/reuse/timelinejs';
import type { FacetSubset } from '../../../../lib/reuse/facets';

export async function getStaticPaths() {
  const all = await Promise.all((['actor', 'jurisdiction', 'kind'] as const).map(facetPaths));
  return all.flat().map((p) => ({
    params: { facet: p.props.subset.facet, value: p.params.value },
    props: p.props,
    cacheKey: p.cacheKey,
  }));
}
export const GET: APIRoute = ({ props, site }) => {
  const { subset } = props as { subset: FacetSubset };
  return new Response(JSON.stringify(timelineJson(subset.entries, subset.label, subset.page, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
