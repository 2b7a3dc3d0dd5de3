/**
 * The citations of one entry (see ./index.ts), with the renderer passed in: free of citation-js, so the build can
 * list every item the pages will render before Astro renders them (src/integrations/citation-cache.ts).
 */
import type { Quote, Source } from '../../schema/entry';
import type { TrackerRecord, RecordEntry } from '../record';
import { absoluteUrl, SITE_NAME } from '../site';
import { downloadUrls, entryUrl, quoteUrl } from '../urls';
import { formatAccessed } from './accessed';
import { citedSource, entryItem, quoteSourceItems, viaItem, type CslItem } from './csl';
import { lookup, type Downloads } from './downloads';
import type { StyleId } from './style-items';

/** One bibliography entry in one style. */
export interface Rendered {
  /** Plain text, exactly what the HTML shows. */
  text: string;
  /** The same with the style's italics, as HTML (escaped by citeproc). */
  html: string;
}

export interface StyledCitation {
  item: CslItem;
  styles: Record<StyleId, Rendered>;
  downloads: Downloads;
}

export interface QuoteCitation {
  quote: Quote;
  source: Source;
  /** Absolute URL of the quote on its entry page (`…/entries/<slug>/#quote-<id>`). */
  permalink: string;
  citation: StyledCitation;
  /** The entry page cited "via" the quote's permalink, for a reader who quotes it from this page. */
  via: { item: CslItem; styles: Record<StyleId, Rendered> };
}

export interface EntryCitations {
  /** The original document (the entry's primary source where it has one). */
  original: StyledCitation & { source: Source };
  /** The entry page itself ("via"), with its absolute permalink; no downloads. */
  via: { item: CslItem; styles: Record<StyleId, Rendered>; permalink: string; accessed: string };
  quotes: QuoteCitation[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&#38;', '<': '&#60;', '>': '&#62;' };

/**
 * Marks the access date in a rendered "via" citation, so the page's script can put the reader's day there:
 * `<span data-accessed="mla">26 Nov. 2026</span>`. Returns the HTML unchanged when the style does not print an
 * access date (it prints the page's own date instead).
 */
export function markAccessed(html: string, style: StyleId, accessed: string): string {
  const shown = formatAccessed(accessed, style).replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
  const at = html.indexOf(shown);
  if (at < 0 || html.indexOf(shown, at + 1) >= 0) return html;
  return `${html.slice(0, at)}<span data-accessed="${style}">${shown}</span>${html.slice(at + shown.length)}`;
}

/** Renders one item in the three styles: src/lib/citations/render.ts, or a stand-in that only lists the items. */
export type StylesRenderer = (item: CslItem) => Record<StyleId, Rendered>;

const CITEPROC_ESCAPES: Record<string, string> = { '&': '&#38;', '<': '&#60;', '>': '&#62;' };

/**
 * A quote's "via" item is the entry page's, but for its address (`…/entries/<slug>/#quote-<id>`), and every style
 * prints that address verbatim, once: so its rendering is the page's with the address replaced, which saves a third
 * of a cold build's citeproc work. Returns undefined (render it, then) unless the page's address appears exactly
 * once in each style's text and HTML; a unit test holds the result to citeproc's own rendering for every quote.
 */
export function withPermalink(
  rendered: Record<StyleId, Rendered>,
  from: string,
  to: string,
): Record<StyleId, Rendered> | undefined {
  const escape = (url: string) => url.replace(/[&<>]/g, (c) => CITEPROC_ESCAPES[c]!);
  const once = (text: string, part: string) => {
    const at = text.indexOf(part);
    return at >= 0 && text.indexOf(part, at + 1) < 0;
  };
  const out = { ...rendered };
  for (const style of Object.keys(rendered) as StyleId[]) {
    const { text, html } = rendered[style];
    if (!once(text, from) || !once(html, escape(from))) return undefined;
    out[style] = { text: text.replace(from, () => to), html: html.replace(escape(from), () => escape(to)) };
  }
  return out;
}

/**
 * "Cite this" for one entry, each item rendered by `renderStyles` (./index.ts passes the renderer; the build's
 * worker pool passes a stand-in that only collects the items, so it renders ahead exactly what the pages will ask
 * for: src/integrations/citation-cache.ts). `accessed` is the access date rendered into the static "via" citation
 * (the build day; the page's script puts the reader's day there).
 */
export function buildEntryCitations(
  entry: RecordEntry,
  record: Pick<TrackerRecord, 'actor'>,
  site: URL | string | null | undefined,
  accessed: string,
  renderStyles: StylesRenderer,
): EntryCitations {
  const actors = lookup(record);
  const d = entry.data;
  const source = citedSource(d);
  const originalItem = entryItem(entry.slug, d, actors);
  const original = {
    item: originalItem,
    styles: renderStyles(originalItem),
    downloads: downloadUrls(entry.slug),
    source,
  };

  const permalink = absoluteUrl(entryUrl(entry.slug), site);
  const via = viaItem(entry.slug, d, permalink, SITE_NAME, accessed);
  const marked = (rendered: Record<StyleId, Rendered>) => {
    const styles = { ...rendered };
    for (const style of Object.keys(styles) as StyleId[])
      styles[style] = { ...styles[style], html: markAccessed(styles[style].html, style, accessed) };
    return styles;
  };
  const viaRendered = renderStyles(via);
  const viaStyles = marked(viaRendered);

  const bySource = new Map<string, StyledCitation>();
  for (const [sourceId, item] of quoteSourceItems(entry.slug, d, actors))
    bySource.set(
      sourceId,
      sourceId === source.id
        ? original
        : { item, styles: renderStyles(item), downloads: downloadUrls(entry.slug, sourceId) },
    );
  const quotes: QuoteCitation[] = d.quotes.flatMap((quote) => {
    const citation = bySource.get(quote.source);
    const quoteSource = d.sources.find((s) => s.id === quote.source);
    if (!citation || !quoteSource) return [];
    const quoteLink = absoluteUrl(quoteUrl(entry.slug, quote.id), site);
    const quoteVia = {
      ...viaItem(entry.slug, d, quoteLink, SITE_NAME, accessed),
      id: `${entry.slug}--via-${quote.id}`,
    };
    quoteVia['citation-key'] = quoteVia.id;
    return [
      {
        quote,
        source: quoteSource,
        permalink: quoteLink,
        citation,
        via: {
          item: quoteVia,
          styles: marked(withPermalink(viaRendered, permalink, quoteLink) ?? renderStyles(quoteVia)),
        },
      },
    ];
  });

  return { original, via: { item: via, styles: viaStyles, permalink, accessed }, quotes };
}
