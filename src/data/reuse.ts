/**
 * Static paths for the reuse endpoints (citation downloads, feeds, TimelineJS files), built from the one record.
 * Endpoints stay a few lines: they take these paths and hand the props to the plain modules in src/lib/.
 */
import { getRecord } from './record';
import { downloadItems, type CslItem } from '../lib/citations';
import { facetSubsets, type FacetSubset, type ReuseFacet } from '../lib/reuse/facets';

/** One path per entry: its original document's item. */
export async function entryDownloadPaths() {
  const record = await getRecord();
  return record.entries.map((entry) => ({
    params: { slug: entry.slug },
    props: { items: [downloadItems(entry, record).get(null)!] as CslItem[] },
  }));
}

/** One path per other source an entry's quotes come from. */
export async function sourceDownloadPaths() {
  const record = await getRecord();
  return record.entries.flatMap((entry) =>
    [...downloadItems(entry, record)]
      .filter(([sourceId]) => sourceId !== null)
      .map(([sourceId, item]) => ({ params: { slug: entry.slug, source: sourceId! }, props: { items: [item] } })),
  );
}

/** One path per actor, jurisdiction or kind that has entries. */
export async function facetPaths(
  facet: ReuseFacet,
): Promise<Array<{ params: { value: string }; props: { subset: FacetSubset } }>> {
  const record = await getRecord();
  return facetSubsets(record)
    .filter((s) => s.facet === facet)
    .map((subset) => ({ params: { value: subset.value }, props: { subset } }));
}
