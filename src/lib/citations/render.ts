/**
 * Rendering CSL items through real processors, at build time: the three house styles through citeproc-js (via
 * citation-js's CSL plugin, with the CSL files vendored in ./styles), BibLaTeX through citation-js's BibTeX plugin
 * and RIS through its RIS plugin. Nothing is fetched: the styles are bundled, and the en-US locale ships with the
 * plugin. citation-js 0.8.2 keeps one citeproc engine per style, so rendering hundreds of items stays cheap.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import apaStyle from './styles/apa.csl?raw';
import mlaStyle from './styles/modern-language-association.csl?raw';
import chicagoStyle from './styles/chicago-note-bibliography.csl?raw';
import corePkg from '@citation-js/core/package.json';
import cslPkg from '@citation-js/plugin-csl/package.json';
import citeprocPkg from 'citeproc/package.json';
import type { CslItem } from './csl';
import { legalCitation } from './formats';
import { hashKey, RenderStore } from './render-store';

export type StyleId = 'apa' | 'mla' | 'chicago';

export const STYLES: ReadonlyArray<{ id: StyleId; label: string; name: string }> = [
  { id: 'apa', label: 'APA', name: 'APA 7th edition' },
  { id: 'mla', label: 'MLA', name: 'MLA 9th edition' },
  { id: 'chicago', label: 'Chicago', name: 'Chicago, notes and bibliography (bibliography entry)' },
];

/** Registered under our own names so the vendored files, not citation-js's bundled APA, are what renders. */
const TEMPLATE: Record<StyleId, string> = { apa: 'ept-apa', mla: 'ept-mla', chicago: 'ept-chicago' };
const XML: Record<StyleId, string> = { apa: apaStyle, mla: mlaStyle, chicago: chicagoStyle };

const csl = plugins.config.get('@csl');
for (const style of STYLES) if (!csl.styles.has(TEMPLATE[style.id])) csl.styles.add(TEMPLATE[style.id], XML[style.id]);

/**
 * The three styles' templates were written for parsed U.S. citations and misprint the record's legal identifiers:
 * APA prints a public-law number as "Pub. L. No. Pub. L. 103-414" and drops a code section, a bill's sponsors as
 * "testimony of …", MLA a code as the container, and citeproc rewrites the punctuation of some `number` values it
 * reads as number lists. So, for display only, a law's, bill's or case's identifiers are joined into one legal
 * citation, as the document block writes them (`Pub. L. 103-414, 108 Stat. 4279, 47 U.S.C. 1001-1010`, `S. 3398,
 * 116th Congress`, `176 F.3d 1132, No. 97-16686`), and each style reads it from a variable it prints verbatim
 * (unit-tested for every entry: the citation appears exactly once, as written, with no added prefix). It is built
 * from the item's own variables, so the published CSL-JSON renders to exactly what the page shows.
 */
const LEGAL_CITATION_VARIABLE: Record<
  StyleId,
  Partial<Record<CslItem['type'], 'genre' | 'container-title' | 'references' | 'version'>>
> = {
  apa: { legislation: 'container-title', bill: 'genre', legal_case: 'references' },
  mla: { legislation: 'version', bill: 'version', legal_case: 'version' },
  chicago: { legislation: 'genre', bill: 'genre', legal_case: 'genre' },
};

/** The variables a legal citation is built from, left out of the item a style sees. */
const LEGAL_PARTS = ['number', 'container-title', 'volume', 'page', 'section', 'references', 'chapter-number'] as const;

/**
 * The item as the given style should see it: the legal citation in the variable it prints (see
 * LEGAL_CITATION_VARIABLE), a bill without its sponsors (APA would print them as witnesses), and the archived copy
 * only for MLA, which prints it as MLA 9 asks ("Internet Archive, https://web.archive.org/…"); APA and Chicago would
 * print its address in the title slot. The page lists the archived copy next to every source either way.
 */
export function itemForStyle(item: CslItem, style: StyleId): CslItem {
  const out: CslItem = { ...item };
  const variable = LEGAL_CITATION_VARIABLE[style][item.type];
  if (variable) {
    const legal = legalCitation(item);
    for (const part of LEGAL_PARTS) delete out[part];
    if (legal) out[variable] = legal;
    if (item.type === 'bill') delete out.author;
  }
  if (style !== 'mla') {
    delete out.archive;
    delete out.archive_location;
  }
  return out;
}

export interface Rendered {
  /** Plain text, exactly what the HTML shows. */
  text: string;
  /** The same with the style's italics, as HTML (escaped by citeproc). */
  html: string;
}

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

const FINGERPRINT = hashKey(
  apaStyle,
  mlaStyle,
  chicagoStyle,
  `@citation-js/core@${corePkg.version}`,
  `@citation-js/plugin-csl@${cslPkg.version}`,
  `citeproc@${citeprocPkg.version}`,
);

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
  // The id never shows in a bibliography entry, so the same source cited by several entries renders once.
  const key = hashKey(style, JSON.stringify(itemForStyle({ ...item, id: '', 'citation-key': '' }, style)));
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
