/**
 * Static paths for the reuse endpoints (feeds, TimelineJS files), built from the one record.
 * Endpoints stay a few lines: they take these paths and hand the props to the plain modules in src/lib/.
 */
import { getRecord } from './record';
import { facetSubsets, type FacetSubset, type ReuseFacet } from '../lib/reuse/facets';
import { subsetKey } from '../lib/page-keys';
import { KEY_SITE } from './page-keys';

/** One path per actor, jurisdiction or kind that has entries. */
export async function facetPaths(
  facet: ReuseFacet,
): Promise<Array<{ params: { value: string }; props: { subset: FacetSubset }; cacheKey: string }>> {
  const record = await getRecord();
  return facetSubsets(record)
    .filter((s) => s.facet === facet)
    .map((subset) => ({ params: { value: subset.value }, props: { subset }, cacheKey: subsetKey(subset, KEY_SITE) }));
}
