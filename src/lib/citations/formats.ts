/**
 * The download formats of CSL items: BibLaTeX, RIS and CSL-JSON, each written here from the one CSL item the record
 * builds (./csl.ts), for the readers that import them. Kept apart from the styles (./render.ts) so the build step
 * that writes the download files (src/integrations/downloads.ts) loads no CSL processor.
 *
 * RIS follows Zotero's RIS translator (the de facto map; the 2011 RIS specification leaves most legal fields
 * undefined): `TY  - STAT` for laws and regulations (Zotero imports `LEGAL` as a court case), `BILL`, `CASE`,
 * `HEAR`, `SLIDE` for speeches (Zotero's presentation), `PCOMM` for letters, `RPRT`, and `ELEC` for web pages with the
 * site name in `T2`; the legal identifiers in the tags Zotero reads them from (`M1` public-law or bill number, `T2`
 * code, `VL` code volume, `SE` section, `SP` pages, `ET` session, `OP` history, `T3` legislative body, `PB` court,
 * `SV` docket number, `A2` sponsor, recipient or presenter). tests/unit/formats.test.ts holds the TY values to
 * Zotero's import map.
 *
 * BibLaTeX uses only entry types biblatex's standard styles have a driver for, so biber prints every entry and none
 * meets "No driver": `@misc` with a `type` label for laws, regulations, bills, court cases, letters and testimony
 * (the legal citation in `howpublished`, which the misc driver prints, as well as in `number`), `@unpublished` for
 * speeches (biblatex's type for "the script of a talk", with `type = {Speech}`, `eventtitle` and `venue`),
 * `@report`, and `@online` for web pages (site name in `organization`). biblatex's own `@legislation`,
 * `@jurisdiction` and `@letter` have no driver in the standard styles, and Zotero's BibTeX importer has no type for
 * a statute, so no BibTeX type can both print in biber and arrive in Zotero as a statute, bill, case or letter:
 * Zotero reads these `@misc` entries as documents; the RIS and CSL-JSON files keep the types. Text is UTF-8
 * with TeX's special characters escaped (`& % # _ $ { } ~ ^ \`); organisations are brace-protected as one name;
 * capitalised words in titles are brace-protected so styles that change case keep acronyms and proper nouns.
 */
import type { CslDate, CslItem, CslName } from './csl';

/** The RIS type of each CSL type the record uses (Zotero's RIS export map). */
export const RIS_TYPE: Record<CslItem['type'], string> = {
  legislation: 'STAT',
  bill: 'BILL',
  legal_case: 'CASE',
  hearing: 'HEAR',
  speech: 'SLIDE',
  personal_communication: 'PCOMM',
  report: 'RPRT',
  webpage: 'ELEC',
};

/**
 * The BibLaTeX entry type of each CSL type, and the `type` label it carries: only types biblatex's standard styles
 * have a driver for (see the module comment), so biber prints every entry and none meets "No driver".
 */
export const BIBLATEX_TYPE: Record<CslItem['type'], { entry: string; label?: string }> = {
  legislation: { entry: 'misc', label: 'Legislation' },
  bill: { entry: 'misc', label: 'Bill' },
  legal_case: { entry: 'misc', label: 'Court case' },
  hearing: { entry: 'misc', label: 'Testimony' },
  speech: { entry: 'unpublished', label: 'Speech' },
  personal_communication: { entry: 'misc', label: 'Letter' },
  report: { entry: 'report', label: 'Report' },
  webpage: { entry: 'online' },
};

/** A name as written in a list of names: "Family, Given" (with ", Suffix"), or the whole of an organisation's name. */
function plainName(n: CslName): string {
  if (n.literal) return n.literal;
  return [n.family, n.suffix, n.given].filter(Boolean).join(', ');
}

/** Date parts of a CSL date, as `YYYY-MM-DD` at their precision; a range as `start/end`; `~` when approximate. */
function isoParts(date: CslDate | undefined): string | undefined {
  const parts = date?.['date-parts'];
  if (!parts || parts.length === 0) return undefined;
  const one = (p: number[]) =>
    p.map((n, i) => (i === 0 ? String(n).padStart(4, '0') : String(n).padStart(2, '0'))).join('-') +
    (date.circa ? '~' : '');
  return parts.map(one).join('/');
}

/** A legal citation of a law, bill or case, as one string (see render.ts: the styles print the same). */
export function legalCitation(item: CslItem): string | undefined {
  const cite = (locator?: string) =>
    item['container-title'] && [item.volume, item['container-title'], locator].filter(Boolean).join(' ');
  const parts =
    item.type === 'legislation'
      ? [item.number, item.references, cite(item.section ?? item.page)]
      : item.type === 'bill'
        ? [item.number, item['chapter-number']]
        : item.type === 'legal_case'
          ? [cite(item.page), item.number]
          : [];
  const out = parts.filter(Boolean).join(', ');
  return out || undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// RIS

/** A CSL date as RIS writes it: `YYYY/MM/DD/`, with empty parts for the precision not known (`2019/07//`). */
function risDate(date: CslDate | undefined): string | undefined {
  const p = date?.['date-parts']?.[0];
  if (!p) return undefined;
  const [y, m, d] = p;
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${String(y).padStart(4, '0')}/${pad(m)}/${pad(d)}/${date.circa ? 'approximately' : ''}`;
}

/** The RIS tag/value pairs of one item, in the order Zotero writes them. */
function risRecord(item: CslItem): Array<[string, string]> {
  const out: Array<[string, string]> = [['TY', RIS_TYPE[item.type]]];
  const add = (tag: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out.push([tag, value.replace(/\s*[\r\n]+\s*/g, ' ')]);
  };
  add('TI', item.title);
  add('ST', item['title-short']);
  // Zotero reads a bill's sponsors and a presentation's presenters from A2, every other primary creator from AU.
  const creatorTag = item.type === 'bill' || item.type === 'speech' ? 'A2' : 'AU';
  for (const a of item.author ?? []) add(creatorTag, plainName(a));
  for (const r of item.recipient ?? []) add('A2', plainName(r));
  add('DA', risDate(item.issued));
  const year = item.issued?.['date-parts']?.[0]?.[0];
  if (year !== undefined) add('PY', String(year));
  switch (item.type) {
    case 'legislation':
      add('M1', item.number);
      add('T2', item['container-title']);
      add('VL', item.volume);
      add('SE', item.section);
      add('SP', item.page);
      add('ET', item['chapter-number']);
      add('OP', item.references);
      break;
    case 'bill':
      add('M1', item.number);
      add('T3', item.authority);
      add('ET', item['chapter-number']);
      break;
    case 'legal_case':
      add('PB', item.authority);
      add('SV', item.number);
      // Zotero keeps a case's reporter in A2 (its RIS map), its volume in VL and first page in SP.
      add('A2', item['container-title']);
      add('VL', item.volume);
      add('SP', item.page);
      break;
    case 'hearing':
      add('T2', item.section);
      add('T3', item.authority);
      add('ET', item['chapter-number']);
      add('M1', item.number);
      break;
    case 'speech':
      add('T2', item['event-title']);
      add('CY', item['event-place']);
      add('M3', item.genre);
      break;
    case 'personal_communication':
      add('M3', item.genre);
      break;
    case 'report':
      add('PB', item.publisher);
      add('CY', item['publisher-place']);
      add('SN', item.number);
      add('M3', item.genre);
      break;
    case 'webpage':
      add('T2', item['container-title']);
      break;
  }
  add('LA', item.language);
  add('UR', item.URL);
  add('Y2', risDate(item.accessed));
  if (item.type === 'personal_communication' || item.type === 'report') {
    add('DB', item.archive);
    add('AN', item.archive_location);
  }
  for (const line of item.note?.split('\n') ?? []) add('N1', line);
  return out;
}

/**
 * RIS, one record per item in the items' order: one `TAG  - value` line each, never wrapped (readers that do not
 * rejoin lines would break URLs), CRLF as the RIS specification has it.
 */
export function toRis(items: readonly CslItem[]): string {
  const lines: string[] = [];
  for (const item of items) {
    for (const [tag, value] of risRecord(item)) lines.push(`${tag}  - ${value}`);
    lines.push('ER  - ', '');
  }
  return lines.join('\r\n');
}

// ---------------------------------------------------------------------------------------------------------------
// BibLaTeX

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibLaTeX field value: TeX's special characters escaped, UTF-8 kept (biber and importers read it). */
function texEscape(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\{}&%#_$~^]/g, (c) => TEX_SPECIALS[c]!);
}

/**
 * A title with its capitalised words brace-protected, one group per word (`{EARN} {IT} {Act} of 2020`), so styles
 * that sentence-case titles keep acronyms and proper nouns. (One group around the whole title would read, to Better
 * BibTeX, as outer braces to remove.)
 */
function protectTitle(title: string): string {
  return title
    .split(/(\s+)/)
    .map((token) => {
      const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token)!;
      return /\p{Lu}/u.test(m[2]!) ? `${texEscape(m[1]!)}{${texEscape(m[2]!)}}${texEscape(m[3]!)}` : texEscape(token);
    })
    .join('');
}

function bibName(n: CslName): string {
  if (n.literal) return `{${texEscape(n.literal)}}`;
  // A part with a comma (or a standalone "and") cannot be written as "Family, Given": readers split it at the extra
  // comma and drop a part. Such a name is written whole, brace-protected, as one literal name.
  const parts = [n.family, n.suffix, n.given];
  if (parts.some((p) => p !== undefined && (p.includes(',') || /(^|\s)and(\s|$)/i.test(p))))
    return `{${texEscape([n.given, n.family, n.suffix].filter(Boolean).join(' '))}}`;
  return [n.family, n.suffix, n.given]
    .filter(Boolean)
    .map((p) => texEscape(p!))
    .join(', ');
}

/** The BibLaTeX fields of one item, in order, each valid for its entry type in biblatex's data model. */
function bibFields(item: CslItem): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (field: string, value: string | undefined, raw = false) => {
    if (value !== undefined && value !== '') out.push([field, raw ? value : texEscape(value)]);
  };
  if (item.author?.length) add('author', item.author.map(bibName).join(' and '), true);
  add('title', protectTitle(item.title), true);
  if (item['title-short']) add('shorttitle', protectTitle(item['title-short']), true);
  const label = item.genre ?? BIBLATEX_TYPE[item.type].label;
  const notes: string[] = [];
  switch (item.type) {
    case 'legislation':
    case 'bill':
    case 'legal_case':
      add('type', label);
      add('howpublished', legalCitation(item));
      add('organization', item.authority);
      break;
    case 'hearing':
      add('type', label);
      add('howpublished', [item.section, item['chapter-number'], item.number].filter(Boolean).join(', '));
      add('organization', item.authority);
      break;
    case 'speech':
      add('type', label);
      add('eventtitle', item['event-title'] && protectTitle(item['event-title']), true);
      add('venue', item['event-place']);
      break;
    case 'personal_communication':
      add('type', label);
      if (item.recipient?.length) notes.push(`To ${item.recipient.map(displayName).join(', ')}`);
      break;
    case 'report':
      add('type', label);
      add('institution', item.publisher);
      add('number', item.number);
      add('location', item['publisher-place']);
      if (item['event-title']) notes.push(item['event-title']);
      break;
    case 'webpage':
      add('organization', item['container-title']);
      break;
  }
  notes.push(...(item.note?.split('\n') ?? []));
  add('note', notes.join('. '));
  // Dates are written raw: biblatex reads EDTF's `~` (approximate) and `/` (range) in date fields.
  add('date', isoParts(item.issued), true);
  if (item.URL) out.push(['url', item.URL]);
  add('urldate', isoParts(item.accessed), true);
  return out;
}

/** A name as a person reads it ("Mark Zuckerberg"), for a note. */
function displayName(n: CslName): string {
  return n.literal ?? [n.given, n.family, n.suffix].filter(Boolean).join(' ');
}

/** BibLaTeX, one entry per item, keys = item ids. */
export function toBibLaTeX(items: readonly CslItem[]): string {
  return items
    .map((item) => {
      const fields = bibFields(item).map(([f, v]) => `  ${f} = {${v}}`);
      return `@${BIBLATEX_TYPE[item.type].entry}{${item.id},\n${fields.join(',\n')}\n}\n`;
    })
    .join('\n');
}

/** CSL-JSON: an array of items, as Zotero, Mendeley and pandoc read it. */
export function toCslJson(items: readonly CslItem[]): string {
  return JSON.stringify(items, null, 2) + '\n';
}
