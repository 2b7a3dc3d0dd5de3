/**
 * Six documents pinned by hand, from their entries' document blocks and best copies: the CSL item every export and
 * page tag is built from, and the RIS record and BibLaTeX entry written from it. These are the items a reference
 * manager must end up with; if an entry's document block changes, change the pin with it (and say why).
 *
 * Also held here: the RIS types against Zotero's RIS import map, and the BibLaTeX types against Zotero's BibTeX
 * import map and biblatex's standard drivers (so no entry is dropped on import and none is printed without a driver).
 */
import { describe, expect, test } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { validateContent } from '../../src/lib/validate';
import { buildRecord } from '../../src/lib/record';
import { entryItem, type CslItem } from '../../src/lib/citations/csl';
import { BIBLATEX_TYPE, RIS_TYPE, toBibLaTeX, toRis } from '../../src/lib/citations/formats';
import { bibliographyItems } from '../../src/lib/citations';

const validated = validateContent('content');
const record = buildRecord(validated.entries, validated.actors);
const item = (slug: string) => entryItem(slug, record.entry(slug)!.data, record.actor);

const PINNED: Record<string, CslItem> = {
  // Pub. L. 103-414, 108 Stat. 4279, codified at 47 U.S.C. 1001–1010; read in the Statutes at Large scan.
  'calea-1994': {
    id: 'calea-1994',
    'citation-key': 'calea-1994',
    type: 'legislation',
    title: 'Communications Assistance for Law Enforcement Act',
    'title-short': 'CALEA',
    issued: { 'date-parts': [[1994, 10, 25]] },
    jurisdiction: 'US',
    status: 'in force',
    number: 'Pub. L. 103-414',
    'container-title': 'U.S.C.',
    volume: '47',
    section: '1001-1010',
    references: '108 Stat. 4279',
    'chapter-number': '103d Congress',
    authority: 'United States Congress',
    URL: 'https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_108_Part_5.djvu/789',
    accessed: { 'date-parts': [[2026, 12, 3]] },
  },
  // The letter of 4 October 2019 (released by the DOJ on the 3rd), its own heading as title, to Mark Zuckerberg.
  'barr-patel-dutton-mcaleenan-open-letter-facebook-2019': {
    id: 'barr-patel-dutton-mcaleenan-open-letter-facebook-2019',
    'citation-key': 'barr-patel-dutton-mcaleenan-open-letter-facebook-2019',
    type: 'personal_communication',
    title: 'Open letter: Facebook’s “Privacy first” proposals',
    author: [
      { family: 'Barr', given: 'William P.' },
      { family: 'Patel', given: 'Priti' },
      { family: 'Dutton', given: 'Peter' },
      { family: 'McAleenan', given: 'Kevin K.' },
    ],
    recipient: [{ family: 'Zuckerberg', given: 'Mark' }],
    issued: { 'date-parts': [[2019, 10, 4]] },
    URL: 'https://gov.uk/government/publications/open-letter-to-mark-zuckerberg/open-letter-from-the-home-secretary-alongside-us-attorney-general-barr-secretary-of-homeland-security-acting-mcaleenan-and-australian-minister-f',
    accessed: { 'date-parts': [[2026, 12, 3]] },
  },
  // Bernstein v. United States Department of Justice, 176 F.3d 1132 (9th Cir. 1999), No. 97-16686.
  'bernstein-v-doj-ninth-circuit-1999': {
    id: 'bernstein-v-doj-ninth-circuit-1999',
    'citation-key': 'bernstein-v-doj-ninth-circuit-1999',
    type: 'legal_case',
    title: 'Bernstein v. United States Department of Justice',
    'title-short': 'Bernstein v. DOJ',
    issued: { 'date-parts': [[1999, 5, 6]] },
    jurisdiction: 'US',
    authority: 'U.S. Court of Appeals for the Ninth Circuit',
    number: 'No. 97-16686',
    'container-title': 'F.3d',
    volume: '176',
    page: '1132',
    URL: 'http://www.ce9.uscourts.gov/web/newopinions.nsf/f606ac175e010d64882566eb00658118/febd2452a8a4d79b8825676900685b71?OpenDocument',
  },
  // S. 3398, 116th Congress, introduced in the Senate on 5 March 2020 by Graham and Blumenthal; no publisher.
  'earn-it-act-2020': {
    id: 'earn-it-act-2020',
    'citation-key': 'earn-it-act-2020',
    type: 'bill',
    title: 'Eliminating Abusive and Rampant Neglect of Interactive Technologies Act of 2020',
    'title-short': 'EARN IT Act of 2020',
    author: [
      { family: 'Graham', given: 'Lindsey' },
      { family: 'Blumenthal', given: 'Richard' },
    ],
    issued: { 'date-parts': [[2020, 3, 5]] },
    jurisdiction: 'US',
    status: 'expired',
    number: 'S. 3398',
    authority: 'Senate',
    'chapter-number': '116th Congress',
    URL: 'https://www.congress.gov/bill/116th-congress/senate-bill/3398',
  },
  // The communiqué of the Five Country Ministerial, London, July 2019: the meeting as author and institution
  // (an organisation, never a person), the Scribd copy only as the address.
  'five-eyes-london-communique-2019': {
    id: 'five-eyes-london-communique-2019',
    'citation-key': 'five-eyes-london-communique-2019',
    type: 'report',
    title: '[Joint communiqué of the Five Country Ministerial, London, July 2019]',
    author: [{ literal: 'Five Country Ministerial' }],
    issued: { 'date-parts': [[2019, 7, 30]] },
    publisher: 'Five Country Ministerial',
    'publisher-place': 'London',
    genre: 'Communiqué',
    'event-title': 'Five Country Ministerial 2019',
    // The GOV.UK publication page, not yet read (so no access date); the Scribd copy read before is a refused host.
    URL: 'https://www.gov.uk/government/publications/five-country-ministerial-communique',
  },
  // Barr's keynote of 23 July 2019 at the International Conference on Cyber Security, Fordham University.
  'barr-iccs-warrant-proof-encryption-speech-2019': {
    id: 'barr-iccs-warrant-proof-encryption-speech-2019',
    'citation-key': 'barr-iccs-warrant-proof-encryption-speech-2019',
    type: 'speech',
    title: '[Keynote address at the International Conference on Cyber Security, as prepared for delivery]',
    author: [{ family: 'Barr', given: 'William P.' }],
    issued: { 'date-parts': [[2019, 7, 23]] },
    genre: 'Speech',
    'event-title': 'International Conference on Cyber Security 2019',
    'event-place': 'Fordham University, New York',
    URL: 'https://assets.documentcloud.org/documents/6209829/Barr.txt',
    accessed: { 'date-parts': [[2026, 12, 3]] },
  },
};

/** The RIS each pinned item is written as (CRLF line ends, as written). */
const PINNED_RIS: Record<string, string[]> = {
  'calea-1994': [
    'TY  - STAT',
    'TI  - Communications Assistance for Law Enforcement Act',
    'ST  - CALEA',
    'DA  - 1994/10/25/',
    'PY  - 1994',
    'M1  - Pub. L. 103-414',
    'T2  - U.S.C.',
    'VL  - 47',
    'SE  - 1001-1010',
    'ET  - 103d Congress',
    'OP  - 108 Stat. 4279',
    'UR  - https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_108_Part_5.djvu/789',
    'Y2  - 2026/12/03/',
  ],
  'barr-patel-dutton-mcaleenan-open-letter-facebook-2019': [
    'TY  - PCOMM',
    'TI  - Open letter: Facebook’s “Privacy first” proposals',
    'AU  - Barr, William P.',
    'AU  - Patel, Priti',
    'AU  - Dutton, Peter',
    'AU  - McAleenan, Kevin K.',
    'A2  - Zuckerberg, Mark',
    'DA  - 2019/10/04/',
    'PY  - 2019',
    `UR  - ${PINNED['barr-patel-dutton-mcaleenan-open-letter-facebook-2019']!.URL}`,
    'Y2  - 2026/12/03/',
  ],
  'bernstein-v-doj-ninth-circuit-1999': [
    'TY  - CASE',
    'TI  - Bernstein v. United States Department of Justice',
    'ST  - Bernstein v. DOJ',
    'DA  - 1999/05/06/',
    'PY  - 1999',
    'PB  - U.S. Court of Appeals for the Ninth Circuit',
    'SV  - No. 97-16686',
    'A2  - F.3d',
    'VL  - 176',
    'SP  - 1132',
    `UR  - ${PINNED['bernstein-v-doj-ninth-circuit-1999']!.URL}`,
  ],
  'earn-it-act-2020': [
    'TY  - BILL',
    'TI  - Eliminating Abusive and Rampant Neglect of Interactive Technologies Act of 2020',
    'ST  - EARN IT Act of 2020',
    'A2  - Graham, Lindsey',
    'A2  - Blumenthal, Richard',
    'DA  - 2020/03/05/',
    'PY  - 2020',
    'M1  - S. 3398',
    'T3  - Senate',
    'ET  - 116th Congress',
    'UR  - https://www.congress.gov/bill/116th-congress/senate-bill/3398',
  ],
  'five-eyes-london-communique-2019': [
    'TY  - RPRT',
    'TI  - [Joint communiqué of the Five Country Ministerial, London, July 2019]',
    'AU  - Five Country Ministerial',
    'DA  - 2019/07/30/',
    'PY  - 2019',
    'PB  - Five Country Ministerial',
    'CY  - London',
    'M3  - Communiqué',
    'UR  - https://www.gov.uk/government/publications/five-country-ministerial-communique',
  ],
  'barr-iccs-warrant-proof-encryption-speech-2019': [
    'TY  - SLIDE',
    'TI  - [Keynote address at the International Conference on Cyber Security, as prepared for delivery]',
    'A2  - Barr, William P.',
    'DA  - 2019/07/23/',
    'PY  - 2019',
    'T2  - International Conference on Cyber Security 2019',
    'CY  - Fordham University, New York',
    'M3  - Speech',
    'UR  - https://assets.documentcloud.org/documents/6209829/Barr.txt',
    'Y2  - 2026/12/03/',
  ],
};

/** The BibLaTeX entry type and the fields Better BibTeX's parser reads back from each pinned entry. */
const PINNED_BIB: Record<string, { type: string; fields: Record<string, unknown> }> = {
  'calea-1994': {
    type: 'misc',
    fields: {
      title: 'Communications Assistance for Law Enforcement Act',
      shorttitle: 'CALEA',
      type: 'Legislation',
      howpublished: 'Pub. L. 103-414, 108 Stat. 4279, 47 U.S.C. 1001-1010',
      organization: ['United States Congress'],
      date: '1994-10-25',
    },
  },
  'barr-patel-dutton-mcaleenan-open-letter-facebook-2019': {
    type: 'misc',
    fields: {
      title: 'Open letter: Facebook’s “Privacy first” proposals',
      type: 'Letter',
      note: 'To Mark Zuckerberg',
      date: '2019-10-04',
    },
  },
  'bernstein-v-doj-ninth-circuit-1999': {
    type: 'misc',
    fields: {
      title: 'Bernstein v. United States Department of Justice',
      type: 'Court case',
      howpublished: '176 F.3d 1132, No. 97-16686',
      organization: ['U.S. Court of Appeals for the Ninth Circuit'],
      date: '1999-05-06',
    },
  },
  'earn-it-act-2020': {
    type: 'misc',
    fields: {
      title: 'Eliminating Abusive and Rampant Neglect of Interactive Technologies Act of 2020',
      shorttitle: 'EARN IT Act of 2020',
      type: 'Bill',
      howpublished: 'S. 3398, 116th Congress',
      organization: ['Senate'],
      date: '2020-03-05',
    },
  },
  'five-eyes-london-communique-2019': {
    type: 'report',
    fields: {
      title: '[Joint communiqué of the Five Country Ministerial, London, July 2019]',
      type: 'Communiqué',
      institution: ['Five Country Ministerial'],
      location: ['London'],
      date: '2019-07-30',
    },
  },
  'barr-iccs-warrant-proof-encryption-speech-2019': {
    type: 'unpublished',
    fields: {
      title: '[Keynote address at the International Conference on Cyber Security, as prepared for delivery]',
      type: 'Speech',
      eventtitle: 'International Conference on Cyber Security 2019',
      venue: 'Fordham University, New York',
      date: '2019-07-23',
    },
  },
};

/** Better BibTeX's parser marks brace-protected text as `<span class="nocase">`: the plain text without it. */
const plain = (v: unknown): unknown =>
  typeof v === 'string' ? v.replace(/<\/?span[^>]*>/g, '') : Array.isArray(v) ? v.map(plain) : v;

describe.each(Object.keys(PINNED))('pinned: %s', (slug) => {
  test('the CSL item, complete', () => {
    expect(item(slug)).toEqual(PINNED[slug]);
  });

  test('the RIS record, line for line, read by astrocite-ris', () => {
    const ris = toRis([item(slug)]);
    expect(ris).toBe([...PINNED_RIS[slug]!, 'ER  - ', ''].join('\r\n'));
    const [parsed] = parseRis(ris);
    expect(parsed!.title).toBe(PINNED[slug]!.title);
    expect(parsed!.URL).toBe(PINNED[slug]!.URL);
  });

  test('the BibLaTeX entry, read by Better BibTeX’s parser', () => {
    const parsed = parseBibtex(toBibLaTeX([item(slug)]));
    expect(parsed.errors).toEqual([]);
    const [entry] = parsed.entries;
    expect(entry!.type).toBe(PINNED_BIB[slug]!.type);
    expect(entry!.key).toBe(slug);
    expect(entry!.fields.url).toBe(PINNED[slug]!.URL);
    for (const [field, value] of Object.entries(PINNED_BIB[slug]!.fields))
      expect(plain(entry!.fields[field]), field).toEqual(value);
    const authors = (entry!.fields.author ?? []) as Array<{ lastName?: string; firstName?: string; name?: string }>;
    expect(authors.map((a) => a.name ?? `${a.lastName}, ${a.firstName}`)).toEqual(
      (PINNED[slug]!.author ?? []).map((a) => a.literal ?? `${a.family}, ${a.given}`),
    );
  });
});

/**
 * Zotero's RIS translator (zotero/translators, RIS.js at the commit translation-server 2.0.5 pins, ee1746de):
 * the item type each TY imports as. `LEGAL` imports as a case, which is why laws are written as STAT.
 */
const ZOTERO_RIS_IMPORT: Record<string, string> = {
  STAT: 'statute',
  BILL: 'bill',
  CASE: 'case',
  HEAR: 'hearing',
  SLIDE: 'presentation',
  PCOMM: 'letter',
  RPRT: 'report',
  ELEC: 'webpage',
  LEGAL: 'case',
  GOVDOC: 'report',
  GEN: 'journalArticle',
};
/** zotero-schema's CSL type map (the same pinned commit): the Zotero type of each CSL type the record uses. */
const ZOTERO_CSL_IMPORT: Record<string, string> = {
  legislation: 'statute',
  bill: 'bill',
  legal_case: 'case',
  hearing: 'hearing',
  speech: 'presentation',
  personal_communication: 'letter',
  report: 'report',
  webpage: 'webpage',
};
/** Zotero's BibTeX translator (BibTeX.js, same commit): the types it imports; any other type is dropped. */
const ZOTERO_BIBTEX_IMPORT: Record<string, string> = {
  misc: 'document',
  unpublished: 'manuscript',
  report: 'report',
  online: 'webpage',
};
/** biblatex 3.18's standard styles (standard.bbx): entry types with a driver of their own. */
const BIBLATEX_DRIVERS = [
  'article',
  'book',
  'booklet',
  'collection',
  'inbook',
  'incollection',
  'inproceedings',
  'dataset',
  'manual',
  'misc',
  'online',
  'patent',
  'periodical',
  'proceedings',
  'report',
  'thesis',
  'unpublished',
];

describe('types, against the readers’ own maps', () => {
  const items = bibliographyItems(record);

  test('RIS: every record’s TY imports into Zotero as the type its CSL-JSON imports as (none is a LEGAL or GEN)', () => {
    for (const [csl, ty] of Object.entries(RIS_TYPE)) expect(ZOTERO_RIS_IMPORT[ty], csl).toBe(ZOTERO_CSL_IMPORT[csl]);
    const tys = toRis(items)
      .split('\r\n')
      .filter((l) => l.startsWith('TY  - '))
      .map((l) => l.slice(6));
    expect(tys.length).toBe(items.length);
    tys.forEach((ty, i) => expect(ZOTERO_RIS_IMPORT[ty], items[i]!.id).toBe(ZOTERO_CSL_IMPORT[items[i]!.type]));
  });

  test('BibLaTeX: every entry type has a standard driver and is one Zotero imports (no entry dropped)', () => {
    for (const { entry } of Object.values(BIBLATEX_TYPE)) {
      expect(BIBLATEX_DRIVERS, entry).toContain(entry);
      expect(ZOTERO_BIBTEX_IMPORT[entry], entry).toBeDefined();
    }
    const parsed = parseBibtex(toBibLaTeX(items));
    expect(parsed.entries.length).toBe(items.length);
    for (const e of parsed.entries) expect(ZOTERO_BIBTEX_IMPORT[e.type], e.key).toBeDefined();
  });

  test('laws, regulations and speeches keep what they are: statute and presentation in RIS and CSL-JSON', () => {
    for (const e of record.entries) {
      const it = entryItem(e.slug, e.data, record.actor);
      if (it.URL !== e.data.sources.find((s) => s.type === 'primary')?.url) continue;
      if (e.data.kind === 'law' || e.data.kind === 'regulation') expect(it.type, e.slug).toBe('legislation');
      if (e.data.kind === 'speech') expect(it.type, e.slug).toBe('speech');
    }
  });
});
