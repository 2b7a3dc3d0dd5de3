// One worker of the build's citation pool (src/integrations/citation-cache.ts). Plain JavaScript so that Node runs
// it as it is, outside Astro's bundle. It registers the house styles under the template names the page renderer uses
// (sent as workerData by the pool) and renders each batch it is sent exactly as src/lib/citations/render.ts does:
// one item, one style, citation-js's CSL plugin over citeproc-js, HTML output.
import { parentPort, workerData } from 'node:worker_threads';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

const csl = plugins.config.get('@csl');
for (const [template, xml] of Object.entries(workerData.templates))
  if (!csl.styles.has(template)) csl.styles.add(template, xml);

/** A batch is a list of [key, template, item]; the answer lists [key, rendered HTML] in the same order. */
parentPort.on('message', (batch) => {
  parentPort.postMessage(
    batch.map(([key, template, item]) => [
      key,
      new Cite(item).format('bibliography', { template, lang: 'en-US', format: 'html' }),
    ]),
  );
});
