/** The site's address as Astro's `site` gives it (from SITE_URL; undefined when unset: src/lib/site.ts). */
export const SITE: string | undefined = import.meta.env.SITE;

/** The site's address as incremental-build keys record it (empty when unset). */
export const KEY_SITE = String(SITE ?? '');
