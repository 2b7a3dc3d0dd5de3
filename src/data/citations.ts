/**
 * "Cite this" for every entry of a snapshot, computed once, after which the store of rendered citations is saved
 * so the next build reuses every citation whose item has not changed (src/lib/citations/render-store.ts). The
 * store is opened once per process and kept here, the one place that owns it.
 */
import { entryCitations, type EntryCitations } from '../lib/citations';
import { openRenderStore } from '../lib/citations/render';
import { RENDER_CACHE_ENV, type RenderStore } from '../lib/citations/render-store';
import { derived, type Content } from './content';
import { SITE } from './site';

let store: RenderStore | undefined;

export function getCitations(content: Content): ReadonlyMap<string, EntryCitations> {
  return derived(content, 'citations', ({ record, day }) => {
    store ??= openRenderStore(process.env[RENDER_CACHE_ENV] || undefined);
    const all = new Map(record.entries.map((e) => [e.slug, entryCitations(e, record, SITE, day, store)]));
    store.save();
    return all;
  });
}
