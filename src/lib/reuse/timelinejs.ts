/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html) for the whole record and for each
 * actor, jurisdiction and kind. Dates carry only the parts the record knows — a year-only date has only `year`,
 * so TimelineJS shows "2010", never "1 January 2010" — and approximate, uncertain and interval dates get a
 * `display_date` with the record's own wording ("c. 1993", "16 February – 28 March 2016"). Each event's
 * `unique_id` is its entry's slug, so a slide can be linked to as `#event-<slug>`.
 */
import { anchorPoint, formatDate, formatPoint, parseDate, type DatePoint, type IntervalEnd } from '../dates';
import type { RecordEntry } from '../record';
import { absoluteUrl, CONTENT_LICENCE, SITE_NAME } from '../site';
import { entryUrl } from '../urls';
import { citedSource } from '../citations/csl';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineEvent {
  unique_id: string;
  start_date: TimelineDate;
  end_date?: TimelineDate;
  display_date?: string;
  text: { headline: string; text: string };
}

export interface TimelineJson {
  title: { unique_id: string; text: { headline: string; text: string } };
  events: TimelineEvent[];
}

/** The id of the title slide; entry slugs never start with "ept-". */
export const TITLE_SLIDE_ID = 'ept-timeline-title';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fuzzy(p: DatePoint): boolean {
  return p.approximate || p.uncertain;
}

/** A TimelineJS date with only the known parts; its own display text when the point is approximate or uncertain. */
function timelineDate(p: DatePoint): TimelineDate {
  const out: TimelineDate = { year: p.year };
  if (p.month !== undefined) out.month = p.month;
  if (p.day !== undefined) out.day = p.day;
  if (fuzzy(p)) out.display_date = formatPoint(p);
  return out;
}

/** Start, end and display text of an entry's EDTF date (see the module comment). */
export function timelineDates(edtf: string): Pick<TimelineEvent, 'start_date' | 'end_date' | 'display_date'> {
  const date = parseDate(edtf);
  if (date.type === 'point') {
    const out: Pick<TimelineEvent, 'start_date' | 'display_date'> = { start_date: timelineDate(date.point) };
    if (fuzzy(date.point)) out.display_date = formatDate(date);
    return out;
  }
  const known = (end: IntervalEnd): end is DatePoint => typeof end !== 'string';
  const out: Pick<TimelineEvent, 'start_date' | 'end_date' | 'display_date'> = {
    start_date: timelineDate(known(date.start) ? date.start : anchorPoint(date)),
    display_date: formatDate(date),
  };
  if (known(date.start) && known(date.end)) out.end_date = timelineDate(date.end);
  return out;
}

function timelineEvent(entry: RecordEntry, site?: URL | string | null): TimelineEvent {
  const d = entry.data;
  const url = absoluteUrl(entryUrl(entry.slug), site);
  const source = citedSource(d);
  const text =
    `<p>${escapeHtml(d.summary)}</p>` +
    `<p>Source: <a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a> (${escapeHtml(source.publisher)})</p>` +
    `<p><a href="${escapeHtml(url)}">The entry in the ${SITE_NAME}</a>, with all its sources and quotes.</p>`;
  return {
    unique_id: entry.slug,
    ...timelineDates(d.date),
    text: { headline: escapeHtml(d.title), text },
  };
}

/** A whole timeline: a title slide naming the subset, its source and licence, then one event per entry. */
export function timelineJson(
  entries: readonly RecordEntry[],
  subject: string,
  page: string,
  site?: URL | string | null,
): TimelineJson {
  const pageUrl = absoluteUrl(page, site);
  return {
    title: {
      unique_id: TITLE_SLIDE_ID,
      text: {
        headline: escapeHtml(`${subject}: ${SITE_NAME}`),
        text:
          `<p>${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} from the <a href="${escapeHtml(pageUrl)}">` +
          `${SITE_NAME}</a>, the sourced record of the encryption-policy debate. Text and data: ` +
          `<a href="${CONTENT_LICENCE.url}">${CONTENT_LICENCE.short}</a>; credit the ${SITE_NAME}.</p>`,
      },
    },
    events: entries.map((e) => timelineEvent(e, site)),
  };
}
