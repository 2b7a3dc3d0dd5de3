/**
 * src/lib/dates.ts — run three times (TZ=UTC, Pacific/Kiritimati, America/Los_Angeles; see vitest.config.ts).
 * Every expectation here must hold in every zone: a date in the record is a calendar date, never an instant.
 */
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import {
  DateError,
  compareDates,
  datetimeAttr,
  formatDate,
  normaliseDateInput,
  parseDate,
  sortKey,
  timeParts,
  type DatePoint,
} from '../../src/lib/dates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The error parseDate throws for `input` (fails the test if it does not throw a DateError). */
function dateError(input: string): DateError {
  try {
    parseDate(input);
  } catch (e) {
    expect(e).toBeInstanceOf(DateError);
    return e as DateError;
  }
  throw new Error(`expected parseDate(${JSON.stringify(input)}) to throw`);
}

describe('the time zone of this run', () => {
  it('is really in effect', () => {
    const tz = process.env.TZ;
    expect(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']).toContain(tz);
    const offset = new Date(2019, 0, 1).getTimezoneOffset();
    if (tz === 'UTC') expect(offset).toBe(0);
    if (tz === 'Pacific/Kiritimati') expect(offset).toBe(-840); // UTC+14: local midnight is the previous UTC day
    if (tz === 'America/Los_Angeles') {
      expect(offset).toBe(480); // PST, UTC-8: UTC midnight is the previous local day
      expect(new Date(2019, 6, 1).getTimezoneOffset()).toBe(420); // PDT
    }
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (tz === 'UTC') expect(zone).toMatch(/^(Etc\/)?UTC$/);
    else expect(zone).toBe(tz);
  });
});

describe('normaliseDateInput', () => {
  it('turns a js-yaml Date (midnight UTC) into its calendar day', () => {
    expect(normaliseDateInput(new Date(Date.UTC(2019, 9, 4)))).toBe('2019-10-04');
  });

  it('turns a YAML number into a four-digit year', () => {
    expect(normaliseDateInput(2019)).toBe('2019');
    expect(normaliseDateInput(999)).toBe('0999');
  });

  it('leaves strings as EDTF text, trimmed', () => {
    expect(normaliseDateInput('2019-07')).toBe('2019-07');
    expect(normaliseDateInput(' 2016-02/.. ')).toBe('2016-02/..');
  });

  it('does what YAML hands over, as gray-matter reads it', () => {
    const { data } = matter('---\nday: 2019-10-04\nmonth: 2019-07\nyear: 2019\napprox: 1993~\n---\n', {});
    expect(data['day']).toBeInstanceOf(Date);
    expect(typeof data['year']).toBe('number');
    expect(normaliseDateInput(data['day'])).toBe('2019-10-04');
    expect(normaliseDateInput(data['month'])).toBe('2019-07');
    expect(normaliseDateInput(data['year'])).toBe('2019');
    expect(normaliseDateInput(data['approx'])).toBe('1993~');
  });

  it('rejects a Date with a time of day', () => {
    expect(() => normaliseDateInput(new Date(Date.UTC(2019, 9, 4, 10, 30)))).toThrow(DateError);
    expect(() => normaliseDateInput(new Date(Date.UTC(2019, 9, 4, 10, 30)))).toThrow(/time of day/);
    // As YAML hands over `2019-10-04T10:30:00Z`.
    const { data } = matter('---\ndate: 2019-10-04T10:30:00Z\n---\n', {});
    expect(() => normaliseDateInput(data['date'])).toThrow(/time of day/);
  });

  it('rejects other values', () => {
    expect(() => normaliseDateInput(new Date('not a date'))).toThrow(DateError);
    expect(() => normaliseDateInput(2019.5)).toThrow(/2019.5 is not a year/);
    expect(() => normaliseDateInput(null)).toThrow(/expected a date, got null/);
    expect(() => normaliseDateInput(true)).toThrow(/expected a date, got boolean/);
  });
});

describe('parseDate', () => {
  it('keeps day, month and year precision', () => {
    expect(parseDate('2019-10-04')).toEqual({
      type: 'point',
      edtf: '2019-10-04',
      point: { year: 2019, month: 10, day: 4, precision: 'day', approximate: false, uncertain: false },
    });
    expect(parseDate('2019-07')).toEqual({
      type: 'point',
      edtf: '2019-07',
      point: { year: 2019, month: 7, precision: 'month', approximate: false, uncertain: false },
    });
    expect(parseDate('2019')).toEqual({
      type: 'point',
      edtf: '2019',
      point: { year: 2019, precision: 'year', approximate: false, uncertain: false },
    });
  });

  it('reads ~ (approximate), ? (uncertain) and % (both)', () => {
    const point = (s: string) => (parseDate(s) as { point: DatePoint }).point;
    expect(point('1993~')).toMatchObject({ year: 1993, precision: 'year', approximate: true, uncertain: false });
    expect(point('2019-07?')).toMatchObject({
      year: 2019,
      month: 7,
      precision: 'month',
      approximate: false,
      uncertain: true,
    });
    expect(point('2019-07-04%')).toMatchObject({ day: 4, precision: 'day', approximate: true, uncertain: true });
  });

  it('reads intervals, with open (..) and unknown (empty) ends', () => {
    expect(parseDate('2016-02-16/2016-03-28')).toEqual({
      type: 'interval',
      edtf: '2016-02-16/2016-03-28',
      start: { year: 2016, month: 2, day: 16, precision: 'day', approximate: false, uncertain: false },
      end: { year: 2016, month: 3, day: 28, precision: 'day', approximate: false, uncertain: false },
    });
    expect(parseDate('2016-02/..')).toMatchObject({
      type: 'interval',
      start: { year: 2016, month: 2, precision: 'month' },
      end: 'open',
    });
    expect(parseDate('2016/')).toMatchObject({
      type: 'interval',
      start: { year: 2016, precision: 'year' },
      end: 'unknown',
    });
    expect(parseDate('../2010')).toMatchObject({ type: 'interval', start: 'open', end: { year: 2010 } });
    expect(parseDate('/2010')).toMatchObject({ type: 'interval', start: 'unknown', end: { year: 2010 } });
  });

  it('rejects an interval with no known end, or with two slashes', () => {
    expect(dateError('/').message).toBe('interval "/" has no known date');
    expect(dateError('../..').message).toBe('interval "../.." has no known date');
    expect(dateError('2019/2020/2021').message).toMatch(/more than one "\/"/);
    expect(dateError('').message).toBe('is empty');
  });

  it('rejects 2019-13-45 with a message naming month 13', () => {
    const e = dateError('2019-13-45');
    expect(e.message).toBe('"2019-13-45" is not a valid date: there is no month 13');
    expect(e.hint).toMatch(/^months run from 01 to 12/);
  });

  it('knows the length of each month, leap years included', () => {
    expect(dateError('2019-02-29').message).toBe('"2019-02-29" has no day 29: 2019-02 has 28 days');
    expect(parseDate('2020-02-29')).toMatchObject({ point: { year: 2020, month: 2, day: 29 } });
    expect(parseDate('2000-02-29')).toMatchObject({ point: { day: 29 } });
    expect(dateError('1900-02-29').message).toMatch(/has 28 days/);
    expect(dateError('2019-04-31').message).toMatch(/2019-04 has 30 days/);
    expect(dateError('2019-00').message).toMatch(/no month 00/);
  });

  it('rejects an interval that ends before it starts', () => {
    const e = dateError('2019-03-01/2019-02-28');
    expect(e.message).toBe('interval "2019-03-01/2019-02-28" ends before it starts');
    expect(e.hint).toBe('write the earlier date first: start/end');
    expect(dateError('2020/2019').message).toMatch(/ends before it starts/);
    expect(dateError('2019-03-01/2019-02').message).toMatch(/ends before it starts/);
  });

  it('accepts an interval whose end lies inside a less precise start (it does not end before it starts)', () => {
    // "Some time in 2019, until June 2019" and "June 2019, until 15 June 2019" are well-formed EDTF intervals
    // (the edtf package accepts both); neither ends before it starts.
    expect(parseDate('2019/2019-06')).toMatchObject({ type: 'interval', start: { year: 2019 }, end: { month: 6 } });
    expect(parseDate('2019-06/2019-06-15')).toMatchObject({ type: 'interval', start: { month: 6 }, end: { day: 15 } });
  });

  it('rejects a time of day written as text, as it does for a YAML timestamp', () => {
    // `date: "2019-07-04T10:00"` (quoted, or without seconds) stays a string in YAML; it must not silently lose its time.
    expect(() => parseDate('2019-07-04T10:00')).toThrow(DateError);
    expect(() => parseDate('2019-07-04T10:00:00Z')).toThrow(DateError);
  });

  it('rejects level 2 features and seasons', () => {
    expect(dateError('2019-21').message).toMatch(/not supported/); // season (spring 2019)
    expect(() => parseDate('2019-21/2019-22')).toThrow(DateError);
    expect(() => parseDate('2019-?07')).toThrow(DateError); // qualifier on one component: level 2
    expect(() => parseDate('2019-07~-04')).toThrow(DateError);
    expect(dateError('2019-XX').message).toMatch(/unspecified digits/);
    expect(() => parseDate('{2019,2020}')).toThrow(DateError); // set: level 2
    expect(() => parseDate('Y170000002')).toThrow(DateError); // long year
    expect(() => parseDate('4 October 2019')).toThrow(DateError);
    expect(() => parseDate('2019-1-1')).toThrow(DateError);
  });
});

describe('formatDate', () => {
  it.each([
    ['2019-10-04', '4 October 2019'],
    ['2019-07', 'July 2019'],
    ['2010', '2010'],
    ['1993~', 'c. 1993'],
    ['2019-07?', 'July 2019 (uncertain)'],
    ['2019-07-04%', 'c. 4 July 2019 (uncertain)'],
    ['2016-02-16/2016-03-28', '16 February – 28 March 2016'],
    ['2016-03-16/2016-03-28', '16–28 March 2016'],
    ['2016-02/2016-03', 'February – March 2016'],
    ['1993-02/1996-01-11', 'February 1993 – 11 January 1996'],
    ['2016-02-16/2017', '16 February 2016 – 2017'],
    ['2016-03-16~/2016-03-28', 'c. 16 March 2016 – 28 March 2016'],
    ['2016-02/..', 'February 2016 onwards'],
    ['../2010', 'until 2010'],
    ['2016/', '2016 – end unknown'],
    ['1991', '1991'],
    ['1991-12-25', '25 December 1991'],
    ['0999', '999'], // years are not zero-padded for readers; `<time datetime>` keeps four digits
    ['0999-03-05', '5 March 999'],
    ['0050-06-15', '15 June 50'], // not 1950: two-digit years are not read as 19xx
  ])('%s → %s', (edtf, text) => {
    expect(formatDate(edtf)).toBe(text);
    expect(formatDate(parseDate(edtf))).toBe(text);
  });

  it('is never a day off, in any zone: around new year and DST changes', () => {
    const days = {
      '2019-12-31': '31 December 2019',
      '2020-01-01': '1 January 2020',
      '2016-03-27': '27 March 2016', // Europe: clocks go forward
      '2016-10-30': '30 October 2016', // Europe: clocks go back
      '2019-03-10': '10 March 2019', // US: clocks go forward
      '2019-11-03': '3 November 2019', // US: clocks go back
      '2020-02-29': '29 February 2020',
    };
    for (const [edtf, text] of Object.entries(days)) {
      expect(formatDate(edtf)).toBe(text);
      // As YAML hands it over: a Date at midnight UTC, which is the previous day in Los Angeles.
      const { data } = matter(`---\ndate: ${edtf}\n---\n`, {});
      expect(formatDate(normaliseDateInput(data['date']))).toBe(text);
    }
  });

  it('is never a day off, in any zone: every day of 2016, 2019 and 2020', () => {
    for (const year of [2016, 2019, 2020]) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const utc = new Date(t);
        const [m, d] = [utc.getUTCMonth(), utc.getUTCDate()];
        const edtf = normaliseDateInput(utc);
        expect(edtf).toBe(`${year}-${pad(m + 1)}-${pad(d)}`);
        expect(formatDate(edtf)).toBe(`${d} ${MONTHS[m]} ${year}`);
        expect(datetimeAttr((parseDate(edtf) as { point: DatePoint }).point)).toBe(edtf);
      }
      for (let m = 0; m < 12; m++) expect(formatDate(`${year}-${pad(m + 1)}`)).toBe(`${MONTHS[m]} ${year}`);
      expect(formatDate(String(year))).toBe(String(year));
    }
  });
});

describe('sortKey and compareDates', () => {
  it('sorts an entry by the start of its interval', () => {
    expect(sortKey('2016-02-16/2016-03-28')).toEqual(sortKey('2016-02-16'));
    expect(compareDates('2016-02-16/2019', '2016-02-17')).toBeLessThan(0);
    expect(compareDates('2016-02/..', '2016-02')).toBe(0);
    // With no known start, by its end.
    expect(sortKey('../2010')).toEqual(sortKey('2010'));
  });

  it('puts a less precise date before a more precise one on the same start: 2019 < 2019-01 < 2019-01-01', () => {
    expect(compareDates('2019', '2019-01')).toBeLessThan(0);
    expect(compareDates('2019-01', '2019-01-01')).toBeLessThan(0);
    expect(compareDates('2019', '2019-01-01')).toBeLessThan(0);
    expect(compareDates('2019-01-01', '2019')).toBeGreaterThan(0);
    expect(compareDates('2019-07', '2019-07')).toBe(0);
    // Precision only breaks ties: July 2019 is still after 30 June 2019.
    expect(compareDates('2019-07', '2019-06-30')).toBeGreaterThan(0);
    expect(compareDates('2019', '2018-12-31')).toBeGreaterThan(0);
  });

  it('accepts parsed dates as well as strings', () => {
    expect(compareDates(parseDate('2019'), '2019-01')).toBeLessThan(0);
    expect(sortKey(parseDate('2019-10-04'))).toEqual(sortKey('2019-10-04'));
  });

  it('sorts a shuffled list into the expected order', () => {
    const expected = [
      '0999',
      '1991-12-25',
      '1993~',
      '1993-02/1996-01-11',
      '2010',
      '2016',
      '2016-02',
      '2016-02-16/2016-03-28',
      '2016-03-16/2016-03-28',
      '2019',
      '2019-01',
      '2019-01-01',
      '2019-07',
      '2019-10-04',
      '2019-12-31',
      '2020-01-01',
    ];
    // A fixed shuffle, so a failure is reproducible.
    const shuffled = [
      '2019-10-04',
      '2016-02',
      '1993-02/1996-01-11',
      '2019-01-01',
      '2020-01-01',
      '2010',
      '2019',
      '0999',
      '2016-03-16/2016-03-28',
      '2019-12-31',
      '1991-12-25',
      '2016',
      '2019-07',
      '2016-02-16/2016-03-28',
      '2019-01',
      '1993~',
    ];
    expect([...shuffled].sort(compareDates)).toEqual(expected);
    expect([...expected].reverse().sort(compareDates)).toEqual(expected);
  });
});

describe('datetimeAttr and timeParts', () => {
  it('gives <time datetime> at the stored precision', () => {
    const attr = (s: string) => datetimeAttr((parseDate(s) as { point: DatePoint }).point);
    expect(attr('2019-10-04')).toBe('2019-10-04');
    expect(attr('2019-07')).toBe('2019-07');
    expect(attr('2019')).toBe('2019');
    expect(attr('1993~')).toBe('1993');
    expect(attr('2019-07?')).toBe('2019-07');
    expect(attr('0999')).toBe('0999');
  });

  it('gives one part for a point', () => {
    expect(timeParts('2019-10-04')).toEqual({
      text: '4 October 2019',
      parts: [{ text: '4 October 2019', datetime: '2019-10-04' }],
    });
    expect(timeParts('2019-07')).toEqual({ text: 'July 2019', parts: [{ text: 'July 2019', datetime: '2019-07' }] });
    expect(timeParts('2019')).toEqual({ text: '2019', parts: [{ text: '2019', datetime: '2019' }] });
  });

  it('gives an interval two parts, each with its own datetime', () => {
    expect(timeParts('2016-02-16/2016-03-28')).toEqual({
      text: '16 February – 28 March 2016',
      parts: [
        { text: '16 February', datetime: '2016-02-16' },
        { text: ' – ' },
        { text: '28 March 2016', datetime: '2016-03-28' },
      ],
    });
    expect(timeParts('1993-02/1996-01-11').parts).toEqual([
      { text: 'February 1993', datetime: '1993-02' },
      { text: ' – ' },
      { text: '11 January 1996', datetime: '1996-01-11' },
    ]);
  });

  it('gives a half-open interval one part, dated by its known end', () => {
    expect(timeParts('2016-02/..')).toEqual({
      text: 'February 2016 onwards',
      parts: [{ text: 'February 2016 onwards', datetime: '2016-02' }],
    });
    expect(timeParts('../2010').parts).toEqual([{ text: 'until 2010', datetime: '2010' }]);
  });

  it('always joins its parts back into its text', () => {
    for (const s of [
      '2019-10-04',
      '2016-02-16/2016-03-28',
      '2016-03-16/2016-03-28',
      '1993-02/1996-01-11',
      '2016-02/..',
      '2016/',
      '../2010',
      '1993~',
    ])
      expect(
        timeParts(s)
          .parts.map((p) => p.text)
          .join(''),
      ).toBe(timeParts(s).text);
  });
});
