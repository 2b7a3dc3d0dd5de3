/**
 * The site's name, licences and public address: the one place absolute URLs (canonical links, feeds, sitemap,
 * citations "via" this site, TimelineJS links) get their base from. Site paths come from ./urls.ts.
 *
 * The public address comes from Astro's `site`, which astro.config.mjs sets from the SITE_URL environment variable.
 * When SITE_URL is not set, DEFAULT_SITE_URL is used: the address `npm start` serves the site on. It is
 * deliberately not a real-looking domain, so a build that forgot SITE_URL is obvious (every canonical link and
 * feed points at localhost) instead of silently claiming someone else's address. Deployments must set SITE_URL.
 */

import { basePath, withoutBase } from './urls';

export const SITE_NAME = 'Encryption Policy Tracker';

/** Used only when SITE_URL (Astro's `site`) is unset: the local address of `npm start`. */
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

/**
 * Where readers report an error when REPORT_ERRORS_TO is unset: like DEFAULT_SITE_URL, deliberately not a real
 * address, so a deployment that forgot to set it is obvious. Deployments set REPORT_ERRORS_TO to the editors'
 * `mailto:` address or their issue tracker's "new issue" URL (src/data/site.ts reads it).
 */
export const DEFAULT_REPORT_ERRORS_TO = 'mailto:editors@localhost';

/** The record's own text and data (summaries, accounts, notes, exports). See /methodology/#licences. */
export const CONTENT_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The site's code. */
export const CODE_LICENCE = { name: 'MIT License', short: 'MIT', url: 'https://opensource.org/license/mit' } as const;

/**
 * The public address of the site's root: Astro's `site` (from SITE_URL) when set, else DEFAULT_SITE_URL, with
 * Astro's `base` added unless `site` already ends with it. Always ends with "/".
 */
export function siteBase(site?: URL | string | null): URL {
  const root = new URL(site ? String(site) : DEFAULT_SITE_URL);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const base = basePath();
  if (!root.pathname.endsWith(base)) root.pathname += base.slice(1);
  return root;
}

/**
 * An absolute URL for a site path from ./urls.ts (`/entries/x/` → `https://…/entries/x/`). A SITE_URL with a path
 * of its own (`https://example.org/tracker/`) is honoured by resolving against it.
 */
export function absoluteUrl(path: string, site?: URL | string | null): string {
  return new URL(withoutBase(path).replace(/^\//, ''), siteBase(site)).href;
}
