/** The facet table (src/lib/facets.ts) and the timeline model's row facets and filtering, on a synthetic record and on the real one. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptyFilters, parseFilters } from '../../src/lib/filter-state';
import { entriesWith, FACETS, facetValueHref, facetValues, type FacetId } from '../../src/lib/facets';
import { filterEntries, keyActors, latestAdditions, rowFacets } from '../../src/lib/timeline';
import { anchorYear } from '../../src/lib/dates';
import { validateContent } from '../../src/lib/validate';
import { inRecordOrder, makeEntry } from '../helpers/record-fixtures';

const entries = inRecordOrder([
  makeEntry({
    slug: 'letter-2019',
    kind: 'letter',
    date: '2019-10-04',
    jurisdictions: ['US', 'UK', 'AU'],
    actors: [
      { actor: 'mark-zuckerberg', role: 'recipient' },
      { actor: 'william-barr', role: 'signatory' },
      { actor: 'priti-patel', role: 'signatory' },
      { actor: 'william-barr', role: 'author' },
    ],
    tags: ['e2ee', 'csam'],
    position: 'for-access',
    updated: '2026-01-02',
  }),
  makeEntry({
    slug: 'speech-2019-07',
    kind: 'speech',
    date: '2019-07',
    actors: [{ actor: 'william-barr', role: 'speaker' }],
    tags: ['e2ee'],
    position: 'for-access',
    updated: '2026-01-01',
  }),
  makeEntry({
    slug: 'law-1994',
    kind: 'law',
    date: '1994-10-25',
    status: { state: 'enacted', asOf: '2026-01-01', history: [{ date: '1994-10-25', state: 'enacted', source: 's1' }] },
    tags: ['calea'],
  }),
  makeEntry({
    slug: 'hearing-2016-interval',
    kind: 'testimony',
    date: '2015-12-30/2016-01-02',
    jurisdictions: ['UK'],
    position: 'against-access',
  }),
]);
const names: Record<string, string> = {
  'william-barr': 'William P. Barr',
  'priti-patel': 'Priti Patel',
  'mark-zuckerberg': 'Mark Zuckerberg',
};
const rows = entries.map((entry) => ({ entry, facets: rowFacets(entry) }));
const IDS: FacetId[] = ['kind', 'actor', 'jurisdiction', 'tag', 'position', 'year'];
const facets = Object.fromEntries(IDS.map((id) => [id, facetValues(FACETS[id], rows, (s) => names[s] ?? s)])) as Record<
  FacetId,
  ReturnType<typeof facetValues>
>;

describe('rowFacets', () => {
  test('an actor listed in two roles counts once; the year is the year the date starts in', () => {
    const row = rowFacets(entries.find((e) => e.slug === 'letter-2019')!);
    expect(row.actor.sort()).toEqual(['mark-zuckerberg', 'priti-patel', 'william-barr']);
    expect(row.year).toBe(2019);
    expect(rowFacets(entries.find((e) => e.slug === 'hearing-2016-interval')!).year).toBe(2015);
    expect(rowFacets(entries.find((e) => e.slug === 'law-1994')!).position).toEqual([]);
  });
});

describe('facetValues', () => {
  test('counts each value once per entry, with labels and pages', () => {
    expect(facets.kind.map((f) => [f.value, f.count])).toEqual([
      ['letter', 1],
      ['speech', 1],
      ['testimony', 1],
      ['law', 1],
    ]);
    expect(facets.actor[0]).toMatchObject({
      facet: 'actor',
      value: 'william-barr',
      urlValue: 'william-barr',
      label: 'William P. Barr',
      count: 2,
      href: '/actors/william-barr/',
    });
    expect(facets.actor[0]!.entries.map((e) => e.slug)).toEqual(['speech-2019-07', 'letter-2019']);
    expect(facets.jurisdiction.map((f) => [f.value, f.count])).toEqual([
      ['US', 3],
      ['UK', 2],
      ['AU', 1],
    ]);
    expect(facets.jurisdiction[1]!.href).toBe('/jurisdictions/uk/');
    expect(facets.jurisdiction[1]!.urlValue).toBe('uk');
    expect(facets.jurisdiction[1]!.label).toBe('United Kingdom');
    expect(facets.tag.map((f) => [f.value, f.count])).toEqual([
      ['e2ee', 2],
      ['calea', 1],
      ['csam', 1],
    ]);
    expect(facets.position.map((f) => [f.value, f.count])).toEqual([
      ['for-access', 2],
      ['against-access', 1],
    ]);
    expect(facets.year.map((f) => [f.value, f.count])).toEqual([
      ['1994', 1],
      ['2015', 1],
      ['2019', 2],
    ]);
  });

  test('kinds follow the vocabulary order', () => {
    expect(facets.kind.map((f) => f.label)).toEqual(['Letter', 'Speech', 'Testimony', 'Law']);
  });
});

describe('filterEntries and entriesWith', () => {
  test('combine facets (AND) and values (OR), keeping record order', () => {
    const s = parseFilters('?kind=letter&kind=speech&actor=william-barr');
    expect(filterEntries(entries, s).map((e) => e.slug)).toEqual(['speech-2019-07', 'letter-2019']);
    expect(filterEntries(entries, parseFilters('?jurisdiction=uk&position=against-access')).map((e) => e.slug)).toEqual(
      ['hearing-2016-interval'],
    );
    expect(filterEntries(entries, parseFilters('?from=1995&to=2016')).map((e) => e.slug)).toEqual([
      'hearing-2016-interval',
    ]);
    expect(filterEntries(entries, emptyFilters())).toEqual(entries);
  });

  test('each facet value lists exactly the entries its count says', () => {
    for (const facet of IDS)
      for (const v of facets[facet])
        expect(entriesWith(FACETS[facet], v.value, rows).length, `${facet}=${v.value}`).toBe(v.count);
  });
});

test('keyActors: document makers before addressees, each actor once, the rest counted', () => {
  const letter = entries.find((e) => e.slug === 'letter-2019')!;
  expect(keyActors(letter, 2)).toEqual({ actors: ['william-barr', 'priti-patel'], more: 1 });
  expect(keyActors(letter)).toEqual({ actors: ['william-barr', 'priti-patel', 'mark-zuckerberg'], more: 0 });
});

test('latestAdditions: newest `updated` first, then latest date; entries without `updated` last', () => {
  expect(latestAdditions(entries).map((e) => e.slug)).toEqual([
    'letter-2019',
    'speech-2019-07',
    'hearing-2016-interval',
    'law-1994',
  ]);
  expect(latestAdditions(entries, 1)).toHaveLength(1);
});

test('facet URLs and labels', () => {
  expect(facetValueHref(FACETS.jurisdiction, 'FVEY')).toBe('/jurisdictions/fvey/');
  expect(FACETS.jurisdiction.fromUrl('fvey')).toBe('FVEY');
  expect(facetValueHref(FACETS.year, '2019')).toBe('/years/2019/');
  expect(facetValueHref(FACETS.position, 'mixed')).toBe('/positions/mixed/');
  expect(facetValueHref(FACETS.actor, 'william-barr')).toBe('/actors/william-barr/');
  expect(FACETS.tag.label('client-side-scanning', (s) => s)).toBe('client side scanning');
  expect(FACETS.kind.label('court-case', (s) => s)).toBe('Court case');
});

test('each facet selects on the timeline the entries its page lists', () => {
  for (const id of IDS)
    for (const v of facets[id]) {
      const state = { ...emptyFilters(), ...FACETS[id].filters(v.value) };
      expect(filterEntries(entries, state), `${id}=${v.value}`).toEqual(v.entries);
    }
});

describe('on the real record', () => {
  const record = validateContent(path.resolve('content'));
  const real = inRecordOrder(record.entries.map((e) => ({ slug: e.slug, data: e.data })));
  const realRows = real.map((entry) => ({ entry, facets: rowFacets(entry) }));
  const f = { kind: facetValues(FACETS.kind, realRows, (s) => s), year: facetValues(FACETS.year, realRows, (s) => s) };

  test('kind and year counts add up to the number of entries; every entry passes no filter', () => {
    expect(f.kind.reduce((n, v) => n + v.count, 0)).toBe(real.length);
    expect(f.year.reduce((n, v) => n + v.count, 0)).toBe(real.length);
    expect(filterEntries(real, emptyFilters())).toHaveLength(real.length);
  });

  test('each year value is the folder year of its entries', () => {
    for (const v of f.year)
      for (const e of entriesWith(FACETS.year, v.value, realRows))
        expect(anchorYear(e.data.date)).toBe(Number(v.value));
  });
});
