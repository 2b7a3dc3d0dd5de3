import { DEFAULT_REPORT_ERRORS_TO } from '../lib/site';
/** The site's address as Astro's `site` gives it (from SITE_URL; undefined when unset: src/lib/site.ts). */
export const SITE: string | undefined = import.meta.env.SITE;

/** The site's address as incremental-build keys record it (empty when unset). */
export const KEY_SITE = String(SITE ?? '');

/**
 * Where "Report an error" links go: the REPORT_ERRORS_TO environment variable at build time (a `mailto:` address
 * or an issue tracker's new-issue URL), set once for every entry and quote; see src/lib/site.ts for the default.
 */
export const REPORT_ERRORS_TO: string = process.env.REPORT_ERRORS_TO || DEFAULT_REPORT_ERRORS_TO;
