/**
 * Points the citation renderer at its store in Astro's cache folder (`<cacheDir>/citations.json`), so a build
 * reuses what the previous one rendered (see src/lib/citations/render-store.ts). `astro build --force` (which also
 * clears Astro's own caches) or deleting the cache folder starts from scratch; setting TRACKER_CITATION_CACHE to a
 * path beforehand uses that file instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { RENDER_CACHE_ENV } from '../lib/citations/render-store';

export default function citationCache(): AstroIntegration {
  return {
    name: 'tracker-citation-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        process.env[RENDER_CACHE_ENV] ||= path.join(fileURLToPath(config.cacheDir), 'citations.json');
        if (process.argv.includes('--force')) fs.rmSync(process.env[RENDER_CACHE_ENV], { force: true });
      },
    },
  };
}
