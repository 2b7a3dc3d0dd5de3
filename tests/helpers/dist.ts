/** Reading the built site in dist/ for tests. */
import fs from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const DIST = path.resolve(process.env.TRACKER_OUT_DIR ?? 'dist');

/**
 * Whether the build is of the shipped record (content/), not of a generated corpus (npm run test:corpus): tests
 * pinned to the record's own entries run on it only, and there they must find them.
 */
export const SHIPPED_RECORD = path.resolve(process.env.TRACKER_CONTENT_DIR ?? 'content') === path.resolve('content');

/** The HTML of a page by its URL path (`/entries/x/`). */
export function page(urlPath: string): CheerioAPI {
  const file = path.join(DIST, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
  return load(fs.readFileSync(file, 'utf8'));
}

/**
 * The pages of a paged list, following `<link rel="next">` from its first page: `/timeline/`, `/timeline/2/` …
 * (a list that fits on one page is that page).
 */
export function pagesOf(first: string): string[] {
  const pages: string[] = [];
  for (let at: string | undefined = first; at; at = page(at)('link[rel="next"]').attr('href')) {
    if (pages.includes(at)) throw new Error(`the rel="next" chain from ${first} loops at ${at}`);
    pages.push(at);
  }
  return pages;
}

export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(full));
    else if (e.name.endsWith('.html')) out.push(full);
  }
  return out;
}
