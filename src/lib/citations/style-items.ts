/**
 * The three house styles and what each is given to render, free of citation-js so that the build's worker pool
 * (src/integrations/citation-cache.ts) can compute the same keys as the page renderer without loading citeproc:
 * the styles' CSL files (vendored in ./styles, registered under our own template names), the item as each style
 * sees it, the key of one rendering, and the fingerprint that decides whether a stored rendering still holds.
 */
import apaStyle from './styles/apa.csl?raw';
import mlaStyle from './styles/modern-language-association.csl?raw';
import chicagoStyle from './styles/chicago-note-bibliography.csl?raw';
import corePkg from '@citation-js/core/package.json';
import cslPkg from '@citation-js/plugin-csl/package.json';
import citeprocPkg from 'citeproc/package.json';
import type { CslItem } from './csl';
import { legalCitation } from './formats';
import { hashKey } from './render-store';

export type StyleId = 'apa' | 'mla' | 'chicago';

export const STYLES: ReadonlyArray<{ id: StyleId; label: string; name: string }> = [
  { id: 'apa', label: 'APA', name: 'APA 7th edition' },
  { id: 'mla', label: 'MLA', name: 'MLA 9th edition' },
  { id: 'chicago', label: 'Chicago', name: 'Chicago, notes and bibliography (bibliography entry)' },
];

/** Registered under our own names so the vendored files, not citation-js's bundled APA, are what renders. */
export const TEMPLATE: Record<StyleId, string> = { apa: 'ept-apa', mla: 'ept-mla', chicago: 'ept-chicago' };
export const STYLE_XML: Record<StyleId, string> = { apa: apaStyle, mla: mlaStyle, chicago: chicagoStyle };

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
  for (const field of CASED_FIELDS) {
    const value = out[field];
    if (typeof value === 'string') out[field] = keepDomainCase(value);
  }
  return out;
}

/** The fields a style may title-case (MLA and Chicago titles, APA's site and periodical names). */
const CASED_FIELDS = ['title', 'container-title', 'publisher'] as const;

/** A domain name written as a name ("Law.com", "apple.com", "Phys.org"), not part of an address or an e-mail. */
const DOMAIN_NAME =
  /(?<![\w.@/-])(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|gov|edu|int|io|info|eu|uk|au|ca|nz|in|br|de|fr)(?![\w-]|\.\w)/gi;

/**
 * Domain names kept as written when a style title-cases ("Law.com", never "Law.Com"): citeproc leaves text inside
 * `<span class="nocase">` alone and prints none of the markup. Only the styles' items get it; the downloads (RIS,
 * BibTeX, CSL-JSON) carry the record's text as it is.
 */
export function keepDomainCase(text: string): string {
  return text.replace(DOMAIN_NAME, (name) => `<span class="nocase">${name}</span>`);
}

/** Changes when a CSL file or the version of citation-js or citeproc does: stored renderings are then discarded. */
export const FINGERPRINT = hashKey(
  apaStyle,
  mlaStyle,
  chicagoStyle,
  `@citation-js/core@${corePkg.version}`,
  `@citation-js/plugin-csl@${cslPkg.version}`,
  `citeproc@${citeprocPkg.version}`,
);

/**
 * The key of one rendering: the style and the exact item it sees. The id never shows in a bibliography entry, so
 * the same source cited by several entries renders once.
 */
export function renderKey(item: CslItem, style: StyleId): string {
  return hashKey(style, JSON.stringify(itemForStyle({ ...item, id: '', 'citation-key': '' }, style)));
}
