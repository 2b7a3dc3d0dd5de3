/**
 * Everything "Cite this" needs for an entry, computed once per entry per build: the original document's item in
 * the three styles, the "via" item for the entry page, one citation per quote (the source it was taken from) with
 * its permalink, and where each can be downloaded as BibLaTeX, RIS and CSL-JSON. Also the items behind those
 * downloads and the bibliography of the whole record. Pages and endpoints only read what this returns.
 */
import type { Quote, Source } from '../../schema/entry';
import type { TrackerRecord, RecordEntry } from '../record';
import { absoluteUrl, SITE_NAME } from '../site';
import { downloadUrls, entryUrl, quoteUrl } from '../urls';
import { formatAccessed, localDay } from './accessed';
import { citedSource, entryItem, quoteSourceItems, viaItem, type CslItem } from './csl';
import { lookup, type Downloads } from './downloads';
import { renderStyles, type Rendered, type StyleId } from './render';
import type { RenderStore } from './render-store';

export { STYLES, type StyleId, type Rendered } from './render';
export { bibliographyItems, DOWNLOAD_FORMATS, downloadItems, type Downloads } from './downloads';
export type { CslItem } from './csl';

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

/**
 * "Cite this" for one entry. `accessed` is the access date rendered into the static "via" citation (the build
 * day; the page's script puts the reader's day there); `store` keeps rendered citations between entries and builds.
 */
export function entryCitations(
  entry: RecordEntry,
  record: Pick<TrackerRecord, 'actor'>,
  site?: URL | string | null,
  accessed: string = localDay(),
  store?: RenderStore,
): EntryCitations {
  const actors = lookup(record);
  const d = entry.data;
  const source = citedSource(d);
  const originalItem = entryItem(entry.slug, d, actors);
  const original = {
    item: originalItem,
    styles: renderStyles(originalItem, store),
    downloads: downloadUrls(entry.slug),
    source,
  };

  const permalink = absoluteUrl(entryUrl(entry.slug), site);
  const via = viaItem(entry.slug, d, permalink, SITE_NAME, accessed);
  const styledVia = (item: CslItem) => {
    const styles = renderStyles(item, store);
    for (const style of Object.keys(styles) as StyleId[])
      styles[style] = { ...styles[style], html: markAccessed(styles[style].html, style, accessed) };
    return styles;
  };
  const viaStyles = styledVia(via);

  const bySource = new Map<string, StyledCitation>();
  for (const [sourceId, item] of quoteSourceItems(entry.slug, d, actors))
    bySource.set(
      sourceId,
      sourceId === source.id
        ? original
        : { item, styles: renderStyles(item, store), downloads: downloadUrls(entry.slug, sourceId) },
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
        via: { item: quoteVia, styles: styledVia(quoteVia) },
      },
    ];
  });

  return { original, via: { item: via, styles: viaStyles, permalink, accessed }, quotes };
}
