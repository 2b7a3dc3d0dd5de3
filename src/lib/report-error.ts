/**
 * "Report an error": a link to the address the site configuration names (src/data/site.ts, REPORT_ERRORS_TO), a
 * `mailto:` address or an issue tracker's "new issue" page, prefilled with what the editors need: which entry or
 * quote (its permalink) and room for what is wrong and the source that shows it.
 */
export function reportErrorHref(to: string, what: { title: string; permalink: string }): string {
  const subject = `Error in “${what.title}”`;
  const body = `Page: ${what.permalink}\n\nWhat is wrong:\n\nThe source that shows it:\n`;
  if (to.startsWith('mailto:')) {
    const [address] = to.split('?');
    return `${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(to);
  url.searchParams.set('title', subject);
  url.searchParams.set('body', body);
  return url.href;
}
