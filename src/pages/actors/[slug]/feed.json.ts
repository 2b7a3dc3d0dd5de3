/** /actors/<slug>/feed.json: new and corrected entries of one actor, JSON Feed 1.1 (see src/lib/reuse/feeds.ts). */
import type { APIRoute } from 'astro';
import { facetPaths } from '../../../data/reuse';
import { jsonFeed, subsetFeedSpec } from '../../../lib/reuse/feeds';
import type { FacetSubset } from '../../../lib/reuse/facets';

export async function getStaticPaths() {
  return (await facetPaths('actor')).map((p) => ({
    params: { slug: p.params.value },
    props: p.props,
    cacheKey: p.cacheKey,
  }));
}
export const GET: APIRoute = ({ props, site }) =>
  new Response(jsonFeed(subsetFeedSpec((props as { subset: FacetSubset }).subset), site), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
