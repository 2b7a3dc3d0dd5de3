/**
 * The access date of the "via Encryption Policy Tracker" citation. The styles print it only when the page has no
 * date of its own (no `updated`). It is rendered at build time with the build day, and the page's script
 * replaces it with the reader's day, formatted as each style formats an access date. This module is that format
 * and nothing else; tests/unit/citations.test.ts checks it against the CSL processor for every month, so it
 * cannot drift from the styles. It is also imported by the browser script, so it stays dependency-free.
 */
export type AccessedStyle = 'apa' | 'mla' | 'chicago';

const LONG = [
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
/** MLA's month abbreviations (its CSL file's own terms): four-letter months are written out, September is "Sept.". */
const MLA = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** `2026-11-26` → "November 26, 2026" (APA, Chicago) or "26 Nov. 2026" (MLA). */
export function formatAccessed(isoDay: string, style: AccessedStyle): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) throw new Error(`formatAccessed: "${isoDay}" is not a YYYY-MM-DD day`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (style === 'mla') return `${day} ${MLA[month - 1]} ${year}`;
  return `${LONG[month - 1]} ${day}, ${year}`;
}

/** Today's date in the reader's (or the build machine's) calendar, as YYYY-MM-DD. */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
