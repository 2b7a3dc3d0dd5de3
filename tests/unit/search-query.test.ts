/** The search query language: words, "phrases", filters, and what the notes tell a reader. */
import { describe, expect, test } from 'vitest';
import { isEmptyQuery, parseQuery } from '../../src/lib/search/query';

describe('free text', () => {
  test('words are normalised: lowercase, accents folded, split on punctuation', () => {
    expect(parseQuery('Communiqué Warrant-Proof').terms).toEqual(['communique', 'warrant', 'proof']);
  });

  test('common words are dropped unless nothing else is left, then a note says why', () => {
    expect(parseQuery('laws of mathematics').terms).toEqual(['laws', 'mathematics']);
    const onlyCommon = parseQuery('of the');
    expect(onlyCommon.terms).toEqual([]);
    expect(onlyCommon.notes.map((n) => n.type)).toEqual(['ignored']);
  });

  test('the last word is open (maybe unfinished) only when no space follows it', () => {
    expect(parseQuery('warrant pro').lastTermOpen).toBe(true);
    expect(parseQuery('warrant pro ').lastTermOpen).toBe(false);
    expect(parseQuery('warrant pro kind:letter').lastTermOpen).toBe(false);
  });

  test('one-letter words are not searched for', () => {
    expect(parseQuery('warrant p').terms).toEqual(['warrant']);
  });

  test('an empty or blank query asks for nothing', () => {
    expect(isEmptyQuery(parseQuery(''))).toBe(true);
    expect(isEmptyQuery(parseQuery('   '))).toBe(true);
    expect(isEmptyQuery(parseQuery('kind:letter'))).toBe(false);
  });
});

describe('phrases', () => {
  test('double quotes make an exact phrase, stopwords included; free words around it stay free', () => {
    const q = parseQuery('turnbull "Laws of Mathematics" australia');
    expect(q.phrases).toEqual([{ text: 'Laws of Mathematics', words: ['laws', 'of', 'mathematics'], closed: true }]);
    expect(q.terms).toEqual(['turnbull', 'australia']);
  });

  test('a phrase still being typed is open', () => {
    expect(parseQuery('"laws of math').phrases).toEqual([
      { text: 'laws of math', words: ['laws', 'of', 'math'], closed: false },
    ]);
  });

  test('empty quotes ask for nothing', () => {
    expect(parseQuery('""').phrases).toEqual([]);
  });
});

describe('filters', () => {
  test('kind: takes entry kinds and actor kinds, case and accents folded', () => {
    expect(parseQuery('kind:Letter').kinds).toEqual([['letter']]);
    expect(parseQuery('kind:communiqué').kinds).toEqual([['communique']]);
    expect(parseQuery('kind:court_case').kinds).toEqual([['court-case']]);
    expect(parseQuery('kind:person').kinds).toEqual([['person']]);
  });

  test('a comma gives alternatives; a repeated filter must hold too', () => {
    expect(parseQuery('kind:letter,speech').kinds).toEqual([['letter', 'speech']]);
    expect(parseQuery('actor:barr actor:patel').actors).toEqual([['barr'], ['patel']]);
  });

  test('kind: accepts a unique beginning and corrects a typo, saying so', () => {
    expect(parseQuery('kind:comm').kinds).toEqual([['communique']]);
    const typo = parseQuery('kind:lettr');
    expect(typo.kinds).toEqual([['letter']]);
    expect(typo.notes[0]).toMatchObject({ type: 'corrected' });
    expect(typo.notes[0]!.message).toContain('kind:letter');
  });

  test('an unknown kind is ignored with a note listing the kinds', () => {
    const q = parseQuery('kind:memo');
    expect(q.kinds).toEqual([]);
    expect(q.notes[0]).toMatchObject({ type: 'bad-value' });
    expect(q.notes[0]!.message).toContain('letter');
  });

  test('actor: keeps the value (normalised) for the engine to resolve; quoted values may have spaces', () => {
    expect(parseQuery('actor:Barr').actors).toEqual([['barr']]);
    expect(parseQuery('actor:"Bill Barr" encryption').actors).toEqual([['bill barr']]);
    expect(parseQuery('actor:"Bill Barr" encryption').terms).toEqual(['encryption']);
    expect(parseQuery('actor:william-barr').actors).toEqual([['william barr']]);
  });

  test('jurisdiction: is case-insensitive and reads GB as UK', () => {
    expect(parseQuery('jurisdiction:uk').jurisdictions).toEqual([['UK']]);
    expect(parseQuery('jurisdiction:GB').jurisdictions).toEqual([['UK']]);
    expect(parseQuery('jurisdiction:fvey,eu').jurisdictions).toEqual([['FVEY', 'EU']]);
  });

  test('an unknown jurisdiction code is ignored with a note', () => {
    const q = parseQuery('jurisdiction:england');
    expect(q.jurisdictions).toEqual([]);
    expect(q.notes[0]!.message).toMatch(/not a jurisdiction code/);
  });

  test('year: sets both ends; from: and to: one each; they intersect', () => {
    expect(parseQuery('year:2019')).toMatchObject({ from: 2019, to: 2019 });
    expect(parseQuery('from:2015 to:2020')).toMatchObject({ from: 2015, to: 2020 });
    expect(parseQuery('from:2015')).toMatchObject({ from: 2015, to: undefined });
    expect(parseQuery('from:2015 to:2020 year:2019')).toMatchObject({ from: 2019, to: 2019 });
    expect(parseQuery('year:2019-07')).toMatchObject({ from: 2019, to: 2019 });
  });

  test('years running backwards are swapped, with a note', () => {
    const q = parseQuery('from:2020 to:2015');
    expect(q).toMatchObject({ from: 2015, to: 2020 });
    expect(q.notes[0]!.message).toMatch(/backwards/);
  });

  test('a year that is not four digits is a note, not a filter', () => {
    const q = parseQuery('year:19');
    expect(q.from).toBeUndefined();
    expect(q.notes[0]!.message).toContain('four-digit year');
  });

  test('a filter name still being typed ("kind:" at the end) asks for nothing and says nothing', () => {
    const q = parseQuery('encryption kind:');
    expect(q.kinds).toEqual([]);
    expect(q.notes).toEqual([]);
    expect(parseQuery('kind: encryption').notes[0]!.message).toContain('needs a value');
  });

  test('filter names are case-insensitive', () => {
    expect(parseQuery('KIND:letter Actor:barr').kinds).toEqual([['letter']]);
  });
});

describe('unknown operators', () => {
  test('are searched as words, and the note names the filters there are', () => {
    const q = parseQuery('speaker:barr encryption');
    expect(q.terms).toEqual(['speaker', 'barr', 'encryption']);
    expect(q.notes).toHaveLength(1);
    expect(q.notes[0]!.type).toBe('unknown-filter');
    expect(q.notes[0]!.message).toContain('“speaker:” is not a filter');
    expect(q.notes[0]!.message).toContain('kind:, actor:, jurisdiction:, year:, from:, to:');
  });

  test('a word followed by a colon and a space is just a word', () => {
    const q = parseQuery('note: encryption');
    expect(q.terms).toEqual(['note', 'encryption']);
    expect(q.notes).toEqual([]);
  });

  test('numbers with colons are words', () => {
    expect(parseQuery('12:30').terms).toEqual(['12', '30']);
  });
});

test('everything combines', () => {
  const q = parseQuery('kind:letter actor:barr jurisdiction:gb from:2015 to:2020 "end-to-end" facebook');
  expect(q).toMatchObject({
    terms: ['facebook'],
    kinds: [['letter']],
    actors: [['barr']],
    jurisdictions: [['UK']],
    from: 2015,
    to: 2020,
    notes: [],
  });
  expect(q.phrases[0]!.words).toEqual(['end', 'to', 'end']);
});

test('markup in a query is only text', () => {
  const q = parseQuery('<img src=x onerror=alert(1)>');
  expect(q.terms).toEqual(['img', 'src', 'onerror', 'alert']);
});
