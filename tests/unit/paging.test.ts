/** Splitting date-ordered lists into pages of whole years. */
import { expect, test } from 'vitest';
import { extraPageNumbers, pageByYear, pageLabel, pageOfYear, PAGE_SIZE } from '../../src/lib/paging';
import { pageUrl } from '../../src/lib/urls';

const items = (spec: Array<[number, number]>) =>
  spec.flatMap(([year, n]) => Array.from({ length: n }, (_, i) => ({ year, id: `${year}-${i}` })));
const yearOf = (x: { year: number }) => x.year;

test('a list that fits stays one page with everything on it', () => {
  const list = items([
    [1999, 3],
    [2001, 2],
  ]);
  const pages = pageByYear(list, yearOf, 10);
  expect(pages).toHaveLength(1);
  expect(pages[0]).toMatchObject({ number: 1, firstYear: 1999, lastYear: 2001 });
  expect(pages[0]!.items).toEqual(list);
  expect(pages[0]!.part).toBeUndefined();
});

test('the default page size keeps a record of a few dozen entries on one page', () => {
  expect(PAGE_SIZE).toBeGreaterThanOrEqual(100);
  expect(pageByYear(items([[2015, 65]]), yearOf)).toHaveLength(1);
});

test('whole years are kept together; every item appears once, in order, on contiguous pages', () => {
  const list = items([
    [1990, 4],
    [1991, 4],
    [1992, 3],
    [1993, 6],
    [1994, 1],
  ]);
  const pages = pageByYear(list, yearOf, 8);
  expect(pages.map((p) => [p.firstYear, p.lastYear, p.items.length])).toEqual([
    [1990, 1991, 8],
    [1992, 1992, 3],
    [1993, 1994, 7],
  ]);
  expect(pages.flatMap((p) => p.items)).toEqual(list);
  expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
  for (const p of pages) expect(p.items.length).toBeLessThanOrEqual(8);
});

test('a year larger than a page is split into numbered parts', () => {
  const list = items([
    [2000, 2],
    [2001, 11],
    [2002, 1],
  ]);
  const pages = pageByYear(list, yearOf, 5);
  expect(pages.map((p) => [p.firstYear, p.lastYear, p.items.length, p.part?.index, p.part?.of])).toEqual([
    [2000, 2000, 2, undefined, undefined],
    [2001, 2001, 5, 1, 3],
    [2001, 2001, 5, 2, 3],
    [2001, 2001, 1, 3, 3],
    [2002, 2002, 1, undefined, undefined],
  ]);
  expect(pages.flatMap((p) => p.items)).toEqual(list);
  expect(pageLabel(pages[2]!)).toBe('2001 (part 2 of 3)');
});

test('labels, addresses, the page of a year and the extra page numbers', () => {
  expect(pageLabel({ firstYear: 1990, lastYear: 1999 })).toBe('1990–1999');
  expect(pageLabel({ firstYear: 2004, lastYear: 2004 })).toBe('2004');
  expect(pageUrl('/timeline/', 1)).toBe('/timeline/');
  expect(pageUrl('/tags/privacy/', 3)).toBe('/tags/privacy/3/');
  expect(() => pageUrl('/timeline', 2)).toThrow(/must end in/);
  const pages = pageByYear(
    items([
      [1990, 4],
      [1995, 4],
      [2000, 4],
    ]),
    yearOf,
    4,
  );
  expect(pageOfYear(pages, 1990)).toBe(1);
  expect(pageOfYear(pages, 1993)).toBe(2);
  expect(pageOfYear(pages, 2000)).toBe(3);
  expect(pageOfYear(pages, 2001)).toBeUndefined();
  expect(extraPageNumbers(1)).toEqual([]);
  expect(extraPageNumbers(3)).toEqual(['2', '3']);
});

test('an empty list is one empty page; a bad size is refused', () => {
  expect(pageByYear([], yearOf, 5)).toHaveLength(1);
  expect(() => pageByYear([], yearOf, 0)).toThrow(/positive integer/);
});
