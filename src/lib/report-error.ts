/**
 * "Report an error": a link to the address the site configuration names (src/data/site.ts, REPORT_ERRORS_TO), a
 * `mailto:` address or an issue tracker's "new issue" page, prefilled with what the editors need: which entry or
 * quote (its permalink) and room for what is wrong and the source that shows it.
 *
 * Titles and quotes are untrusted text: a lone surrogate would make `encodeURIComponent` throw and stop the build,
 * so the text is made well-formed first (a lone surrogate becomes U+FFFD).
 */
export function reportErrorHref(to: string, what: { title: string; permalink: string }): string {
  const subject = wellFormed(`Error in “${what.title}”`);
  const body = wellFormed(`Page: ${what.permalink}\n\nWhat is wrong:\n\nThe source that shows it:\n`);
  if (to.startsWith('mailto:')) {
    const [address] = to.split('?');
    return `${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(to);
  url.searchParams.set('title', subject);
  url.searchParams.set('body', body);
  return url.href;
}

/** The first `max` characters (code points, so a pair is never split) of a text, with "…" when it was longer. */
export function excerpt(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
