/**
 * Paged lists (src/lib/paging.ts): every paging link in the build resolves to a built page, following the timeline's
 * and each kind page's rel="next" chain lists every entry exactly once in record order, and a record that fits on
 * one page (the real one) keeps a single timeline page with no paging. Expectations come from the content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { validateContent } from '../../src/lib/validate';
import { anchorYear, compareDates } from '../../src/lib/dates';
import { PAGE_SIZE } from '../../src/lib/paging';
import { DIST, htmlFiles, page } from '../helpers/dist';

const record = validateContent(contentDir());
const entries = [...record.entries].sort(
  (a, b) => compareDates(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title) || a.slug.localeCompare(b.slug),
);

const builtFile = (href: string) => path.join(DIST, href.split('#')[0]!.replace(/^\//, ''), 'index.html');

/** Entry slugs listed on each page of a paged list, following rel="next" from its first page. */
function chain(first: string): { pages: string[]; slugs: string[] } {
  const pages: string[] = [];
  const slugs: string[] = [];
  for (let at: string | undefined = first; at; ) {
    expect(pages, `the rel="next" chain from ${first} loops at ${at}`).not.toContain(at);
    pages.push(at);
    const $ = page(at);
    slugs.push(...$('.timeline a.title').map((_, el) => /^\/entries\/([^/]+)\/$/.exec($(el).attr('href') ?? '')?.[1]).get());
    at = $('link[rel="next"]').attr('href');
  }
  return { pages, slugs };
}

test('every paging link (rel prev/next, page lists) points at a built page', () => {
  const bad: string[] = [];
  let seen = 0;
  for (const file of htmlFiles()) {
    const $ = page('/' + path.relative(DIST, file).replace(/index\.html$/, ''));
    for (const el of $('link[rel="prev"], link[rel="next"], a[rel="prev"], a[rel="next"], [data-page-nav] a').toArray()) {
      const href = $(el).attr('href') ?? '';
      if (!href.startsWith('/')) continue;
      seen++;
      if (!fs.existsSync(builtFile(href))) bad.push(`${path.relative(DIST, file)} → ${href}`);
    }
  }
  expect(bad).toEqual([]);
  expect(seen).toBeGreaterThan(0);
  // Reads every built page: minutes on a large benchmark build.
}, 600_000);

test('the timeline pages together list every entry once, in record order', () => {
  const { pages, slugs } = chain('/timeline/');
  expect(slugs).toEqual(entries.map((e) => e.slug));
  expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(entries.length / PAGE_SIZE));
  if (entries.length <= PAGE_SIZE) {
    expect(pages).toEqual(['/timeline/']);
    expect(page('/timeline/')('[data-page-nav]').length).toBe(0);
  }
});

/** Every value of every facet with pages, as the content holds it: its first page and its entries in record order. */
const facetLists = (() => {
  const lists = new Map<string, string[]>();
  const add = (first: string, slug: string) => lists.set(first, [...(lists.get(first) ?? []), slug]);
  for (const e of entries) {
    add(`/kinds/${e.data.kind}/`, e.slug);
    for (const j of new Set(e.data.jurisdictions)) add(`/jurisdictions/${j.toLowerCase()}/`, e.slug);
    for (const t of new Set(e.data.tags)) add(`/tags/${t}/`, e.slug);
    if (e.data.position) add(`/positions/${e.data.position}/`, e.slug);
    add(`/years/${anchorYear(e.data.date)}/`, e.slug);
  }
  return lists;
})();

test('every facet value’s pages together list its entries once, in record order', () => {
  for (const [first, slugs] of facetLists) {
    const listed = chain(first);
    expect(listed.slugs, first).toEqual(slugs);
    // A value with more entries than fit on a page is paged: /kinds/letter/, /kinds/letter/2/ …
    if (slugs.length > PAGE_SIZE) expect(listed.pages, first).toContain(`${first}2/`);
  }
}, 600_000);

// A corpus built to page (npm run test:corpus) must page the timeline and a value of every facet, or these tests
// would not have checked the paged routes at all.
test.runIf(process.env.TRACKER_EXPECT_PAGING === '1')('the timeline and a value of every facet span several pages', () => {
  expect(fs.existsSync(builtFile('/timeline/2/'))).toBe(true);
  for (const facet of ['kinds', 'jurisdictions', 'tags', 'positions', 'years'])
    expect(
      [...facetLists].some(([first, slugs]) => first.startsWith(`/${facet}/`) && slugs.length > PAGE_SIZE),
      facet,
    ).toBe(true);
});
