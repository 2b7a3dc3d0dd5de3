/**
 * Hosts the record never cites: mirrors, proxies, scrapers, spun rewrites, content farms and forum reposts. Their
 * pages are at best copies of an original publication (a lead to find it), at worst rewritten: the December 2026
 * audit found three misquotes that came from such copies. The validator refuses a source whose address is on one of
 * these hosts (or a subdomain of one); cite the original publication instead.
 *
 * One line each: the host, and why it is here. Add a host only after seeing what it is; say what you saw.
 */
export interface RefusedHost {
  /** A host name; it also covers its subdomains. `lemmy.` and `.pages.dev`-style entries match a prefix/suffix. */
  host: string;
  why: string;
}

export const REFUSED_HOSTS: readonly RefusedHost[] = [
  {
    host: 'apfelpatient.de',
    why: 'English edition is a back-translation of German rewrites of others’ reports (audit H1)',
  },
  { host: 'varthabharati.in', why: 'reworded copies of wire reports (audit H2)' },
  { host: 'skybasegh.com', why: 'content farm with spun rewrites of news reports (audit H3)' },
  { host: 'babelserver.org', why: 'mirror of other sites’ pages' },
  { host: 'jagsworkshop.com', why: 'blog reposting others’ reports and statements' },
  { host: 'freedomsphoenix.com', why: 'aggregator reposting others’ articles' },
  { host: 'verynicewebsite.net', why: 'scraped copies of news articles' },
  { host: 'vuink.com', why: 'proxy serving copies of other sites (audit I3)' },
  { host: 'pages.dev', why: 'free static hosting used for scraped mirrors (a GovTrack mirror, audit I2)' },
  { host: 'fdocuments.us', why: 'document-sharing scraper of others’ files' },
  { host: 'lemmy.', why: 'Lemmy forum instances: reposts of news reports' },
  { host: 'cybernoz.com', why: 'copies of Computer Weekly and other trade-press articles' },
  { host: 'daily8.com', why: 'copies of other outlets’ articles (the Guardian, PA)' },
  { host: 'wikimili.com', why: 'mirror of Wikipedia' },
  { host: 'comparemela.com', why: 'scraper of news articles' },
  { host: 'frontpage-app.vercel.app', why: 'mirror of Hacker News' },
  { host: 'kittens.eff.org', why: 'mirror of www.eff.org: cite eff.org' },
  { host: 'jamaica14.com', why: 'spun rewrites of news reports (“naked particulars” for “bare details”)' },
  { host: 'newsforall.eu', why: 'rewritten summaries of other outlets’ articles' },
  { host: 'londondaily.com', why: 'rewritten copies of PA and Guardian reports' },
];

function matches(hostname: string, entry: RefusedHost): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (entry.host.endsWith('.')) return h.startsWith(entry.host) || h.includes(`.${entry.host}`);
  return h === entry.host || h.endsWith(`.${entry.host}`);
}

/** The refused host an address is on, if any. */
export function refusedHost(url: string): RefusedHost | undefined {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return REFUSED_HOSTS.find((entry) => matches(hostname, entry));
}
