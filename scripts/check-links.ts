/**
 * `npm run test:links`: linkinator over the built site (dist/, or TRACKER_OUT_DIR, or the first argument), following
 * every internal link and checking that each `#fragment` exists on its page. Links that leave the site are not
 * fetched (the machines are offline); their addresses are the record's sources, checked by editors instead.
 * Prints each broken link with the page it is on and a count; exit 1 on any.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, LinkState } from 'linkinator';
import { siteBase } from '../src/lib/site';

export interface BrokenLink {
  url: string;
  parent: string;
  status: number | undefined;
}

export interface LinkReport {
  checked: number;
  broken: BrokenLink[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A port free on this machine right now, for linkinator's static server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Check `dist` as served by linkinator on localhost. Absolute links to the site's own address (canonical links,
 * `og:url`: SITE_URL, or the default local address when it is unset) are rewritten to that server and checked like
 * relative ones; every other absolute link leaves the site and is skipped.
 */
export async function checkLinks(dist: string, site = process.env.SITE_URL): Promise<LinkReport> {
  const port = await freePort();
  const local = `http://localhost:${port}/`;
  const result = await check({
    path: dist,
    port,
    recurse: true,
    checkFragments: true,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(siteBase(site).href)}`), replacement: local }],
    linksToSkip: [`^(?!${escape(local)})`],
    // linkinator's own server answers from one process; on a loaded 2-core machine fifty requests at once made some
    // time out ("no answer") although the file was there. Fewer at once, and a link fails only if it fails again.
    concurrency: 10,
    timeout: 30_000,
    retryErrors: true,
    retryErrorsCount: 3,
  });
  // linkinator reports a missing fragment once per check pass; keep one line per link and page.
  const seen = new Set<string>();
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => ({ url: l.url, parent: l.parent ?? '', status: l.status }))
    .filter((b) => !seen.has(`${b.parent} ${b.url}`) && seen.add(`${b.parent} ${b.url}`));
  const checked = result.links.filter((l) => l.state === LinkState.OK).length;
  return { checked, broken };
}

/** The site path of a checked URL, as a reader would type it (`/entries/x/#quote-y`). */
export function sitePath(url: string, dist: string): string {
  let p = url;
  try {
    const u = new URL(url);
    if (u.hostname === 'localhost' || u.hostname === '127.0.0.1') p = u.pathname + u.search + u.hash;
  } catch {
    // already a path
  }
  return p.startsWith(dist) ? p.slice(dist.length) || '/' : p;
}

export function reason(b: BrokenLink): string {
  if (b.status === 200 && b.url.includes('#')) return 'the page has no element with this id';
  return b.status ? `HTTP ${b.status}` : 'no answer';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = path.resolve(process.argv[2] ?? process.env.TRACKER_OUT_DIR ?? 'dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`check-links: ${dist} has no index.html; build first (npm run build)`);
    process.exit(1);
  }
  const report = await checkLinks(dist);
  for (const b of report.broken)
    console.error(`${sitePath(b.parent, dist)}  →  ${sitePath(b.url, dist)}  (${reason(b)})`);
  console.log(`Link check: ${report.checked} distinct links checked, ${report.broken.length} broken.`);
  process.exit(report.broken.length ? 1 : 0);
}
