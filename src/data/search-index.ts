/**
 * The search index's files: `/search-index.json`, and for a large record its fragments under `/search-index/`
 * (src/lib/search/fragments.ts). A record of fewer than `FRAGMENT_FROM` records is served whole, in one file, as
 * before issue 17: at that size one request is faster than a manifest and the fragments it leads to.
 */
import { encodePayload } from '../lib/search/payload';
import { fragmented, splitSearchIndex } from '../lib/search/fragments';
import { buildSearchRecords } from '../lib/search/records';
import { searchFragmentUrl, searchFragmentsUrl, withoutBase } from '../lib/urls';
import { derived, getContent } from './content';

interface SearchIndexFiles {
  /** `/search-index.json`: the whole payload, or the manifest of the fragments. */
  index: string;
  /** Fragments by their path under `/search-index/`. */
  fragments: Map<string, string>;
}

export async function searchIndexFiles(): Promise<SearchIndexFiles> {
  return derived(await getContent(), 'search-index', ({ record }) => {
    const records = buildSearchRecords(record);
    if (!fragmented(records)) return { index: JSON.stringify(encodePayload(records)), fragments: new Map() };
    const { manifest, fragments } = splitSearchIndex(records);
    const under = withoutBase(searchFragmentsUrl()).length;
    return {
      index: JSON.stringify(manifest),
      fragments: new Map(
        [...fragments].map(([name, body]) => [withoutBase(searchFragmentUrl(manifest.dir, name)).slice(under), body]),
      ),
    };
  });
}
