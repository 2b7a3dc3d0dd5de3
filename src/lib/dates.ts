/**
 * The one module that owns dates.
 *
 * Dates in the record are EDTF strings (Library of Congress Extended Date/Time Format, levels 0 and 1,
 * https://www.loc.gov/standards/datetime/): `2019-10-04`, `2019-07`, `2019`, `1993~` (approximate),
 * `2019-07?` (uncertain), `2016-02-16/2016-03-28` (interval), `2016-02/..` (open end), `2016/` (unknown end).
 *
 * Precision is kept everywhere: "July 2019" never becomes "1 July 2019". Formatting builds calendar dates from
 * their components (never from epoch milliseconds), so the machine's time zone cannot shift a day.
 */
import { parse as parseEdtf } from 'edtf';
import { format } from 'date-fns/format';

export type Precision = 'year' | 'month' | 'day';

/** One calendar point, as precise as the record knows it. */
export interface DatePoint {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: Precision;
  /** EDTF `~`: "circa". */
  approximate: boolean;
  /** EDTF `?`: the source is not sure. */
  uncertain: boolean;
}

/** An interval end: a point, `open` (`..`, continues) or `unknown` (empty). */
export type IntervalEnd = DatePoint | 'open' | 'unknown';

export type ParsedDate =
  | { type: 'point'; edtf: string; point: DatePoint }
  | { type: 'interval'; edtf: string; start: IntervalEnd; end: IntervalEnd };

export class DateError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'DateError';
    this.hint = hint;
  }
}

const EXAMPLES = 'use EDTF such as 2019-10-04, 2019-07, 2019, 1993~, 2019-07? or 2016-02-16/2016-03-28';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Normalise what YAML hands over into an EDTF string: js-yaml turns `2019-10-04` into a Date (midnight UTC)
 * and `2019` into a number; everything else stays a string. Normalising once here means no other code ever
 * sees a Date from YAML.
 */
export function normaliseDateInput(value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new DateError('is not a valid date', EXAMPLES);
    // YAML timestamps are UTC; read the UTC components so no time zone can move the day.
    const hasTime =
      value.getUTCHours() !== 0 ||
      value.getUTCMinutes() !== 0 ||
      value.getUTCSeconds() !== 0 ||
      value.getUTCMilliseconds() !== 0;
    if (hasTime)
      throw new DateError('has a time of day; the record keeps dates only', 'write the date alone, e.g. 2019-10-04');
    return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new DateError(`${value} is not a year`, EXAMPLES);
    return pad(value, 4);
  }
  if (typeof value === 'string') return value.trim();
  throw new DateError(`expected a date, got ${value === null ? 'null' : typeof value}`, EXAMPLES);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; local-time construction is TZ-safe here.
  return new Date(year, month, 0).getDate();
}

interface EdtfNode {
  type: string;
  values: Array<number | EdtfNode | null>;
  approximate?: boolean | number;
  uncertain?: boolean | number;
  unspecified?: number;
  level?: number;
}

function toPoint(node: EdtfNode, raw: string): DatePoint {
  if (node.type !== 'Date') throw new DateError(`"${raw}" (${node.type}) is not supported`, EXAMPLES);
  if (node.unspecified)
    throw new DateError(
      `"${raw}" uses unspecified digits (X), which the record does not use`,
      'give the known precision instead, e.g. 1990~ or 199X → 1990/1999',
    );
  const [year, month0, day] = node.values as number[];
  if (year === undefined) throw new DateError(`"${raw}" has no year`, EXAMPLES);
  if (node.values.length > 3)
    throw new DateError(
      `"${raw}" has a time of day; the record keeps dates only`,
      'write the date alone, e.g. 2019-10-04',
    );
  if (year < 1) throw new DateError(`"${raw}" is before year 1, which the record does not use`, EXAMPLES);
  if (typeof node.approximate === 'number' || typeof node.uncertain === 'number')
    throw new DateError(
      `"${raw}" qualifies part of a date (EDTF level 2)`,
      'put ~ or ? at the end of the whole date, e.g. 2019-07?',
    );
  const point: DatePoint = {
    year,
    precision: 'year',
    approximate: node.approximate === true,
    uncertain: node.uncertain === true,
  };
  if (month0 !== undefined) {
    if (month0 < 0 || month0 > 11)
      throw new DateError(`"${raw}" has no month ${month0 + 1}`, 'months run from 01 to 12');
    point.month = month0 + 1;
    point.precision = 'month';
  }
  if (day !== undefined && point.month !== undefined) {
    const max = daysInMonth(year, point.month);
    if (day < 1 || day > max)
      throw new DateError(
        `"${raw}" has no day ${day}: ${year}-${pad(point.month)} has ${max} days`,
        'check the day of the month',
      );
    point.day = day;
    point.precision = 'day';
  }
  return point;
}

function syntaxError(raw: string): DateError {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(raw);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12)
      return new DateError(
        `"${raw}" is not a valid date: there is no month ${m[2]}`,
        'months run from 01 to 12; ' + EXAMPLES,
      );
    if (m[3] !== undefined) {
      const max = daysInMonth(Number(m[1]), month);
      const day = Number(m[3]);
      if (day < 1 || day > max)
        return new DateError(
          `"${raw}" is not a valid date: ${m[1]}-${m[2]} has ${max} days`,
          'check the day of the month',
        );
    }
  }
  return new DateError(`"${raw}" is not a valid EDTF date`, EXAMPLES);
}

function parsePoint(raw: string): DatePoint {
  let node: EdtfNode;
  try {
    node = parseEdtf(raw, { level: 1 }) as EdtfNode;
  } catch {
    throw syntaxError(raw);
  }
  return toPoint(node, raw);
}

function parseEnd(raw: string): IntervalEnd {
  if (raw === '..') return 'open';
  if (raw === '') return 'unknown';
  return parsePoint(raw);
}

/** Parsed dates by their text: a build formats and sorts the same few thousand dates many times. */
const cache = new Map<string, ParsedDate>();

/**
 * Parse an EDTF string (levels 0–1, no seasons or unspecified digits). Throws DateError with a fix.
 * Results are cached and shared: treat them as read-only.
 */
export function parseDate(input: string): ParsedDate {
  const hit = cache.get(input);
  if (hit) return hit;
  const parsed = parseDateUncached(input);
  if (cache.size > 100_000) cache.clear();
  cache.set(input, parsed);
  return parsed;
}

function parseDateUncached(input: string): ParsedDate {
  const raw = input.trim();
  if (raw === '') throw new DateError('is empty', EXAMPLES);
  const pieces = raw.split('/');
  if (pieces.length === 1) return { type: 'point', edtf: raw, point: parsePoint(raw) };
  if (pieces.length > 2)
    throw new DateError(`"${raw}" has more than one "/"`, 'an interval is start/end, e.g. 2016-02-16/2016-03-28');
  const start = parseEnd(pieces[0]!);
  const end = parseEnd(pieces[1]!);
  if (typeof start === 'string' && typeof end === 'string')
    throw new DateError(`interval "${raw}" has no known date`, 'give at least one end, e.g. 2016-02/..');
  if (typeof start !== 'string' && typeof end !== 'string') {
    // Only an end whose latest possible day precedes the start's earliest is impossible: `2019/2019-06` is fine.
    if (compareInstants(upperBound(end), lowerBound(start)) < 0)
      throw new DateError(`interval "${raw}" ends before it starts`, 'write the earlier date first: start/end');
  }
  return { type: 'interval', edtf: raw, start, end };
}

/** Returns null if valid, else the error. */
export function checkDate(value: unknown): DateError | null {
  try {
    parseDate(normaliseDateInput(value));
    return null;
  } catch (e) {
    if (e instanceof DateError) return e;
    throw e;
  }
}

type Instant = [number, number, number];
function lowerBound(p: DatePoint): Instant {
  return [p.year, p.month ?? 1, p.day ?? 1];
}
function upperBound(p: DatePoint): Instant {
  const month = p.month ?? 12;
  return [p.year, month, p.day ?? daysInMonth(p.year, month)];
}
function compareInstants(a: Instant, b: Instant): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** The point an entry sorts by: the start of its interval (or the end, when the start is open or unknown). */
export function anchorPoint(date: ParsedDate): DatePoint {
  if (date.type === 'point') return date.point;
  if (typeof date.start !== 'string') return date.start;
  return date.end as DatePoint;
}

/**
 * Sort key: the earliest day the date can mean, then precision (less precise first, so "2019" sorts before
 * "2019-01", which sorts before "2019-01-01"). Compare keys with `compareSortKeys`.
 */
export function sortKey(value: string | ParsedDate): [number, number, number, number] {
  const date = typeof value === 'string' ? parseDate(value) : value;
  const p = anchorPoint(date);
  const [y, m, d] = lowerBound(p);
  return [y, m, d, PRECISION_RANK[p.precision]];
}

export function compareSortKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function compareDates(a: string | ParsedDate, b: string | ParsedDate): number {
  return compareSortKeys(sortKey(a), sortKey(b));
}

/** The calendar year an entry belongs to (its folder): the year of its anchor point. */
export function anchorYear(value: string | ParsedDate): number {
  const date = typeof value === 'string' ? parseDate(value) : value;
  return anchorPoint(date).year;
}

function calendar(p: DatePoint): Date {
  // Local-time construction from components, formatted in local time: the zone cancels out.
  const d = new Date(2000, (p.month ?? 1) - 1, p.day ?? 1);
  d.setFullYear(p.year);
  return d;
}

function qualify(text: string, p: DatePoint): string {
  let out = p.approximate ? `c. ${text}` : text;
  if (p.uncertain) out += ' (uncertain)';
  return out;
}

/** "4 October 2019", "July 2019", "2010", "c. 1993", "July 2019 (uncertain)". */
export function formatPoint(p: DatePoint): string {
  // `y`, not `yyyy`: the year 999 is "999", not "0999".
  const pattern = p.precision === 'day' ? 'd MMMM y' : p.precision === 'month' ? 'MMMM y' : 'y';
  return qualify(format(calendar(p), pattern), p);
}

function formatInterval(start: IntervalEnd, end: IntervalEnd): string {
  if (start === 'open' || start === 'unknown')
    return end === 'open' || end === 'unknown' ? '' : `until ${formatPoint(end)}`;
  if (end === 'open') return `${formatPoint(start)} onwards`;
  if (end === 'unknown') return `${formatPoint(start)} – end unknown`;
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  // Share the trailing year (and month) when both ends have them: "16 February – 28 March 2016", "16–28 March 2016".
  if (plain && start.year === end.year && start.precision !== 'year' && end.precision === start.precision) {
    if (start.precision === 'day' && start.month === end.month)
      return `${start.day}–${format(calendar(end), 'd MMMM y')}`;
    const head = format(calendar(start), start.precision === 'day' ? 'd MMMM' : 'MMMM');
    return `${head} – ${formatPoint(end)}`;
  }
  return `${formatPoint(start)} – ${formatPoint(end)}`;
}

/** Human text at the stored precision. */
export function formatDate(value: string | ParsedDate): string {
  const date = typeof value === 'string' ? parseDate(value) : value;
  return date.type === 'point' ? formatPoint(date.point) : formatInterval(date.start, date.end);
}

/** The machine-readable value for `<time datetime>`: `2019-10-04`, `2019-07`, `2019`. */
export function datetimeAttr(p: DatePoint): string {
  if (p.precision === 'day') return `${pad(p.year, 4)}-${pad(p.month!)}-${pad(p.day!)}`;
  if (p.precision === 'month') return `${pad(p.year, 4)}-${pad(p.month!)}`;
  return pad(p.year, 4);
}

/** One `<time>` element per known point, with the text to show between and around them. */
export interface TimeParts {
  parts: Array<{ text: string; datetime?: string }>;
  text: string;
}

/**
 * The pieces a `<time>` rendering needs: for a point, one element; for an interval, one element per known end
 * carrying its own precision, so "16 February – 28 March 2016" is two machine-readable dates.
 */
export function timeParts(value: string | ParsedDate): TimeParts {
  const date = typeof value === 'string' ? parseDate(value) : value;
  const text = formatDate(date);
  if (date.type === 'point') return { text, parts: [{ text, datetime: datetimeAttr(date.point) }] };
  const { start, end } = date;
  if (typeof start === 'string' || typeof end === 'string') {
    const known = (typeof start === 'string' ? end : start) as DatePoint;
    return { text, parts: [{ text, datetime: datetimeAttr(known) }] };
  }
  const sep = ' – ';
  const idx = text.lastIndexOf(sep);
  if (idx >= 0)
    return {
      text,
      parts: [
        { text: text.slice(0, idx), datetime: datetimeAttr(start) },
        { text: sep },
        { text: text.slice(idx + sep.length), datetime: datetimeAttr(end) },
      ],
    };
  // "16–28 March 2016": one element for the shared text, dated by its start.
  return { text, parts: [{ text, datetime: datetimeAttr(start) }] };
}

/** The precision of the anchor point, for labels and exports. */
export function precisionOf(value: string | ParsedDate): Precision {
  const date = typeof value === 'string' ? parseDate(value) : value;
  return anchorPoint(date).precision;
}

/**
 * Whether `a` certainly ends before `b` begins: the last day `a` can mean precedes the first day `b` can mean.
 * "1994" is not certainly before "1994-08-09" (it may be later that year); "1994-08-09" is certainly before
 * "1994-10". Open or unknown ends never certainly end. Used to check that a history's steps are in order while
 * each keeps its own precision.
 */
export function certainlyBefore(a: string | ParsedDate, b: string | ParsedDate): boolean {
  const pa = typeof a === 'string' ? parseDate(a) : a;
  const pb = typeof b === 'string' ? parseDate(b) : b;
  const aEnd = pa.type === 'point' ? pa.point : pa.end;
  const bStart = pb.type === 'point' ? pb.point : pb.start;
  if (typeof aEnd === 'string') return false;
  if (typeof bStart === 'string') return false;
  return compareInstants(upperBound(aEnd), lowerBound(bStart)) < 0;
}
