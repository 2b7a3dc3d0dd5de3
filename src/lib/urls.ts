/**
 * Every address of the site, built here and nowhere else (tests/unit/architecture.test.ts holds the rest of src/
 * to it). Each function returns a site path with Astro's `base` in front, so the site can be served under a path
 * (`base: '/tracker'` gives `/tracker/entries/x/`); absolute URLs are `absoluteUrl(path, site)` in ./site.ts.
 * Like Starlight's `utils/base.ts` and `utils/path.ts`.
 *
 * This module imports nothing: the browser scripts and the search worker use it too. Facet pages take their
 * segment and value from the facet table (./facets.ts), which owns them.
 */

/**
 * Astro's `base`, always ending in "/": "/" when unset, "/tracker/" for `base: '/tracker'`. Vite writes it into
 * every module it builds (`import.meta.env.BASE_URL`); outside Vite (scripts, integrations) there is none, and the
 * base is "/".
 */
export function basePath(): string {
  // Spelled out in full (`import.meta.env.BASE_URL`), the one form every Vite setting replaces, vitest included.
  const base = import.meta.env ? import.meta.env.BASE_URL : '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** `/entries/x/` → `/tracker/entries/x/`. `path` is a path from the site's root. */
function withBase(path: string): string {
  return basePath() + path.replace(/^\//, '');
}

/** `/tracker/entries/x/` → `/entries/x/`: where a site path sits in the output folder, and on top of `site`. */
export function withoutBase(path: string): string {
  const base = basePath();
  return base !== '/' && path.startsWith(base) ? path.slice(base.length - 1) : path;
}

// Pages.
export const homeUrl = (): string => withBase('/');
export const entryUrl = (slug: string): string => withBase(`/entries/${slug}/`);
/** A quote on its entry's page: the permalink readers copy. */
export const quoteUrl = (slug: string, quoteId: string): string => `${entryUrl(slug)}#quote-${quoteId}`;
/** A source in its entry's list of sources. */
export const sourceUrl = (slug: string, sourceId: string): string => `${entryUrl(slug)}#source-${sourceId}`;
export const actorUrl = (slug: string): string => withBase(`/actors/${slug}/`);
export const actorsUrl = (): string => withBase('/actors/');
export const networkUrl = (): string => withBase('/actors/network/');
/** The timeline, with a filter query (`?kind=letter`, from src/lib/filter-state.ts) if any. */
export const timelineUrl = (query = ''): string => withBase('/timeline/') + query;
/** Every timeline row, small, for filtering the whole record on a paged timeline (src/lib/timeline-rows.ts). */
export const timelineRowsUrl = (): string => withBase('/timeline-rows.json');
/** The search page, running `query` when one is given. */
export const searchUrl = (query?: string): string =>
  withBase('/search/') + (query === undefined ? '' : `?q=${encodeURIComponent(query)}`);
/** The methodology page, at one of its sections (`positions`, `corrections`, `licences`). */
export const methodologyUrl = (section?: string): string => withBase('/methodology/') + (section ? `#${section}` : '');
export const dataUrl = (): string => withBase('/data/');
/** The list of dossiers, and one dossier's page (`/dossiers/earn-it-act/`). */
export const dossiersUrl = (): string => withBase('/dossiers/');
export const dossierUrl = (slug: string): string => withBase(`/dossiers/${slug}/`);
/**
 * The world map of one category of jurisdictions' positions, beside the jurisdictions' index (`/jurisdictions/`
 * shows the default category itself: src/lib/position-map.ts); `segment` is the jurisdiction facet's.
 */
export const positionMapUrl = (segment: string, category: string): string => withBase(`/${segment}/map/${category}/`);

/** The index of a facet (`/kinds/`); `segment` comes from the facet table. */
export const facetIndexUrl = (segment: string): string => withBase(`/${segment}/`);
/** The page of one facet value (`/jurisdictions/uk/`); `value` as the facet table writes it in URLs. */
export const facetUrl = (segment: string, value: string): string => withBase(`/${segment}/${value}/`);

/** Page `n` of a paged list whose first page is `first` (a path ending in "/"): first, first2/, first3/ … */
export function pageUrl(first: string, n: number): string {
  if (!first.endsWith('/')) throw new Error(`pageUrl: "${first}" must end in "/"`);
  return n <= 1 ? first : `${first}${n}/`;
}

/** The feeds that follow a page, beside it: `<page>rss.xml` and `<page>feed.json` (the site's: /rss.xml, /feed.json). */
export function feedUrls(page: string): { rss: string; json: string } {
  return { rss: `${page}rss.xml`, json: `${page}feed.json` };
}

/** Citation downloads: an entry's original document (`/entries/<slug>.bib`) or another source of it. */
export function downloadUrls(slug: string, sourceId?: string): { bib: string; ris: string; json: string } {
  const base = withBase(sourceId ? `/entries/${slug}/sources/${sourceId}` : `/entries/${slug}`);
  return { bib: `${base}.bib`, ris: `${base}.ris`, json: `${base}.json` };
}

/** An open-data file under /data/ (`entries.json`, `bibliography.bib`). */
export const dataFileUrl = (file: string): string => withBase(`/data/${file}`);
/**
 * The TimelineJS file of the whole record, of one facet value (`/data/timelinejs/kind/law.json`) or of one dossier
 * (`/data/timelinejs/dossiers/earn-it-act.json`).
 */
export const timelineJsUrl = (facet?: string, value?: string): string =>
  dataFileUrl(facet && value ? `timelinejs/${facet}/${value}.json` : 'timelinejs/all.json');
/** The JSON Schema of an open-data file (`entries`, `actors`, `timelinejs`). */
export const schemaUrl = (name: string): string => dataFileUrl(`schemas/${name}.schema.json`);

// Files at the root.
export const searchIndexUrl = (): string => withBase('/search-index.json');
/** The folder of the search index's fragments (a large record's index comes in fragments: src/lib/search/fragments.ts). */
export const searchFragmentsUrl = (): string => withBase('/search-index/');
/** One fragment of the search index, in the folder named by the build's hash (`/search-index/1a2b3c4d/w12.json`). */
export const searchFragmentUrl = (dir: string, name: string): string => `${searchFragmentsUrl()}${dir}/${name}.json`;
export const faviconUrl = (): string => withBase('/favicon.svg');
export const sitemapUrl = (): string => withBase('/sitemap.xml');
export const robotsUrl = (): string => withBase('/robots.txt');
