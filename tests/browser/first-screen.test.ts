/**
 * The reader's pages, second pass (issue 15): the answer on the first screen, filters that say what they would
 * show, search without JavaScript. Expectations come from the content, not from the page's own code.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { contentDir } from '../../src/lib/content-dir';
import { anchorYear } from '../../src/lib/dates';
import { validateContent } from '../../src/lib/validate';
import { launch } from '../helpers/browser';

const record = validateContent(contentDir());
const entries = record.entries;

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

const SIZES = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
];

const visibleRows = (page: Page) =>
  page.$$eval('[data-tl-row]', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).length);

test.each(SIZES)('the first timeline entry is on the first screen at $width×$height', async (viewport) => {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto('/timeline/');
  const box = await page.locator('[data-tl-row] a.title').first().boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  await page.close();
});

test('ticking a box updates the other boxes’ counts to the selection', async () => {
  // The kind with most entries, and a tag some of its entries carry and some entries of other kinds too.
  const kinds = new Map<string, number>();
  for (const e of entries) kinds.set(e.data.kind, (kinds.get(e.data.kind) ?? 0) + 1);
  const [kind] = [...kinds].sort((a, b) => b[1] - a[1])[0]!;
  const ofKind = entries.filter((e) => e.data.kind === kind);
  const tag = [...new Set(ofKind.flatMap((e) => e.data.tags))].find((t) =>
    entries.some((e) => e.data.kind !== kind && e.data.tags.includes(t)),
  )!;
  expect(tag).toBeDefined();
  const page = await context.newPage();
  await page.goto('/timeline/');
  await page.locator('[data-tl-toggle]').click();
  await page.locator('details[data-facet="tag"] summary').click();
  const tagCount = page.locator(`input[name="tag"][value="${tag}"] ~ [data-count]`);
  await expect(tagCount.textContent()).resolves.toBe(`(${entries.filter((e) => e.data.tags.includes(tag)).length})`);
  await page.locator(`input[name="kind"][value="${kind}"]`).check();
  await page.waitForURL((u) => u.search === `?kind=${kind}`);
  await expect(tagCount.textContent()).resolves.toBe(`(${ofKind.filter((e) => e.data.tags.includes(tag)).length})`);
  // The bar says how many filters are set.
  await expect(page.locator('[data-tl-active]').textContent()).resolves.toBe(' (1)');
  await page.close();
});

test('a combination that matches nothing names the filter to drop, and dropping it shows entries', async () => {
  // A kind, and a year in which no entry of that kind falls.
  const kind = entries[0]!.data.kind;
  const years = new Set(entries.filter((e) => e.data.kind === kind).map((e) => anchorYear(e.data.date)));
  const year = entries.map((e) => anchorYear(e.data.date)).find((y) => !years.has(y))!;
  const page = await context.newPage();
  await page.goto(`/timeline/?kind=${kind}&year=${year}`);
  const hint = page.locator('[data-tl-hint]');
  await hint.waitFor({ state: 'visible' });
  await expect(visibleRows(page)).resolves.toBe(0);
  await expect(hint.textContent()).resolves.toMatch(/No entry matches all of these filters\. Dropping the/);
  await hint.locator('button').click();
  expect(await visibleRows(page)).toBeGreaterThan(0);
  await expect(hint.isVisible()).resolves.toBe(false);
  await page.close();
});

test('?year=2019 shows that year’s entries', async () => {
  const year = 2019;
  const expected = entries.filter((e) => anchorYear(e.data.date) === year).length;
  expect(expected).toBeGreaterThan(0);
  const page = await context.newPage();
  await page.goto(`/timeline/?year=${year}`);
  await page.waitForFunction(() => !document.querySelector('#tl-status')!.textContent.startsWith('Showing all'));
  await expect(visibleRows(page)).resolves.toBe(expected);
  await expect(page.locator('#tl-status').textContent()).resolves.toContain(`${expected} of ${entries.length}`);
  await page.close();
});

test('typing in the actor group narrows its boxes to the names that hold the letters', async () => {
  const page = await context.newPage();
  await page.goto('/timeline/');
  await page.locator('[data-tl-toggle]').click();
  await page.locator('details[data-facet="actor"] summary').click();
  await page.locator('details[data-facet="actor"] [data-facet-find]').fill('barr');
  const shown = await page.$$eval('details[data-facet="actor"] fieldset label', (labels) =>
    labels.filter((l) => !(l as HTMLElement).hidden).map((l) => l.textContent.trim()),
  );
  expect(shown.length).toBeGreaterThan(0);
  for (const label of shown) expect(label.toLowerCase()).toContain('barr');
  await page.close();
});

test('“Titles only” hides summaries, and is remembered', async () => {
  const page = await context.newPage();
  await page.goto('/timeline/');
  const before = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.locator('[data-tl-compact]').check();
  await expect(page.locator('[data-tl-row] .summary').first().isVisible()).resolves.toBe(false);
  const after = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(after).toBeLessThan(before / 2);
  await page.reload();
  await expect(page.locator('[data-tl-compact]').isChecked()).resolves.toBe(true);
  await page.locator('[data-tl-compact]').uncheck();
  await page.close();
});

test('search sorted by date lists the newest first, and the address keeps the order', async () => {
  const page = await context.newPage();
  await page.goto('/search/?q=encryption&sort=newest');
  await page.locator('#results-entry').waitFor();
  await expect(page.locator('select[name="sort"]').inputValue()).resolves.toBe('newest');
  const dates = await page.$$eval('#results-entry ~ ol time, [aria-labelledby="results-entry"] .result-meta', (els) =>
    els.map((e) => e.textContent ?? ''),
  );
  expect(dates.length).toBeGreaterThan(1);
  const years = dates.map((d) => Number(/\b(1[89]|20)\d\d\b/.exec(d)?.[0]));
  expect(years).toEqual([...years].sort((a, b) => b - a));
  await page.locator('select[name="sort"]').selectOption('oldest');
  await page.waitForURL((u) => u.searchParams.get('sort') === 'oldest');
  await page.close();
});

test('without JavaScript, /search/ says where the words are and lists every name and topic page', async () => {
  const { context: noJs, close: closeNoJs } = await launch({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto('/search/?q=patel');
  const notice = page.locator('.search-nojs');
  await expect(notice.textContent()).resolves.toContain('?q=');
  const patel = record.actors.find((a) => a.data.name === 'Priti Patel')!;
  await expect(notice.locator(`a[href="/actors/${patel.slug}/"]`).isVisible()).resolves.toBe(true);
  await closeNoJs();
});

test.each(SIZES)(
  'an entry page: the APA citation of the original document is copied within 15 Tab presses ($width×$height)',
  async (viewport) => {
    const slug = entries.find((e) => e.data.kind === 'letter' && e.data.quotes.length > 0)?.slug ?? entries[0]!.slug;
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`/entries/${slug}/`);
    let presses = 0;
    let label = '';
    while (presses < 15 && !/^Copy APA citation of the original document$/.test(label)) {
      await page.keyboard.press('Tab');
      presses++;
      label = await page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    expect(label).toBe('Copy APA citation of the original document');
    await page.keyboard.press('Enter');
    // The button says "Copied" once the (asynchronous) clipboard write has finished.
    const button = page.locator('.key-facts button[data-copy-citation="cite-key-apa"]');
    await expect.poll(() => button.textContent()).toContain('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#cite-key-apa').textContent());
    await page.close();
  },
);

test('a wide entry page keeps "On this page" beside the text as the reader scrolls', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/entries/${entries[0]!.slug}/`);
  const aside = page.locator('aside.on-this-page');
  await expect(aside.isVisible()).resolves.toBe(true);
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
  const box = await aside.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(900);
  await page.close();
});

test.each(SIZES)('the header starts where the page’s text does ($width×$height)', async (viewport) => {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  for (const path of ['/', '/timeline/', `/entries/${entries[0]!.slug}/`]) {
    await page.goto(path);
    const name = await page.locator('.site-header .site-name').boundingBox();
    const heading = await page.locator('main h1').first().boundingBox();
    expect(Math.abs(name!.x - heading!.x), path).toBeLessThan(1);
  }
  await page.close();
});

test('a phone gets a compact header (no second search box; the nav’s Search leads to it), and every page ends with the site’s sections', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/', `/entries/${entries[0]!.slug}/`]) {
    await page.goto(path);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height, path).toBeLessThan(120);
    await expect(page.locator('.site-header .site-search').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-nav a[href="/search/"]').isVisible()).resolves.toBe(true);
    // At the end of a long page, the sections are there without scrolling back up.
    const headerLinks = await page.locator('.site-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const footerLinks = await page.locator('.footer-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(footerLinks).toEqual([...headerLinks, '#main']);
    await page.locator('.footer-nav a[href="/timeline/"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/timeline\/$/);
  }
  await page.close();
});

test.each([
  { width: 1366, height: 900 },
  { width: 1024, height: 768 },
])('a laptop screen gets a one-row header: name, sections and search box ($width×$height)', async (viewport) => {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  for (const path of ['/', '/timeline/', `/entries/${entries[0]!.slug}/`, '/search/']) {
    await page.goto(path);
    const header = (await page.locator('.site-header').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    const row = page.locator('.site-header .site-name, .site-nav li:visible, .site-header .site-search');
    const boxes = (await row.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      }),
    )) as Array<{ top: number; bottom: number; left: number; right: number }>;
    // One row: every piece overlaps the first one vertically, and the header is one line tall.
    const first = boxes[0]!;
    for (const b of boxes) expect(b.top < first.bottom && b.bottom > first.top, path).toBe(true);
    expect(header.height, path).toBeLessThan(70);
    // Nothing runs past the content column's right edge (main's padding is 1rem).
    for (const b of boxes) expect(b.right, path).toBeLessThanOrEqual(main.x + main.width - 16 + 1);
    const box = page.locator('.site-header .site-search');
    if (path === '/search/') {
      // The search page has its own box; the header keeps the link to it only here.
      await expect(box.count()).resolves.toBe(0);
      await expect(page.locator('.site-nav a[href="/search/"]').isVisible()).resolves.toBe(true);
    } else {
      await expect(box.isVisible()).resolves.toBe(true);
      // The box leads to the search page, so the nav's "Search" would be the same thing twice.
      await expect(page.locator('.site-nav a[href="/search/"]').isVisible()).resolves.toBe(false);
      // The placeholder is not cut off: the input is at least as wide as its text needs.
      const fits = await page
        .locator('#site-search')
        .evaluate((input) => (input as HTMLInputElement).scrollWidth <= (input as HTMLInputElement).clientWidth);
      expect(fits, path).toBe(true);
    }
  }
  await page.close();
});
