/** The zod schemas in src/schema/: what they accept, how they normalise YAML dates, what they reject. */
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { actorSchema, entrySchema, sourceSchema } from '../../src/schema';

/** A minimal good entry, as gray-matter would hand it over (dates as Date objects and numbers). */
function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Fixture letter',
    kind: 'letter',
    date: new Date(Date.UTC(2019, 9, 4)),
    summary: 'A fixture entry for the schema tests.',
    jurisdictions: ['US', 'UK'],
    actors: [{ actor: 'william-barr', role: 'signatory' }],
    sources: [
      {
        id: 'letter',
        title: 'Fixture source',
        publisher: 'Fixture Publisher',
        url: 'https://example.org/letter',
        checked: true,
        seen: 'page',
        accessed: '2026-11-26',
        type: 'primary',
      },
    ],
    document: { title: 'Fixture letter' },
    ...overrides,
  };
}

const lawStatus = {
  state: 'enacted',
  asOf: '2026-11-26',
  history: [{ date: new Date(Date.UTC(1994, 9, 25)), state: 'enacted', source: 'letter' }],
};

/** The issues of a failed parse, as `path: message`. */
function issues(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}): string[] {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('entrySchema', () => {
  it('parses a good entry and fills in the defaults', () => {
    const r = entrySchema.safeParse(entry());
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      title: 'Fixture letter',
      date: '2019-10-04',
      quotes: [],
      related: [],
      tags: [],
      unverified: [],
      notes: [],
      corrections: [],
    });
  });

  it('normalises date to an EDTF string from a Date, a number or a string', () => {
    expect(entrySchema.parse(entry({ date: new Date(Date.UTC(2019, 9, 4)) })).date).toBe('2019-10-04');
    expect(entrySchema.parse(entry({ date: 2019 })).date).toBe('2019');
    expect(entrySchema.parse(entry({ date: '2019-07' })).date).toBe('2019-07');
    expect(entrySchema.parse(entry({ date: '2016-02-16/2016-03-28' })).date).toBe('2016-02-16/2016-03-28');
  });

  it('normalises the dates YAML hands over, nested ones included', () => {
    const { data } = matter(
      [
        '---',
        'title: Fixture law',
        'kind: law',
        'date: 1994-10-25',
        'summary: A fixture law.',
        'jurisdictions: [US]',
        'sources:',
        '  - { id: act, title: Fixture Act, publisher: Fixture Congress, url: "https://example.org/act", checked: false, type: primary, date: 1994, accessed: 2026-11-26 }',
        'document: { title: Fixture Act }',
        'status:',
        '  state: enacted',
        '  asOf: 2026-11-26',
        '  history:',
        '    - { date: 1994-10-07, state: passed, source: act }',
        '    - { date: 1994-10-25, state: enacted, source: act }',
        'updated: 2026-11-26',
        '---',
        '',
      ].join('\n'),
      {},
    );
    expect(data['date']).toBeInstanceOf(Date);
    const e = entrySchema.parse(data);
    expect(e.date).toBe('1994-10-25');
    expect(e.sources[0]!.date).toBe('1994');
    expect(e.sources[0]!.accessed).toBe('2026-11-26');
    expect(e.status!.history.map((h) => h.date)).toEqual(['1994-10-07', '1994-10-25']);
    expect(e.updated).toBe('2026-11-26');
  });

  it('rejects an invalid date with the date module’s message', () => {
    expect(issues(entrySchema.safeParse(entry({ date: '2019-13-45' })))).toEqual([
      'date: "2019-13-45" is not a valid date: there is no month 13',
    ]);
    expect(issues(entrySchema.safeParse(entry({ date: new Date(Date.UTC(2019, 9, 4, 12)) })))).toEqual([
      'date: has a time of day; the record keeps dates only',
    ]);
  });

  it('rejects unknown fields, top-level and nested', () => {
    const r = entrySchema.safeParse(entry({ sumary: 'typo' }));
    expect(r.success).toBe(false);
    expect(r.error!.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['sumary'], path: [] }]);

    const nested = entrySchema.safeParse(
      entry({ actors: [{ actor: 'william-barr', role: 'signatory', capcity: 'Attorney General' }] }),
    );
    expect(nested.error!.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['capcity'], path: ['actors', 0] }]);
  });

  it('rejects a law without status', () => {
    expect(issues(entrySchema.safeParse(entry({ kind: 'law' })))).toEqual(['kind: a law needs a status']);
    expect(entrySchema.safeParse(entry({ kind: 'law', status: lawStatus })).success).toBe(true);
  });

  it('allows a status on a proposal, without requiring one', () => {
    expect(entrySchema.safeParse(entry({ kind: 'proposal' })).success).toBe(true);
    expect(entrySchema.safeParse(entry({ kind: 'proposal', status: lawStatus })).success).toBe(true);
  });

  it('rejects a statement with status', () => {
    const r = entrySchema.safeParse(entry({ kind: 'statement', status: lawStatus }));
    expect(issues(r)).toEqual(['status: a statement has no legislative status']);
    expect(r.error!.issues[0]).toMatchObject({ params: { hint: expect.stringMatching(/^remove status/) } });
  });

  it('requires at least one source', () => {
    expect(issues(entrySchema.safeParse(entry({ sources: [] })))).toEqual(['sources: must list at least one source']);
    const { sources: _, ...withoutSources } = entry();
    expect(entrySchema.safeParse(withoutSources).success).toBe(false);
  });

  it('rejects an unknown kind, jurisdiction or role', () => {
    expect(entrySchema.safeParse(entry({ kind: 'tweet' })).success).toBe(false);
    expect(entrySchema.safeParse(entry({ jurisdictions: ['GB'] })).success).toBe(false);
    expect(entrySchema.safeParse(entry({ jurisdictions: [] })).success).toBe(false);
    expect(entrySchema.safeParse(entry({ actors: [{ actor: 'william-barr', role: 'writer' }] })).success).toBe(false);
  });

  it('rejects a slug that is not lowercase-hyphenated', () => {
    expect(entrySchema.safeParse(entry({ actors: [{ actor: 'William_Barr', role: 'signatory' }] })).success).toBe(
      false,
    );
    expect(entrySchema.safeParse(entry({ tags: ['E2EE'] })).success).toBe(false);
  });
});

describe('second-edition fields', () => {
  const quote = (overrides: Record<string, unknown> = {}) => ({
    id: 'q1',
    text: 'Words.',
    speaker: 'william-barr',
    source: 'letter',
    ...overrides,
  });

  it('reads a quote speaker as a list, whether one slug or several are written', () => {
    expect(entrySchema.parse(entry({ quotes: [quote()] })).quotes[0]!.speaker).toEqual(['william-barr']);
    const joint = entrySchema.parse(entry({ quotes: [quote({ speaker: ['william-barr', 'priti-patel'] })] }));
    expect(joint.quotes[0]!.speaker).toEqual(['william-barr', 'priti-patel']);
  });

  it('refuses an empty or malformed speaker list', () => {
    expect(issues(entrySchema.safeParse(entry({ quotes: [quote({ speaker: [] })] })))).toEqual([
      'quotes.0.speaker: must name at least one actor slug',
    ]);
    expect(issues(entrySchema.safeParse(entry({ quotes: [quote({ speaker: ['Priti Patel'] })] }))).length).toBe(1);
  });

  it('accepts a translated quote with its language, translator and original words', () => {
    const q = quote({ language: 'pt-BR', translator: 'Reuters', original: 'Palavras.' });
    expect(entrySchema.parse(entry({ quotes: [q] })).quotes[0]).toMatchObject({ language: 'pt-BR' });
    expect(
      issues(entrySchema.safeParse(entry({ quotes: [quote({ language: 'Portuguese', translator: 'Reuters' })] }))),
    ).toEqual(['quotes.0.language: must be a BCP 47 language tag such as en, de or pt-BR']);
  });

  it('requires a translated quote to name its original language and its translator', () => {
    expect(issues(entrySchema.safeParse(entry({ quotes: [quote({ language: 'pt' })] })))).toEqual([
      'quotes.0.translator: is required when the quote is a translation',
    ]);
    expect(issues(entrySchema.safeParse(entry({ quotes: [quote({ translator: 'Reuters' })] })))).toEqual([
      'quotes.0.language: is required for a translated quote',
    ]);
  });

  it('describes the document apart from its copies, with lists defaulting to empty', () => {
    const doc = entrySchema.parse(
      entry({ document: { title: 'Open Letter', authors: ['william-barr'], date: new Date(Date.UTC(2019, 9, 4)) } }),
    ).document;
    expect(doc).toEqual({ title: 'Open Letter', authors: ['william-barr'], recipients: [], date: '2019-10-04' });
    expect(issues(entrySchema.safeParse(entry({ document: { title: 'X', sponsor: 'y' } })))).toEqual([
      'document: Unrecognized key: "sponsor"',
    ]);
  });

  it('keeps a status as-of day and the source of each step', () => {
    const status = {
      state: 'expired',
      asOf: new Date(Date.UTC(2026, 11, 3)),
      source: 'letter',
      history: [{ date: new Date(Date.UTC(1994, 9, 25)), state: 'introduced', source: 'letter' }],
    };
    const parsed = entrySchema.parse(entry({ kind: 'bill', status }));
    expect(parsed.status).toMatchObject({ state: 'expired', asOf: '2026-12-03', history: [{ source: 'letter' }] });
    expect(issues(entrySchema.safeParse(entry({ kind: 'bill', status: { ...status, asOf: '2026-12' } })))).toEqual([
      'status.asOf: "2026-12" must be a single day',
    ]);
  });

  it('wants an address in its percent-encoded form, with the fix in the hint', () => {
    const src = entry().sources as Array<Record<string, unknown>>;
    const r = entrySchema.safeParse(entry({ sources: [{ ...src[0], url: 'https://example.org/são-paulo' }] }));
    expect(issues(r)).toEqual([
      'sources.0.url: "https://example.org/são-paulo" has characters that must be percent-encoded in an address',
    ]);
    expect(r.error!.issues[0]).toMatchObject({ params: { hint: 'write it as https://example.org/s%C3%A3o-paulo' } });
  });

  it('records how a source was seen', () => {
    const src = entry().sources as Array<Record<string, unknown>>;
    const seen = { ...src[0], seen: 'archive', archive: 'https://web.archive.org/web/2019/https://example.org/letter' };
    expect(entrySchema.parse(entry({ sources: [seen] })).sources[0]).toMatchObject({ seen: 'archive' });
    expect(issues(entrySchema.safeParse(entry({ sources: [{ ...seen, seen: 'link' }] }))).length).toBe(1);
  });
});

describe('the source policy', () => {
  const src = (overrides: Record<string, unknown> = {}) => ({
    ...(entry().sources as Array<Record<string, unknown>>)[0],
    ...overrides,
  });

  it('refuses a source on a mirror, proxy or content-farm host, subdomains and instances included', () => {
    for (const url of [
      'https://www.apfelpatient.de/en/?p=33241',
      'https://skybasegh.com/2025/04/x.html',
      'https://forcedfriendlyordered.pages.dev/479106.html',
      'https://lemmy.helvetet.eu/post/1',
    ]) {
      const found = issues(entrySchema.safeParse(entry({ sources: [src({ url })] })));
      expect(found, url).toEqual([expect.stringMatching(/^sources\.0\.url: is on a host the record does not cite/)]);
    }
    expect(entrySchema.safeParse(entry({ sources: [src({ url: 'https://www.eff.org/deeplinks/x' })] })).success).toBe(
      true,
    );
  });

  it('says checked only of a page that was read, with how and when', () => {
    expect(issues(entrySchema.safeParse(entry({ sources: [src({ seen: undefined, accessed: undefined })] })))).toEqual([
      'sources.0.accessed: is required when checked is true (the day an editor read the page)',
      'sources.0.seen: is required when checked is true',
    ]);
    expect(issues(entrySchema.safeParse(entry({ sources: [src({ seen: 'copy' })] })))).toEqual([
      'sources.0.seen: is copy, but checked means the page at this address (or an archive of it) was read',
    ]);
    const unchecked = src({ checked: false, seen: 'copy', accessed: undefined });
    expect(entrySchema.safeParse(entry({ sources: [unchecked] })).success).toBe(true);
  });

  it('needs a primary source and, for a document kind, the document itself', () => {
    expect(issues(entrySchema.safeParse(entry({ sources: [src({ type: 'secondary' })] })))).toEqual([
      'sources: has no primary source (the document itself, or its issuer’s copy)',
    ]);
    expect(issues(entrySchema.safeParse(entry({ document: undefined })))).toEqual([
      'kind: a letter records a document, but the entry has no document',
    ]);
    expect(entrySchema.safeParse(entry({ kind: 'incident', document: undefined })).success).toBe(true);
    const leaked = { title: '[Draft bill]', unpublished: 'Known only from a newspaper report.' };
    expect(entrySchema.safeParse(entry({ document: leaked, sources: [src({ type: 'secondary' })] })).success).toBe(
      true,
    );
  });

  it('refuses an identifier the kind of document does not have', () => {
    expect(issues(entrySchema.safeParse(entry({ document: { title: 'X', docket: 'No. 1' } })))).toEqual([
      'document.docket: a letter has no docket',
    ]);
    const doc = { title: 'X', docket: 'No. 15-MC-1902 (JO)', reporter: '149 F. Supp. 3d 341' };
    expect(entrySchema.safeParse(entry({ kind: 'court-case', document: doc })).success).toBe(true);
  });

  it('needs an as-of day and a source for every step of a status', () => {
    const status = { state: 'introduced', history: [{ date: '2020-03-05', state: 'introduced' }] };
    expect(issues(entrySchema.safeParse(entry({ kind: 'bill', status })))).toEqual([
      'status.asOf: is required',
      'status.history.0.source: is required',
    ]);
  });
});

describe('sourceSchema', () => {
  const source = entry().sources as Array<Record<string, unknown>>;
  const good = source[0]!;

  it('requires checked', () => {
    const { checked: _, ...withoutChecked } = good;
    expect(issues(sourceSchema.safeParse(withoutChecked))).toEqual([
      'checked: must be true or false (has an editor read the page at this address?)',
    ]);
    expect(sourceSchema.safeParse({ ...good, checked: 'yes' }).success).toBe(false);
    expect(sourceSchema.parse({ ...good, checked: false }).checked).toBe(false);
  });

  it('requires checked inside an entry too', () => {
    const { checked: _, ...withoutChecked } = good;
    expect(issues(entrySchema.safeParse(entry({ sources: [withoutChecked] })))).toEqual([
      'sources.0.checked: must be true or false (has an editor read the page at this address?)',
    ]);
  });

  it('requires an absolute http(s) url', () => {
    expect(issues(sourceSchema.safeParse({ ...good, url: 'not a url' }))).toEqual([
      'url: "not a url" is not an absolute URL',
    ]);
    expect(issues(sourceSchema.safeParse({ ...good, url: 'ftp://example.org/x' }))).toEqual([
      'url: "ftp://example.org/x" is not a web address (ftp:)',
    ]);
  });

  it('wants accessed and archiveDate as single days', () => {
    expect(sourceSchema.safeParse({ ...good, accessed: '2026-11' }).success).toBe(false);
    expect(sourceSchema.parse({ ...good, accessed: new Date(Date.UTC(2026, 10, 26)) }).accessed).toBe('2026-11-26');
  });
});

describe('actorSchema', () => {
  const barr = {
    name: 'William P. Barr',
    kind: 'person',
    country: 'US',
    aliases: ['Bill Barr'],
    roles: [{ title: 'Attorney General of the United States', org: 'us-doj', from: '2019-02', to: '2020-12~' }],
  };

  it('parses a good actor', () => {
    const a = actorSchema.parse(barr);
    expect(a.roles[0]).toMatchObject({ from: '2019-02', to: '2020-12~' });
    expect(actorSchema.parse({ name: 'Home Office', kind: 'agency' })).toMatchObject({ aliases: [], roles: [] });
  });

  it('normalises role dates from YAML', () => {
    const a = actorSchema.parse({
      ...barr,
      roles: [{ title: 'Home Secretary', from: new Date(Date.UTC(2019, 6, 24)), to: 2022 }],
    });
    expect(a.roles[0]).toMatchObject({ from: '2019-07-24', to: '2022' });
  });

  it('rejects unknown fields', () => {
    const r = actorSchema.safeParse({ ...barr, nmae: 'Barr' });
    expect(r.error!.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['nmae'] }]);
  });

  it('rejects a role that ends before it starts', () => {
    const r = actorSchema.safeParse({
      ...barr,
      roles: [{ title: 'Attorney General', from: '2020-12', to: '2019-02' }],
    });
    expect(issues(r)).toEqual(['roles.0.to: ends (2019-02) before it starts (2020-12)']);
  });

  it('rejects an unknown kind and a malformed Wikidata id', () => {
    expect(actorSchema.safeParse({ ...barr, kind: 'human' }).success).toBe(false);
    expect(actorSchema.safeParse({ ...barr, sameAs: { wikidata: 'Q0' } }).success).toBe(false);
    expect(actorSchema.safeParse({ ...barr, sameAs: { wikidata: 'Q42' } }).success).toBe(true);
  });
});
