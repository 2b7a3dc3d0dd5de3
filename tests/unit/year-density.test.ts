/** Entries per year and the geometry of the year-density strip. */
import { expect, test } from 'vitest';
import { densityStrip, entryCountLabel, yearDensity } from '../../src/lib/year-density';
import { inRecordOrder, makeEntry } from '../helpers/record-fixtures';

const entries = inRecordOrder([
  makeEntry({ slug: 'a', date: '1998-03' }),
  makeEntry({ slug: 'b', date: '2001' }),
  makeEntry({ slug: 'c', date: '2001-05-02' }),
  makeEntry({ slug: 'd', date: '2001-12-30/2002-01-03' }),
  makeEntry({ slug: 'e', date: '2002~' }),
]);

test('every year from first to last, empty years as 0; an interval counts in the year it starts', () => {
  expect(yearDensity(entries)).toEqual([
    { year: 1998, count: 1 },
    { year: 1999, count: 0 },
    { year: 2000, count: 0 },
    { year: 2001, count: 3 },
    { year: 2002, count: 1 },
  ]);
  expect(yearDensity([])).toEqual([]);
});

test('bars scale to the busiest year; empty years have no bar and no link', () => {
  const strip = densityStrip(yearDensity(entries), { step: 10, plotHeight: 30, labelHeight: 10, minBar: 4 });
  expect(strip.width).toBe(50);
  expect(strip.height).toBe(40);
  expect(strip.max).toBe(3);
  const [y1998, y1999, , y2001] = strip.bars;
  expect(y2001).toMatchObject({ height: 30, y: 0, href: '/years/2001/', label: '2001: 3 entries' });
  expect(y1998).toMatchObject({ height: 10, y: 20, href: '/years/1998/', label: '1998: 1 entry' });
  expect(y1999!.height).toBe(0);
  expect(y1999!.href).toBeUndefined();
  // Bars sit side by side without overlapping.
  for (let i = 1; i < strip.bars.length; i++)
    expect(strip.bars[i]!.x).toBeGreaterThanOrEqual(strip.bars[i - 1]!.x + strip.bars[i - 1]!.width);
});

test('a year with one entry among busy years stays visible (minimum bar height)', () => {
  const strip = densityStrip(
    [
      { year: 2000, count: 100 },
      { year: 2001, count: 1 },
    ],
    { plotHeight: 60, minBar: 4 },
  );
  expect(strip.bars[1]!.height).toBe(4);
});

test('axis labels: the first year and each decade, without a collision at the start', () => {
  const strip = densityStrip(yearDensity(entries), { step: 10 });
  expect(strip.ticks.map((t) => t.year)).toEqual([1998]);
  const long = densityStrip(
    Array.from({ length: 35 }, (_, i) => ({ year: 1991 + i, count: 1 })),
    { step: 10 },
  );
  expect(long.ticks.map((t) => t.year)).toEqual([1991, 2000, 2010, 2020]);
  expect(densityStrip(yearDensity(entries), { labelHeight: 0 }).ticks).toEqual([]);
});

test('entryCountLabel', () => {
  expect(entryCountLabel(1)).toBe('1 entry');
  expect(entryCountLabel(0)).toBe('0 entries');
});
