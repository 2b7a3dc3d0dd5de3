/**
 * The download formats of CSL items, through citation-js's own plugins: BibLaTeX (BibTeX plugin), RIS (RIS plugin)
 * and CSL-JSON. Kept apart from the styles (./render.ts) so the build step that writes the download files
 * (src/integrations/downloads.ts) loads no CSL style.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl';

// Citation keys are our ids (`calea-1994`, `calea-1994--statute`), unique by construction and kept verbatim;
// non-ASCII characters and TeX specials are written as TeX commands, which every BibTeX reader understands.
Object.assign(plugins.config.get('@bibtex').format, { useIdAsLabel: true, checkLabel: false, asciiOnly: true });

/**
 * A title as BibTeX should keep it. citation-js already protects every capitalised word after the first; the
 * first word needs protection too when it is an acronym or mixed case (`EARN IT Act`, `iOS 8`), or BibTeX styles
 * that sentence-case titles would print "Earn".
 */
function protectFirstWord(title: string): string {
  const m = /^(\[?)([^\s[\]]+)/.exec(title);
  const first =
    !m || !/[A-Z]/.test(m[2]!.slice(1))
      ? title
      : `${m[1]}<span class="nocase">${m[2]}</span>${title.slice(m[0].length)}`;
  // A subtitle's first word is capitalised in the title as written ("Decrypting the Encryption Debate: A Framework"),
  // and a single capital letter is not protected by citation-js, so readers that sentence-case would print "a".
  return first.replace(/([:?!]\s+)([A-Z])(?=\s)/g, '$1<span class="nocase">$2</span>');
}

/**
 * Scripts citation-js has no TeX form for (Chinese, Japanese, Korean, Arabic, Hebrew…): with `asciiOnly` it drops
 * them silently, leaving `title = {}` for a law titled 中华人民共和国密码法. They are swapped for ASCII placeholders
 * before formatting and put back after it, as UTF-8, which biber and Better BibTeX read.
 */
const UNMAPPED = /[\u0590-\u08ff\u0e00-\u0eff\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+/g;

/** BibLaTeX (`@legislation`, `@jurisdiction`, `@letter`, `@online`…), one entry per item, keys = item ids. */
export function toBibLaTeX(items: readonly CslItem[]): string {
  const kept: string[] = [];
  const hold = (text: string) => text.replace(UNMAPPED, (run) => `zzunmapped${kept.push(run) - 1}zz`);
  const prepared = items.map((item) => ({
    ...item,
    title: protectFirstWord(hold(item.title)),
    ...(item.publisher ? { publisher: hold(item.publisher) } : {}),
    ...(item.authority ? { authority: hold(item.authority) } : {}),
  }));
  const out = String(new Cite(prepared).format('biblatex', { format: 'text' })).trim() + '\n';
  return out.replace(/zzunmapped(\d+)zz/g, (_, i: string) => kept[Number(i)]!);
}

/**
 * RIS, from citation-js's own CSL→RIS mapping. citation-js's text output wraps every value at 70 characters,
 * which breaks URLs in the readers that do not rejoin lines, so the tag objects are written out here unwrapped,
 * one `TAG  - value` line each, CRLF as the RIS specification has it. Records follow the items' order.
 */
export function toRis(items: readonly CslItem[]): string {
  const records = new Cite(items).format('ris', { format: 'object' }) as Array<Record<string, string | string[]>>;
  const lines: string[] = [];
  records.forEach((record, i) => {
    // RIS has no speech type; citation-js writes SOUND (an audio recording). Zotero, the main RIS reader, writes and
    // reads its presentation type (CSL's speech) as SLIDE, so speeches are written that way.
    const type = items[i]!.type === 'speech' ? 'SLIDE' : String(record.TY);
    lines.push(`TY  - ${type}`);
    for (const [tag, value] of Object.entries(record)) {
      // The RIS specification limits ID to 20 characters (astrocite-ris truncates it), which would make long
      // citation keys collide; reference managers do not import it, so it is left out.
      if (tag === 'TY' || tag === 'ER' || tag === 'ID') continue;
      for (const v of ([] as string[]).concat(value))
        lines.push(`${tag}  - ${String(v).replace(/\s*[\r\n]+\s*/g, ' ')}`);
    }
    lines.push('ER  - ', '');
  });
  return lines.join('\r\n');
}

/** CSL-JSON: an array of items, as Zotero, Mendeley and pandoc read it. */
export function toCslJson(items: readonly CslItem[]): string {
  return JSON.stringify(items, null, 2) + '\n';
}
