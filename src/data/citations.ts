/**
 * "Cite this" for every entry, computed once per build from the one record, after which the renderer's store is
 * saved so the next build reuses every citation whose item has not changed (src/lib/citations/render-store.ts).
 */
import { getRecord } from './record';
import { entryCitations, type EntryCitations } from '../lib/citations';
import { renderedAhead, renderStore } from '../lib/citations/render';

let cached: Promise<Map<string, EntryCitations>> | undefined;

export function getCitations(site: URL | undefined): Promise<Map<string, EntryCitations>> {
  cached ??= (async () => {
    const record = await getRecord();
    // During `astro build` a worker pool renders the citations ahead (src/integrations/citation-cache.ts).
    await renderedAhead();
    const all = new Map(record.entries.map((e) => [e.slug, entryCitations(e, record, site)]));
    renderStore().save();
    return all;
  })();
  return cached;
}
