// The baseline for `npm run bench`: a bare Astro + MDX site over the same corpus (one page per entry and per
// actor, nothing else), so the real site's build cost is reported as a ratio to it.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.TRACKER_OUT_DIR ?? './dist',
  ...(process.env.TRACKER_CACHE_DIR ? { cacheDir: process.env.TRACKER_CACHE_DIR } : {}),
  integrations: [mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
