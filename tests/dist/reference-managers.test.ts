/**
 * The built site as reference managers and LaTeX read it:
 * - biber and pdflatex (Debian's, installed by .ci/run) over a document citing every entry of
 *   /data/bibliography.bib: no TeX error, no biber error, no "No driver" fallback, every entry printed, and no
 *   data-model warning but a mandatory field the record does not have (it never invents one);
 * - citation-js reads the same file back, every entry with its title;
 * - html-metadata (Highwire, Dublin Core, Open Graph) plus the page's `z:*` tags over every entry page, turned into
 *   the item Zotero's Embedded Metadata translator builds from them (its precedence: Highwire creators replace all
 *   others; `z:` fields are copied as they are; Open Graph fills only gaps): the type, the document's real title, its
 *   creators in their roles, its identifiers, and never the tracker as the container or the kind as a section.
 *   Six documents are pinned whole, as translation-server 2.0.5 returned them for these pages (checked by hand,
 *   zotero-check.md);
 * - actor pages: a web page of this site, dated by its last change, so Zotero takes no `<time>` from the page.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import htmlMetadata from 'html-metadata';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { contentDir } from '../../src/lib/content-dir';
import { validateContent } from '../../src/lib/validate';
import { buildRecord } from '../../src/lib/record';
import { bibliographyItems, entryCitations } from '../../src/lib/citations';
import type { CslName } from '../../src/lib/citations/csl';
import { actorPageModified, ZOTERO_TYPE } from '../../src/lib/reuse/metadata';
import { SITE_NAME } from '../../src/lib/site';
import { DIST, page, SHIPPED_RECORD } from '../helpers/dist';

const validated = validateContent(contentDir());
const record = buildRecord(validated.entries, validated.actors);
const items = bibliographyItems(record);
const bib = fs.readFileSync(path.join(DIST, 'data/bibliography.bib'), 'utf8');

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tex = has('biber') && has('pdflatex');

describe('biber and pdflatex over the whole bibliography', () => {
  // Runs wherever biber and pdflatex are installed, and always in CI (.ci/run installs them): there a missing tool
  // fails the test rather than skipping it.
  test.runIf(tex || !!process.env.CI)('no error, no "No driver", every entry printed', { timeout: 300_000 }, () => {
    expect({ biber: has('biber'), pdflatex: has('pdflatex') }, 'install biber and texlive (see .ci/run)').toEqual({
      biber: true,
      pdflatex: true,
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-biber-'));
    fs.writeFileSync(path.join(dir, 'bibliography.bib'), bib);
    // pdflatex has no glyphs for CJK scripts (the Cryptography Law's title): they are declared as placeholders, so
    // the run checks what this file controls (types, fields, escaping), not the fonts installed.
    const cjk = [...new Set(bib.match(/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu) ?? [])];
    fs.writeFileSync(
      path.join(dir, 'd.tex'),
      [
        '\\documentclass{article}',
        '\\usepackage[backend=biber]{biblatex}',
        '\\addbibresource{bibliography.bib}',
        ...cjk.map((c) => `\\DeclareUnicodeCharacter{${c.codePointAt(0)!.toString(16).toUpperCase()}}{?}`),
        '\\begin{document}',
        '\\nocite{*}',
        '\\printbibliography',
        '\\end{document}',
        '',
      ].join('\n'),
    );
    const run = (cmd: string, args: string[]) =>
      spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
    const latex = () => run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'd.tex']);
    expect(latex().status, fs.readFileSync(path.join(dir, 'd.log'), 'utf8').slice(-3000)).toBe(0);
    const biber = run('biber', ['--validate-datamodel', 'd']);
    expect(biber.status, biber.stdout + biber.stderr).toBe(0);
    const said = (biber.stdout + biber.stderr).split('\n');
    expect(said.filter((l) => /\bERROR\b/.test(l))).toEqual([]);
    // The only data-model warnings allowed: a mandatory field the record does not have (an undated web page, a
    // report without a named author or issuer). Never an invalid field or an unreadable date.
    expect(said.filter((l) => /\bWARN\b/.test(l) && !/Missing mandatory field/.test(l))).toEqual([]);
    const second = latex();
    const log = fs.readFileSync(path.join(dir, 'd.log'), 'utf8');
    expect(second.status, log.slice(-3000)).toBe(0);
    expect(log.split('\n').filter((l) => l.startsWith('!'))).toEqual([]);
    expect(log.match(/No driver for/g) ?? []).toEqual([]);
    const bbl = fs.readFileSync(path.join(dir, 'd.bbl'), 'utf8');
    // biber sorts the bibliography (name, title, year): every entry, once.
    expect([...bbl.matchAll(/\\entry\{([^}]+)\}/g)].map((m) => m[1]).sort()).toEqual(items.map((i) => i.id).sort());
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('citation-js reads every entry back, with its title and address', () => {
    const back = new Cite(bib).data as Array<{ id: string; title: string; URL: string }>;
    expect(back.map((b) => b.id)).toEqual(items.map((i) => i.id));
    back.forEach((b, i) => {
      // citation-js percent-encodes the url field it reads (`%2F` comes back as `%252F`), so compare decoded.
      expect(b.URL === items[i]!.URL || decodeURI(b.URL) === items[i]!.URL, `${b.id}: ${b.URL}`).toBe(true);
      expect(b.title.normalize('NFC'), b.id).toBe(items[i]!.title.normalize('NFC'));
    });
  });
});

/** A creator as Zotero keeps it. */
interface Creator {
  firstName?: string;
  lastName: string;
  creatorType: string;
}

/** The item Zotero's Embedded Metadata translator builds from a page's tags (the parts it reads from them). */
interface PageItem {
  itemType: string | undefined;
  title: string | undefined;
  creators: Creator[];
  date: string | undefined;
  url: string | undefined;
  fields: Record<string, string>;
  /** What Zotero would take as a web page's site: DC.source, else og:site_name. */
  websiteTitle: string | undefined;
  /** article:section, which Zotero reads as the item's section. */
  section: string | undefined;
}

const asList = (v: unknown): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => String(x as string | number));

function creator(label: string, creatorType: string): Creator {
  const [lastName, ...given] = label.split(', ');
  return { firstName: given.join(', '), lastName: lastName!, creatorType };
}

async function pageItem($: CheerioAPI): Promise<PageItem> {
  const meta = await htmlMetadata.loadFromString($.html());
  const hw = (meta.highwirePress ?? {});
  const dc = (meta.dublinCore ?? {});
  const og = (meta.openGraph ?? {});
  const named = (name: string) =>
    $(`meta[name="${name}"]`)
      .toArray()
      .map((m) => $(m).attr('content')!);
  const fields: Record<string, string> = {};
  for (const m of $('meta[name^="z:"]').toArray()) {
    const name = $(m).attr('name')!.slice(2);
    if (!['itemType', 'sponsors', 'presenters', 'recipients'].includes(name)) fields[name] = $(m).attr('content')!;
  }
  const itemType = named('z:itemType')[0];
  // Highwire authors replace every other creator; otherwise the roles come from DC and Zotero's own tags.
  const highwire = asList(hw.author).map((a) => creator(a, 'author'));
  const creators = highwire.length
    ? highwire
    : [
        ...asList(dc.creator).map((a) => creator(a, 'author')),
        ...named('z:sponsors').map((a) => creator(a, 'sponsor')),
        ...named('z:presenters').map((a) => creator(a, 'presenter')),
        ...named('bib:contributors').map((a) => creator(a, 'contributor')),
        ...named('z:recipients').map((a) => creator(a, 'recipient')),
      ];
  return {
    itemType,
    title: (hw.title as string | undefined) ?? (dc.title as string | undefined) ?? (og.title as string | undefined),
    creators,
    date: (hw.date as string | undefined) ?? (dc.date as string | undefined),
    url: hw.public_url as string | undefined,
    fields,
    websiteTitle: (dc.source as string | undefined) ?? (og.site_name as string | undefined),
    section: og.section as string | undefined,
  };
}

const personCreators = (names: readonly CslName[] | undefined, creatorType: string): Creator[] =>
  (names ?? [])
    .filter((n) => !n.literal)
    .map((n) => ({ firstName: [n.given, n.suffix].filter(Boolean).join(', '), lastName: n.family!, creatorType }));

const ROLE: Record<string, string> = { bill: 'sponsor', speech: 'presenter', hearing: 'contributor' };

describe.each(record.entries.map((e) => [e.slug, e] as const))('entry page %s, as Zotero reads it', (slug, entry) => {
  test('the document: its type, real title, creators in their roles, date, address; never the tracker', async () => {
    const item = entryCitations(entry, record).original.item;
    const got = await pageItem(page(`/entries/${slug}/`));
    expect(got.itemType).toBe(ZOTERO_TYPE[item.type]);
    expect(got.title).toBe(item.title);
    expect(got.url).toBe(item.URL);
    expect(got.creators).toEqual([
      ...personCreators(item.author, ROLE[item.type] ?? 'author'),
      ...personCreators(item.recipient, 'recipient'),
    ]);
    // An organisation is never a creator (Zotero would split its name into a given and a family name).
    for (const c of got.creators) expect(c.firstName, c.lastName).not.toBe('');
    if (item.issued?.['date-parts']) expect(got.date).toBe(item.issued['date-parts'][0]!.map((n, i) => (i ? String(n).padStart(2, '0') : n)).join('/'));
    expect(got.section).toBeUndefined();
    if (item.type === 'webpage') expect(got.websiteTitle).toBe(item['container-title']);
    for (const [field, value] of Object.entries(got.fields)) expect(value, field).not.toBe(SITE_NAME);
    expect(page(`/entries/${slug}/`)('meta[name="citation_publisher"]').attr('content')).not.toBe(SITE_NAME);
  });

  test('its legal identifiers reach Zotero', async () => {
    const item = entryCitations(entry, record).original.item;
    const { fields } = await pageItem(page(`/entries/${slug}/`));
    const expected: Record<string, string | undefined> =
      item.type === 'legislation'
        ? { publicLawNumber: item.number, code: item['container-title'], codeNumber: item.volume, section: item.section, pages: item.page, session: item['chapter-number'], history: item.references }
        : item.type === 'bill'
          ? { billNumber: item.number, legislativeBody: item.authority, session: item['chapter-number'] }
          : item.type === 'legal_case'
            ? { court: item.authority, docketNumber: item.number, reporter: item['container-title'], reporterVolume: item.volume, firstPage: item.page }
            : item.type === 'hearing'
              ? { committee: item.section, legislativeBody: item.authority, session: item['chapter-number'], documentNumber: item.number }
              : {};
    for (const [field, value] of Object.entries(expected)) expect(fields[field], field).toBe(value);
  });
});

/**
 * Six pages pinned whole: what translation-server 2.0.5 (`/web`) returned for them, less what it adds itself
 * (access date, abstract from the summary, library catalogue, snapshot, tags, language from `<html lang>`; the short
 * title it derives from a title with a colon when the document has none).
 */
const PINNED_PAGES: Record<string, Omit<PageItem, 'websiteTitle' | 'section'>> = {
  'calea-1994': {
    itemType: 'statute',
    title: 'Communications Assistance for Law Enforcement Act',
    creators: [],
    date: '1994/10/25',
    url: 'https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_108_Part_5.djvu/789',
    fields: {
      shortTitle: 'CALEA',
      publicLawNumber: 'Pub. L. 103-414',
      code: 'U.S.C.',
      codeNumber: '47',
      section: '1001-1010',
      session: '103d Congress',
      history: '108 Stat. 4279',
    },
  },
  'barr-patel-dutton-mcaleenan-open-letter-facebook-2019': {
    itemType: 'letter',
    title: 'Open letter: Facebook’s “Privacy first” proposals',
    creators: [
      { firstName: 'William P.', lastName: 'Barr', creatorType: 'author' },
      { firstName: 'Priti', lastName: 'Patel', creatorType: 'author' },
      { firstName: 'Peter', lastName: 'Dutton', creatorType: 'author' },
      { firstName: 'Kevin K.', lastName: 'McAleenan', creatorType: 'author' },
      { firstName: 'Mark', lastName: 'Zuckerberg', creatorType: 'recipient' },
    ],
    date: '2019/10/04',
    url: 'https://gov.uk/government/publications/open-letter-to-mark-zuckerberg/open-letter-from-the-home-secretary-alongside-us-attorney-general-barr-secretary-of-homeland-security-acting-mcaleenan-and-australian-minister-f',
    fields: {},
  },
  'bernstein-v-doj-ninth-circuit-1999': {
    itemType: 'case',
    title: 'Bernstein v. United States Department of Justice',
    creators: [],
    date: '1999/05/06',
    url: 'http://www.ce9.uscourts.gov/web/newopinions.nsf/f606ac175e010d64882566eb00658118/febd2452a8a4d79b8825676900685b71?OpenDocument',
    fields: {
      shortTitle: 'Bernstein v. DOJ',
      court: 'U.S. Court of Appeals for the Ninth Circuit',
      docketNumber: 'No. 97-16686',
      reporter: 'F.3d',
      reporterVolume: '176',
      firstPage: '1132',
    },
  },
  'earn-it-act-2020': {
    itemType: 'bill',
    title: 'Eliminating Abusive and Rampant Neglect of Interactive Technologies Act of 2020',
    creators: [
      { firstName: 'Lindsey', lastName: 'Graham', creatorType: 'sponsor' },
      { firstName: 'Richard', lastName: 'Blumenthal', creatorType: 'sponsor' },
    ],
    date: '2020/03/05',
    url: 'https://www.congress.gov/bill/116th-congress/senate-bill/3398',
    fields: {
      shortTitle: 'EARN IT Act of 2020',
      billNumber: 'S. 3398',
      legislativeBody: 'Senate',
      session: '116th Congress',
    },
  },
  'five-eyes-london-communique-2019': {
    itemType: 'report',
    title: '[Joint communiqué of the Five Country Ministerial, London, July 2019]',
    creators: [],
    date: '2019/07/30',
    url: 'https://www.gov.uk/government/publications/five-country-ministerial-communique',
    fields: { reportType: 'Communiqué', place: 'London' },
  },
  'barr-iccs-warrant-proof-encryption-speech-2019': {
    itemType: 'presentation',
    title: '[Keynote address at the International Conference on Cyber Security, as prepared for delivery]',
    creators: [{ firstName: 'William P.', lastName: 'Barr', creatorType: 'presenter' }],
    date: '2019/07/23',
    url: 'https://assets.documentcloud.org/documents/6209829/Barr.txt',
    fields: {
      meetingName: 'International Conference on Cyber Security 2019',
      place: 'Fordham University, New York',
      presentationType: 'Speech',
    },
  },
};

describe.runIf(SHIPPED_RECORD).each(Object.keys(PINNED_PAGES))('pinned page %s', (slug) => {
  test('the whole item a reference manager builds from it', async () => {
    const $ = page(`/entries/${slug}/`);
    const { websiteTitle: _site, section, ...got } = await pageItem($);
    expect(got).toEqual(PINNED_PAGES[slug]);
    expect(section).toBeUndefined();
    // The institution of the communiqué is the meeting, not the copy's host.
    if (slug === 'five-eyes-london-communique-2019')
      expect($('meta[name="citation_technical_report_institution"]').attr('content')).toBe('Five Country Ministerial');
  });
});

describe('actor pages, as Zotero reads them', () => {
  test('a web page of this site, dated by its last change (never the first <time> on the page)', async () => {
    for (const actor of record.actors) {
      const $ = page(`/actors/${actor.slug}/`);
      const meta = await htmlMetadata.loadFromString($.html());
      expect($('meta[name="z:itemType"]').attr('content'), actor.slug).toBe('webpage');
      expect((meta.dublinCore)?.title, actor.slug).toBe(actor.data.name);
      expect((meta.dublinCore)?.date, actor.slug).toBe(
        actorPageModified(actor, record),
      );
      expect(meta.highwirePress, actor.slug).toBeUndefined();
      // An actor no entry names yet has no date of its own, and no <time> Zotero could take one from.
      if (!actorPageModified(actor, record)) expect($('time[datetime]').length, actor.slug).toBe(0);
    }
  });
});
