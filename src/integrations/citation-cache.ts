/**
 * Rendered citations for `astro build`: kept between builds, and rendered ahead of the pages, off the main thread.
 *
 * - The store: `<cacheDir>/citations.json` (see src/lib/citations/render-store.ts), so a build reuses what the
 *   previous one rendered. `astro build --force` (which also clears Astro's own caches) or deleting the cache folder
 *   starts from scratch; setting TRACKER_CITATION_CACHE to a path beforehand uses that file instead.
 * - The pool: as soon as the configuration is done (before Astro syncs the content, bundles and renders), the record
 *   the content guard validated is walked once to list every item each entry page will render
 *   (src/lib/citations/entry-citations.ts, with a renderer that only collects), once per distinct item and style
 *   (src/lib/citations/style-items.ts `renderKey`). What the store lacks is rendered by worker threads, one per
 *   available core (src/lib/citations/render-worker.mjs), while the main thread goes on with Astro's work. The page
 *   renderer shares the same store (a global, since Astro bundles its own copy of the modules) and waits for the pool
 *   before its first citation (`citationsRenderedAhead()` in src/data/citations.ts); a rendering the pool could not make is
 *   made by the page renderer as before, so the pool can only save time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildRecord } from '../lib/record';
import { localDay } from '../lib/citations/accessed';
import { buildEntryCitations, type Rendered } from '../lib/citations/entry-citations';
import type { CslItem } from '../lib/citations/csl';
import { RENDER_CACHE_ENV, RenderStore, shareRenderStore } from '../lib/citations/render-store';
import {
  FINGERPRINT,
  itemForStyle,
  renderKey,
  STYLE_XML,
  STYLES,
  TEMPLATE,
  type StyleId,
} from '../lib/citations/style-items';
import { validatedContent } from './validated-content';

type Task = [key: string, template: string, item: CslItem];

/** Items per message: large enough that messaging costs nothing, small enough that the workers finish together. */
const BATCH = 64;

/** Every rendering the entry pages will ask for that the store does not hold, once per key. */
function missingRenderings(store: RenderStore, site: string | undefined): Task[] {
  const { entries, actors } = validatedContent();
  const record = buildRecord(entries, actors);
  const tasks = new Map<string, Task>();
  const collect = (item: CslItem): Record<StyleId, Rendered> => {
    for (const { id: style } of STYLES) {
      const key = renderKey(item, style);
      if (!tasks.has(key) && !store.has(key)) tasks.set(key, [key, TEMPLATE[style], itemForStyle(item, style)]);
    }
    // Stands in for a rendering that prints the address once, as every style does (see withPermalink), so that the
    // items the pages derive from another's rendering are not listed.
    const shown: Rendered = { text: item.URL ?? '', html: (item.URL ?? '').replace(/&/g, '&#38;') };
    return { apa: shown, mla: shown, chicago: shown };
  };
  // The site and day the pages pass (src/data/citations.ts: Astro's `site`, and the build day of src/data/content.ts).
  const day = localDay();
  for (const entry of record.entries) buildEntryCitations(entry, record, site, day, collect);
  return [...tasks.values()];
}

/** Renders the tasks on worker threads into the store; resolves when all are in (or a worker failed: see above). */
function renderInPool(
  tasks: Task[],
  store: RenderStore,
  workerFile: URL,
  logger: AstroIntegrationLogger,
): Promise<void> {
  if (tasks.length === 0) return Promise.resolve();
  const started = performance.now();
  const size = Math.max(1, Math.min(os.availableParallelism(), Math.ceil(tasks.length / BATCH)));
  const templates = Object.fromEntries(STYLES.map((s) => [TEMPLATE[s.id], STYLE_XML[s.id]]));
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const workers: Worker[] = [];
    const finish = (problem?: Error) => {
      for (const w of workers) void w.terminate();
      workers.length = 0;
      if (problem)
        logger.warn(`citation pool stopped (${problem.message}); the pages render what is missing themselves`);
      else
        logger.info(
          `citations: ${tasks.length} rendered ahead by ${size} worker(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      resolve();
    };
    const feed = (worker: Worker) => {
      if (next >= tasks.length) return;
      worker.postMessage(tasks.slice(next, next + BATCH));
      next += BATCH;
    };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerFile, { workerData: { templates } });
      // A failed build must not be kept alive by its workers.
      worker.unref();
      worker.on('message', (results: Array<[string, string]>) => {
        for (const [key, html] of results) store.set(key, html);
        done += results.length;
        if (done >= tasks.length) finish();
        else feed(worker);
      });
      worker.on('error', (error: Error) => finish(error));
      workers.push(worker);
      feed(worker);
    }
  });
}

export default function citationCache(): AstroIntegration {
  let command = '';
  let pool: { store: RenderStore; ahead: number } | undefined;
  return {
    name: 'tracker-citation-cache',
    hooks: {
      'astro:config:setup': ({ command: c }) => {
        command = c;
      },
      'astro:config:done': ({ config, logger }) => {
        const file = (process.env[RENDER_CACHE_ENV] ||= path.join(fileURLToPath(config.cacheDir), 'citations.json'));
        if (process.argv.includes('--force')) fs.rmSync(file, { force: true });
        if (command !== 'build') return;
        const listing = performance.now();
        const store = new RenderStore(file, FINGERPRINT);
        const tasks = missingRenderings(store, config.site);
        logger.info(
          `citations: ${store.size} kept, ${tasks.length} to render (listed in ${Math.round(performance.now() - listing)} ms)`,
        );
        const workerFile = new URL('src/lib/citations/render-worker.mjs', config.root);
        shareRenderStore({ store, ready: renderInPool(tasks, store, workerFile, logger) });
        pool = { store, ahead: tasks.length };
      },
      'astro:build:done': ({ logger }) => {
        // What the pages rendered themselves: nothing, unless the pool failed or listed other items than they use.
        if (pool) logger.info(`citations: ${pool.store.addedTotal - pool.ahead} rendered by the pages themselves`);
      },
    },
  };
}
