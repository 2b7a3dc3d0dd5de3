// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { bodyProcessor } from './src/lib/untrusted/body.ts';
import { CSP_DIRECTIVES, inlineScriptHashes } from './src/lib/untrusted/csp.ts';
import contentGuard from './src/integrations/content-guard.ts';
import sitemap from './src/integrations/sitemap.ts';
import citationCache from './src/integrations/citation-cache.ts';
import downloads from './src/integrations/downloads.ts';

export default defineConfig({
  // Set SITE_URL when deploying so canonical links and feeds carry the public address. Unset, absolute links use
  // DEFAULT_SITE_URL in src/lib/site.ts (http://localhost:4321/, where `npm start` serves the site).
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // Set BASE_PATH (e.g. /tracker) to serve the site under a path: every link comes from src/lib/urls.ts, which adds it.
  ...(process.env.BASE_PATH ? { base: process.env.BASE_PATH } : {}),
  // Benchmarks and tests build into another folder (TRACKER_OUT_DIR) so they never touch the real dist/.
  ...(process.env.TRACKER_OUT_DIR ? { outDir: process.env.TRACKER_OUT_DIR } : {}),
  ...(process.env.TRACKER_CACHE_DIR ? { cacheDir: process.env.TRACKER_CACHE_DIR } : {}),
  // Unchanged pages that return a cacheKey (entry pages: src/lib/page-keys.ts) are copied from the previous build.
  experimental: { incrementalBuild: true },
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Entry and actor bodies are untrusted input: the MDX processor refuses anything but Markdown and the project's
  // components (src/lib/untrusted/body.ts), whether or not the validator ran first.
  integrations: [contentGuard(), citationCache(), mdx({ processor: bodyProcessor() }), downloads(), sitemap()],
  // Shiki colours code with inline style attributes, which the CSP refuses; bodies have no use for highlighting.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits; everything else
  // comes from this site only (src/lib/untrusted/csp.ts).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: inlineScriptHashes(fileURLToPath(new URL('.', import.meta.url))) },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX entry triggers the same harmless "use astro:head-inject" directive warning (Astro #18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
