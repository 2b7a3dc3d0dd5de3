/**
 * The pieces every list page shares: an entry's timeline row (computed once per entry), rows grouped by decade
 * and year, the links between the pages of a paged list, and the year-density strip.
 */
import { anchorYear, timeParts } from '../lib/dates';
import { packRows, type RowsPayload } from '../lib/timeline-rows';
import { FACETS, facetValueHref } from '../lib/facets';
import { encodeRow } from '../lib/filter-state';
import { pageByYear, pageLabel, type EntryPage } from '../lib/paging';
import type { RecordEntry } from '../lib/record';
import { groupByYear, keyActors } from '../lib/timeline';
import { actorUrl, entryUrl, pageUrl } from '../lib/urls';
import type { PageNavView, TimelineListView, TimelineRow } from '../lib/views';
import { densityStrip, yearDensity, type DensityStrip } from '../lib/year-density';
import { jurisdictionName } from '../schema/vocabulary';
import { derived, type Content } from './content';

/** Every entry's timeline row, by slug. */
function timelineRows(content: Content): ReadonlyMap<string, TimelineRow> {
  return derived(content, 'timeline-rows', ({ rows, actorName }) => {
    const out = new Map<string, TimelineRow>();
    for (const { entry, facets } of rows) {
      const d = entry.data;
      const key = keyActors(entry);
      out.set(entry.slug, {
        href: entryUrl(entry.slug),
        title: d.title,
        date: d.date,
        kind: FACETS.kind.label(d.kind, actorName),
        jurisdictions: d.jurisdictions.map((j) => jurisdictionName(j)).join(', '),
        actors: key.actors.map((slug) => ({ href: actorUrl(slug), label: actorName(slug) })),
        more: key.more,
        summary: d.summary,
        facets: encodeRow(facets),
      });
    }
    return out;
  });
}

/** The whole record's rows, packed for the timeline's filters (`/timeline-rows.json`). */
export function timelineRowsPayload(content: Content): RowsPayload {
  const rows = timelineRows(content);
  return packRows(
    content.rows.map(({ entry, facets }) => {
      const r = rows.get(entry.slug)!;
      return {
        href: r.href,
        title: r.title,
        date: timeParts(r.date).parts.map((p): [string, string] => [p.text, p.datetime ?? '']),
        kind: r.kind,
        jurisdictions: r.jurisdictions,
        facets,
      };
    }),
  );
}

/** Entries (in record order) as a timeline list: grouped by year, and by decade when `decades` is set. */
export function listView(
  content: Content,
  entries: readonly RecordEntry[],
  decades: boolean,
  yearHeadings = true,
): TimelineListView {
  const rows = timelineRows(content);
  const groups: TimelineListView['groups'] = [];
  for (const y of groupByYear(entries)) {
    const year = {
      year: y.year,
      href: facetValueHref(FACETS.year, String(y.year)),
      rows: y.entries.map((e) => rows.get(e.slug)!),
    };
    const decade = Math.floor(y.year / 10) * 10;
    const last = groups.at(-1);
    if (decades && last && last.decade === decade) last.years.push(year);
    else groups.push({ decade, years: [year] });
  }
  return { decades, yearHeadings, groups };
}

/** A list's pages of whole years (src/lib/paging.ts). */
export function pagesOf(entries: readonly RecordEntry[]): Array<EntryPage<RecordEntry>> {
  return pageByYear(entries, (e) => anchorYear(e.data.date));
}

/** Links between the pages of a list whose first page is `first`; none for a list of one page. */
export function pageNav(
  first: string,
  pages: ReadonlyArray<EntryPage<unknown>>,
  current: number,
): PageNavView | undefined {
  if (pages.length <= 1) return undefined;
  const link = (p: EntryPage<unknown>) => ({ href: pageUrl(first, p.number), label: pageLabel(p) });
  const previous = pages[current - 2];
  const next = pages[current];
  return {
    previous: previous && link(previous),
    next: current < pages.length && next ? link(next) : undefined,
    pages: pages.map((p) => ({ ...link(p), current: p.number === current })),
  };
}

/** The `<link rel="prev|next">` of page `current`. */
export function pageHead(first: string, pages: number, current: number) {
  return {
    previous: current > 1 ? pageUrl(first, current - 1) : undefined,
    next: current < pages ? pageUrl(first, current + 1) : undefined,
  };
}

/** The year-density strip of some entries; `compact` is the home page's lower one. */
export function stripView(entries: readonly RecordEntry[], compact = false): DensityStrip {
  return densityStrip(yearDensity(entries), compact ? { step: 14, plotHeight: 36 } : { step: 16, plotHeight: 64 });
}
