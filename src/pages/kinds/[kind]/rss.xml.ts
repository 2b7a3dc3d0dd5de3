/** /kinds/<kind>/rss.xml: new and corrected entries of one kind, RSS 2.0 (see src/lib/reuse/feeds.ts). */
import type { APIRoute } from 'astro';
import { facetPaths } from '../../../data/reuse';
import { rssFeed, subsetFeedSpec } from '../../../lib/reuse/feeds';
import type { FacetSubset } from '../../../lib/reuse/facets';

export async function getStaticPaths() {
  return (await facetPaths('kind')).map((p) => ({
    params: { kind: p.params.value },
    props: p.props,
    cacheKey: p.cacheKey,
  }));
}
export const GET: APIRoute = ({ props, site }) =>
  new Response(rssFeed(subsetFeedSpec((props as { subset: FacetSubset }).subset), site), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
