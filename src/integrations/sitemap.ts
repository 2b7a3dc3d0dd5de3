/**
 * Writes sitemap.xml after the build: every HTML page in the output folder, at the site's address (Astro's
 * `site`, from SITE_URL, else the default in src/lib/site.ts). Reading the output folder rather than a route
 * list means pages added anywhere are included without touching this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inSitemap, sitemapXml } from '../lib/reuse/sitemap';
import { siteBase } from '../lib/site';

function htmlPages(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlPages(full, base));
    else if (e.name === 'index.html')
      out.push(`/${path.relative(base, dir).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
    else if (e.name.endsWith('.html')) out.push(`/${path.relative(base, full).split(path.sep).join('/')}`);
  }
  return out;
}

export default function sitemap(): AstroIntegration {
  /** The site's root as readers reach it: Astro's `site` with its `base`. */
  let root: URL | undefined;
  return {
    name: 'tracker-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = new URL(config.base.replace(/^\//, ''), siteBase(config.site));
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = htmlPages(out);
        fs.writeFileSync(path.join(out, 'sitemap.xml'), sitemapXml(pages, root));
        logger.info(`sitemap.xml: ${pages.filter(inSitemap).length} pages`);
      },
    },
  };
}
