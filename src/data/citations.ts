/**
 * "Cite this" for every entry of a snapshot, computed once, after which the store of rendered citations is saved
 * so the next build reuses every citation whose item has not changed (src/lib/citations/render-store.ts). The
 * store is opened once per process and kept here, the one place that owns it; during `astro build` it is the one
 * the build's worker pool fills ahead of the pages (src/integrations/citation-cache.ts).
 */
import { entryCitations, type EntryCitations } from '../lib/citations';
import { openRenderStore } from '../lib/citations/render';
import { RENDER_CACHE_ENV, sharedRenderStore, type RenderStore } from '../lib/citations/render-store';
import { FINGERPRINT } from '../lib/citations/style-items';
import { derived, type Content } from './content';
import { SITE } from './site';

let store: RenderStore | undefined;

/** Resolves when the build's worker pool has rendered every citation the pages need (at once without a pool). */
export function citationsRenderedAhead(): Promise<void> {
  return sharedRenderStore(FINGERPRINT)?.ready ?? Promise.resolve();
}

export function getCitations(content: Content): ReadonlyMap<string, EntryCitations> {
  return derived(content, 'citations', ({ record, day }) => {
    store ??= sharedRenderStore(FINGERPRINT)?.store ?? openRenderStore(process.env[RENDER_CACHE_ENV] || undefined);
    const all = new Map(record.entries.map((e) => [e.slug, entryCitations(e, record, SITE, day, store)]));
    store.save();
    return all;
  });
}
