/**
 * Rendering CSL items through real processors, at build time: the three house styles through citeproc-js (via
 * citation-js's CSL plugin, with the CSL files vendored in ./styles), BibLaTeX through citation-js's BibTeX plugin
 * and RIS through its RIS plugin. Nothing is fetched: the styles are bundled, and the en-US locale ships with the
 * plugin. citation-js 0.8.2 keeps one citeproc engine per style, so rendering hundreds of items stays cheap.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl';
import type { Rendered } from './entry-citations';
import { RenderStore } from './render-store';
import { FINGERPRINT, itemForStyle, renderKey, STYLE_XML, STYLES, TEMPLATE, type StyleId } from './style-items';

export { itemForStyle, STYLES, type StyleId } from './style-items';
export type { Rendered } from './entry-citations';

const csl = plugins.config.get('@csl');
for (const style of STYLES)
  if (!csl.styles.has(TEMPLATE[style.id])) csl.styles.add(TEMPLATE[style.id], STYLE_XML[style.id]);

function innerEntry(html: string): string {
  const m = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>\s*<\/div>\s*$/.exec(html);
  if (!m) throw new Error(`unexpected CSL HTML output: ${html.slice(0, 200)}`);
  return m[1]!.trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Characters citeproc writes as superscripts in HTML (`nº` → `n<sup>o</sup>`), mapped back for the text. */
const SUPERSCRIPTS: Record<string, string> = { o: 'º', a: 'ª', '1': '¹', '2': '²', '3': '³' };

/** The text an HTML fragment from citeproc shows: tags dropped, character references decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<sup>([oa123])<\/sup>/g, (m, c: string) => SUPERSCRIPTS[c] ?? m)
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) =>
      ref[0] === '#'
        ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
        : (ENTITIES[ref.toLowerCase()] ?? m),
    );
}

/**
 * A store of rendered citations for this renderer (its fingerprint), kept in `file` (the build passes
 * TRACKER_CITATION_CACHE), or in memory only. The caller owns it (src/data/citations.ts: one per build).
 */
export function openRenderStore(file: string | undefined): RenderStore {
  return new RenderStore(file, FINGERPRINT);
}

/**
 * One bibliography entry in one style, as HTML (for the style's italics); the plain text is what that HTML shows,
 * which the tests check equals citeproc's own text output for every entry of the record. With a store, an item
 * rendered before (in this build or a previous one) is not rendered again.
 */
export function renderStyle(item: CslItem, style: StyleId, store?: RenderStore): Rendered {
  const key = renderKey(item, style);
  const saved = store?.get(key);
  const raw =
    saved ??
    new Cite(itemForStyle(item, style)).format('bibliography', {
      template: TEMPLATE[style],
      lang: 'en-US',
      format: 'html',
    });
  if (saved === undefined) store?.set(key, raw);
  // citeproc writes the ordinal indicators of a citation it prints ("nº") as superscript letters; the record's own
  // character is kept, so the page shows, and copies, what the document writes.
  const html = innerEntry(raw).replace(/<sup>([oa])<\/sup>/g, (_, c: string) => SUPERSCRIPTS[c]!);
  return { text: htmlText(html), html };
}

/** citeproc's own plain-text rendering (for the tests that hold renderStyle to it). */
export function renderStyleText(item: CslItem, style: StyleId): string {
  return new Cite(itemForStyle(item, style))
    .format('bibliography', { template: TEMPLATE[style], lang: 'en-US', format: 'text' })
    .trim();
}

export function renderStyles(item: CslItem, store?: RenderStore): Record<StyleId, Rendered> {
  return {
    apa: renderStyle(item, 'apa', store),
    mla: renderStyle(item, 'mla', store),
    chicago: renderStyle(item, 'chicago', store),
  };
}
