/** The timeline's filter state: URL ⇄ state, and matching one entry's facets against it. */
import { describe, expect, test } from 'vitest';
import {
  emptyFilters,
  isEmptyFilters,
  matchesFilters,
  parseFilters,
  serialiseFilters,
  decodeRow,
  encodeRow,
  type RowFacets,
  facetCounts,
  dropSuggestions,
  withoutPart,
} from '../../src/lib/filter-state';

describe('parseFilters', () => {
  test('reads the example URL of the issue', () => {
    expect(parseFilters('?kind=letter&actor=william-barr&from=2015&to=2020')).toEqual({
      ...emptyFilters(),
      kind: ['letter'],
      actor: ['william-barr'],
      from: 2015,
      to: 2020,
    });
  });

  test('takes repeated and comma-separated values, drops duplicates, keeps first-seen order', () => {
    const s = parseFilters('kind=speech&kind=letter,speech&tag=e2ee');
    expect(s.kind).toEqual(['speech', 'letter']);
    expect(s.tag).toEqual(['e2ee']);
  });

  test('jurisdictions are upper case whatever the URL says; slugs lower case', () => {
    const s = parseFilters('jurisdiction=fvey&jurisdiction=UK&actor=William-Barr');
    expect(s.jurisdiction).toEqual(['FVEY', 'UK']);
    expect(s.actor).toEqual(['william-barr']);
  });

  test('ignores unknown parameters, empty values and years that are not numbers', () => {
    const s = parseFilters('?q=x&kind=&kind=,letter,&from=abc&to=2019x');
    expect(s).toEqual({ ...emptyFilters(), kind: ['letter'] });
  });

  test('accepts URLSearchParams as well as strings', () => {
    expect(parseFilters(new URLSearchParams({ position: 'for-access' })).position).toEqual(['for-access']);
  });
});

describe('serialiseFilters', () => {
  test('is empty for no filters, canonical order otherwise', () => {
    expect(serialiseFilters(emptyFilters())).toBe('');
    expect(
      serialiseFilters({ ...emptyFilters(), to: 2020, tag: ['e2ee'], kind: ['letter', 'speech'], from: 2015 }),
    ).toBe('?kind=letter&kind=speech&tag=e2ee&from=2015&to=2020');
  });

  test('round-trips through parseFilters', () => {
    const states = [
      emptyFilters(),
      { ...emptyFilters(), jurisdiction: ['FVEY', 'US'], position: ['against-access'] },
      { ...emptyFilters(), actor: ['a', 'b'], from: 1991 },
      { ...emptyFilters(), to: 2001 },
    ];
    for (const s of states) expect(parseFilters(serialiseFilters(s))).toEqual(s);
  });
});

describe('matchesFilters', () => {
  const row: RowFacets = {
    kind: ['letter'],
    actor: ['william-barr', 'priti-patel'],
    jurisdiction: ['US', 'UK'],
    tag: ['e2ee'],
    position: ['for-access'],
    year: 2019,
  };

  test('no filter matches everything', () => {
    expect(isEmptyFilters(emptyFilters())).toBe(true);
    expect(matchesFilters(row, emptyFilters())).toBe(true);
  });

  test('values within a facet are alternatives; facets must all match', () => {
    expect(matchesFilters(row, { ...emptyFilters(), kind: ['speech', 'letter'] })).toBe(true);
    expect(matchesFilters(row, { ...emptyFilters(), kind: ['speech'] })).toBe(false);
    expect(matchesFilters(row, { ...emptyFilters(), kind: ['letter'], actor: ['priti-patel'] })).toBe(true);
    expect(matchesFilters(row, { ...emptyFilters(), kind: ['letter'], actor: ['mark-zuckerberg'] })).toBe(false);
    expect(matchesFilters(row, { ...emptyFilters(), position: ['against-access'] })).toBe(false);
    expect(matchesFilters({ ...row, position: [] }, { ...emptyFilters(), position: ['for-access'] })).toBe(false);
  });

  test('the year range is inclusive at both ends', () => {
    expect(matchesFilters(row, { ...emptyFilters(), from: 2019, to: 2019 })).toBe(true);
    expect(matchesFilters(row, { ...emptyFilters(), from: 2020 })).toBe(false);
    expect(matchesFilters(row, { ...emptyFilters(), to: 2018 })).toBe(false);
  });
});

test('a row written as data attributes reads back the same, values split on spaces', () => {
  const row = {
    kind: ['letter'],
    actor: ['william-barr', 'priti-patel'],
    jurisdiction: ['US', 'UK'],
    tag: [],
    position: ['for-access'],
    year: 2019,
  };
  const attrs = encodeRow(row);
  expect(attrs).toEqual({
    'data-tl-row': '',
    'data-kind': 'letter',
    'data-actor': 'william-barr priti-patel',
    'data-jurisdiction': 'US UK',
    'data-tag': '',
    'data-position': 'for-access',
    'data-year': '2019',
  });
  // What a browser's `dataset` holds for those attributes.
  const dataset = Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [k.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), v]),
  );
  expect(decodeRow(dataset)).toEqual(row);
  expect(decodeRow({ actor: 'a  b', year: '2020' }).actor).toEqual(['a', 'b']);
});

describe('live counts, the zero-result hint and ?year= (issue 15)', () => {
  const row = (kind: string, actor: string[], year: number): RowFacets => ({
    kind: [kind],
    actor,
    jurisdiction: ['US'],
    tag: [],
    position: [],
    year,
  });
  const rows = [row('letter', ['barr'], 2019), row('speech', ['barr'], 2019), row('letter', ['wyden'], 2020)];

  test('?year=2019 is from and to 2019, and is written back as year=', () => {
    const s = parseFilters('?year=2019');
    expect([s.from, s.to]).toEqual([2019, 2019]);
    expect(serialiseFilters(s)).toBe('?year=2019');
    expect(parseFilters('?year=2019&to=2021').to).toBe(2021);
  });

  test('counts follow the other facets’ choices; a facet’s own choices do not narrow its counts', () => {
    const counts = facetCounts(rows, { ...emptyFilters(), kind: ['letter'] });
    expect(counts.kind.get('letter')).toBe(2);
    expect(counts.kind.get('speech')).toBe(1);
    expect(counts.actor.get('barr')).toBe(1);
    expect(counts.actor.get('wyden')).toBe(1);
    const both = facetCounts(rows, { ...emptyFilters(), kind: ['letter'], actor: ['wyden'] });
    expect(both.kind.get('speech')).toBeUndefined();
    expect(both.actor.get('barr')).toBe(1);
  });

  test('nothing matches: the hint names the part to drop that shows most', () => {
    const state = { ...emptyFilters(), kind: ['speech'], actor: ['wyden'], from: 2020 };
    expect(rows.filter((r) => matchesFilters(r, state))).toEqual([]);
    const hints = dropSuggestions(rows, state);
    expect(hints[0]).toEqual({ part: 'kind', count: 1 });
    expect(hints.map((h) => h.part)).not.toContain('years');
    expect(matchesFilters(rows[2]!, withoutPart(state, 'kind'))).toBe(true);
  });
});
