/**
 * Splitting a long, date-ordered list of entries into pages, so that no built page grows without bound as the
 * record grows. Each page is a contiguous date range made of whole years where possible (a year with more entries
 * than fit on one page is split over several pages), so "jump to a decade/year" can link to the page that holds it.
 *
 * A list that fits on one page stays one page: the real record (tens of entries) renders exactly as before.
 */

/** Most entries on one timeline or facet page. Chosen so a page stays well under 100 KB of gzip HTML. */
export const PAGE_SIZE = 150;

export interface EntryPage<T> {
  /** 1-based page number. */
  number: number;
  items: T[];
  firstYear: number;
  lastYear: number;
  /** Set when one year is split over several pages: this page's part (1-based) and how many parts. */
  part?: { index: number; of: number } | undefined;
}

/**
 * Pages of at most `size` items, each a run of consecutive items. Items must already be in date order;
 * `yearOf` gives an item's (start) year. Whole years are kept together unless one year alone exceeds `size`.
 */
export function pageByYear<T>(items: readonly T[], yearOf: (item: T) => number, size = PAGE_SIZE): EntryPage<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`pageByYear: page size must be a positive integer, got ${size}`);
  // Runs of one year each.
  const years: Array<{ year: number; items: T[] }> = [];
  for (const item of items) {
    const y = yearOf(item);
    const last = years.at(-1);
    if (last && last.year === y) last.items.push(item);
    else years.push({ year: y, items: [item] });
  }
  const pages: EntryPage<T>[] = [];
  let open: EntryPage<T> | undefined;
  const close = () => {
    if (open) pages.push(open);
    open = undefined;
  };
  for (const run of years) {
    if (run.items.length > size) {
      close();
      const of = Math.ceil(run.items.length / size);
      for (let i = 0; i < of; i++) {
        pages.push({
          number: 0,
          items: run.items.slice(i * size, (i + 1) * size),
          firstYear: run.year,
          lastYear: run.year,
          part: { index: i + 1, of },
        });
      }
      continue;
    }
    if (open && open.items.length + run.items.length > size) close();
    if (!open) open = { number: 0, items: [], firstYear: run.year, lastYear: run.year };
    open.items.push(...run.items);
    open.lastYear = run.year;
  }
  close();
  if (pages.length === 0) pages.push({ number: 0, items: [], firstYear: NaN, lastYear: NaN });
  pages.forEach((p, i) => (p.number = i + 1));
  return pages;
}

/** A short label for a page's date range: "2015", "2015–2019", "2016 (part 2 of 3)". */
export function pageLabel(p: Pick<EntryPage<unknown>, 'firstYear' | 'lastYear' | 'part'>): string {
  if (Number.isNaN(p.firstYear)) return 'No entries';
  const range = p.firstYear === p.lastYear ? String(p.firstYear) : `${p.firstYear}–${p.lastYear}`;
  return p.part ? `${range} (part ${p.part.index} of ${p.part.of})` : range;
}

/** The number of the first page holding an item of `year` (or the first page after it), if any. */
export function pageOfYear(
  pages: ReadonlyArray<Pick<EntryPage<unknown>, 'number' | 'lastYear'>>,
  year: number,
): number | undefined {
  return pages.find((p) => p.lastYear >= year)?.number;
}

/** Page numbers 2..n as route params: the first page lives at the list's own address. */
export function extraPageNumbers(pageCount: number): string[] {
  const out: string[] = [];
  for (let n = 2; n <= pageCount; n++) out.push(String(n));
  return out;
}
