/** Representative built pages of each type, found in dist/ (so tests follow the content, not hard-coded slugs). */
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './dist';

function firstMatching(dir: string, test: (html: string) => boolean): string | undefined {
  const base = path.join(DIST, dir);
  if (!fs.existsSync(base)) return undefined;
  for (const slug of fs.readdirSync(base).sort()) {
    const file = path.join(base, slug, 'index.html');
    if (fs.existsSync(file) && test(fs.readFileSync(file, 'utf8'))) return `/${dir}/${slug}/`;
  }
  return undefined;
}

/** An entry page with quotes, sources, related entries and notes, if the record has one; else any entry. */
export function richEntryPath(): string {
  return (
    firstMatching(
      'entries',
      (h) => h.includes('class="quote"') && h.includes('id="related-heading"') && h.includes('id="notes-heading"'),
    ) ??
    firstMatching('entries', (h) => h.includes('class="quote"')) ??
    firstMatching('entries', () => true)!
  );
}

/** An actor page that lists quotes, if any; else any actor. */
function richActorPath(): string {
  return (
    firstMatching('actors', (h) => h.includes('id="quotes-heading"')) ??
    firstMatching('actors', (h) => h.includes('<article class="actor"'))!
  );
}

/** One page of every type the site has. */
export function pageTypes(): Record<string, string> {
  return {
    home: '/',
    entry: richEntryPath(),
    actor: richActorPath(),
    actors: '/actors/',
    timeline: '/timeline/',
    // Only a record larger than one page (src/lib/paging.ts) has a second timeline page.
    ...(fs.existsSync(path.join(DIST, 'timeline/2/index.html')) ? { timelinePage: '/timeline/2/' } : {}),
    facet: firstMatching('jurisdictions', () => true) ?? '/kinds/',
    facetIndex: '/kinds/',
    network: '/actors/network/',
    methodology: '/methodology/',
    data: '/data/',
    // With a query, so results are on the page when the script has run.
    search: '/search/?q=warrant',
    // An address the site does not have: the server answers 404 with the site's not-found page.
    notFound: '/no-such-page/',
    // The dossier pages and the map exist only where the content folder has dossiers and position summaries.
    ...(fs.existsSync(path.join(DIST, 'dossiers/index.html')) ? { dossiers: '/dossiers/' } : {}),
    ...(dossierPath() ? { dossier: dossierPath()! } : {}),
    jurisdictions: '/jurisdictions/',
  };
}

/** A dossier page with a long history (the first dossier page in dist/ with the most steps), if any. */
export function dossierPath(): string | undefined {
  const dir = path.join(DIST, 'dossiers');
  if (!fs.existsSync(dir)) return undefined;
  const pages = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => ({
      path: `/dossiers/${d.name}/`,
      steps: (fs.readFileSync(path.join(dir, d.name, 'index.html'), 'utf8').match(/id="step-/g) ?? []).length,
    }))
    .sort((a, b) => b.steps - a.steps || a.path.localeCompare(b.path));
  return pages[0]?.path;
}
