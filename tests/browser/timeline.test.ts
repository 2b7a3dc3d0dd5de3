/**
 * The timeline as a reader uses it: filtering through the form (state in the URL, back/forward), opening a shared
 * filtered address, clearing, a keyboard-only journey from the home page to an entry, and reading without
 * JavaScript. Expected matches are computed from the content, not by the page's own code.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { contentDir } from '../../src/lib/content-dir';
import { validateContent } from '../../src/lib/validate';
import { anchorYear } from '../../src/lib/dates';
import { launch } from '../helpers/browser';

const record = validateContent(contentDir());
const entries = record.entries;
const total = entries.length;

// The kind + actor pair with the most entries, among actors who also appear in entries of another kind, so each
// filter visibly narrows the list.
const pairs = new Map<string, number>();
for (const e of entries)
  for (const actor of new Set(e.data.actors.map((a) => a.actor))) {
    const key = `${e.data.kind} ${actor}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
const [kind, actor] = [...pairs]
  .filter(([key]) => {
    const [k, a] = key.split(' ');
    return entries.some((e) => e.data.kind !== k && e.data.actors.some((x) => x.actor === a));
  })
  .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0]
  .split(' ') as [string, string];
const ofKind = entries.filter((e) => e.data.kind === kind);
const ofKindAndActor = ofKind.filter((e) => e.data.actors.some((a) => a.actor === actor));

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

const visibleSlugs = (page: Page) =>
  page.$$eval('[data-tl-row]', (rows) =>
    rows
      .filter((r) => (r as HTMLElement).offsetParent !== null)
      .map((r) => r.querySelector('a.title')!.getAttribute('href')!.split('/')[2]!),
  );
const slugs = (list: typeof entries) => list.map((e) => e.slug).sort();
const query = (page: Page) => new URL(page.url()).search;

test(`filter by kind (${kind}) and actor (${actor}) through the form; the URL follows; back and forward restore`, async () => {
  const page = await context.newPage();
  await page.goto('/timeline/');
  const status = page.locator('#tl-status');
  await expect(status.textContent()).resolves.toBe(`Showing all ${total} entries.`);

  // The panel opens from the bar above the list.
  await page.locator('[data-tl-toggle]').click();
  await expect(page.locator('[data-tl-toggle]').getAttribute('aria-expanded')).resolves.toBe('true');
  await page.locator(`input[name="kind"][value="${kind}"]`).check();
  await page.waitForURL((u) => u.search === `?kind=${kind}`);
  expect((await visibleSlugs(page)).sort()).toEqual(slugs(ofKind));
  await expect(status.textContent()).resolves.toContain(`${ofKind.length} of ${total}`);

  await page.locator('details[data-facet="actor"] summary').click();
  await page.locator(`input[name="actor"][value="${actor}"]`).check();
  await page.waitForURL((u) => u.search === `?kind=${kind}&actor=${actor}`);
  expect((await visibleSlugs(page)).sort()).toEqual(slugs(ofKindAndActor));
  await expect(status.textContent()).resolves.toContain(`${ofKindAndActor.length} of ${total}`);
  expect(await status.getAttribute('aria-live')).toBe('polite');

  await page.goBack();
  expect(query(page)).toBe(`?kind=${kind}`);
  await expect(page.locator(`input[name="actor"][value="${actor}"]`).isChecked()).resolves.toBe(false);
  await expect(page.locator(`input[name="kind"][value="${kind}"]`).isChecked()).resolves.toBe(true);
  expect((await visibleSlugs(page)).sort()).toEqual(slugs(ofKind));

  await page.goBack();
  expect(query(page)).toBe('');
  expect(await visibleSlugs(page)).toHaveLength(total);
  await expect(status.textContent()).resolves.toBe(`Showing all ${total} entries.`);

  await page.goForward();
  expect(query(page)).toBe(`?kind=${kind}`);
  expect((await visibleSlugs(page)).sort()).toEqual(slugs(ofKind));
  await page.close();
});

test('a shared filtered address opens filtered, and "Clear filters" is one click back to everything', async () => {
  // The busiest jurisdiction over the busiest span of years, written in lower case as people type it.
  const counts = new Map<string, number>();
  for (const e of entries) for (const j of e.data.jurisdictions) counts.set(j, (counts.get(j) ?? 0) + 1);
  const [jurisdiction] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const years = entries.map((e) => anchorYear(e.data.date)).sort((a, b) => a - b);
  const from = years[Math.floor(years.length / 4)]!;
  const to = years[Math.floor((3 * years.length) / 4)]!;
  const expected = entries.filter((e) => {
    const y = anchorYear(e.data.date);
    return e.data.jurisdictions.includes(jurisdiction) && y >= from && y <= to;
  });
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(total);

  const page = await context.newPage();
  await page.goto(`/timeline/?jurisdiction=${jurisdiction.toLowerCase()}&from=${from}&to=${to}`);
  await page.waitForFunction(() => !document.querySelector('#tl-status')!.textContent.startsWith('Showing all'));
  expect((await visibleSlugs(page)).sort()).toEqual(slugs(expected));
  await expect(page.locator(`input[name="jurisdiction"][value="${jurisdiction}"]`).isChecked()).resolves.toBe(true);
  await expect(page.locator('select[name="from"]').inputValue()).resolves.toBe(String(from));
  await expect(page.locator('select[name="to"]').inputValue()).resolves.toBe(String(to));
  await expect(page.locator('#tl-status').textContent()).resolves.toContain(`${expected.length} of ${total}`);
  // A year group with no match is hidden with its rows.
  const hiddenYears = await page.$$eval('section.tl-year', (s) => s.filter((x) => (x as HTMLElement).hidden).length);
  expect(hiddenYears).toBeGreaterThan(0);

  // The panel is closed until asked for (the bar shows how many filters are set); "Clear filters" is in it.
  await expect(page.locator('#tl-filters').isVisible()).resolves.toBe(false);
  await expect(page.locator('[data-tl-active]').textContent()).resolves.toBe(' (2)');
  await page.locator('[data-tl-toggle]').click();
  await page.locator('button[data-clear]').click();
  await page.waitForURL((u) => u.search === '');
  expect(await visibleSlugs(page)).toHaveLength(total);
  await expect(page.locator('button[data-clear]').isDisabled()).resolves.toBe(true);
  // The now disabled button gives focus back to the form, not to the page.
  await expect(page.evaluate(() => document.activeElement?.closest('#tl-filters') !== null)).resolves.toBe(true);
  await page.close();
});

test('an address naming a value the record lacks says so instead of silently showing nothing', async () => {
  const page = await context.newPage();
  await page.goto(`/timeline/?kind=${kind}&actor=no-such-actor`);
  await page.waitForFunction(() => !document.querySelector('#tl-status')!.textContent.startsWith('Showing all'));
  expect((await visibleSlugs(page)).sort()).toEqual(slugs(ofKind));
  await expect(page.locator('#tl-status').textContent()).resolves.toContain('ignored');
  await page.close();
});

// A reader may see the page painted at any point while it is still arriving; the last such point is the end of
// parsing (readyState "interactive"), just before module scripts run. Nothing the scripts do may move the list from
// where it was then, and the browser must report no layout shift. Checked on a wide screen (the short filter groups
// open) and a narrow one (all closed).
test.each([
  ['wide', { width: 1280, height: 800 }],
  ['narrow', { width: 375, height: 700 }],
])('the list does not move when the filters enhance the page (%s screen)', async (_, viewport) => {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.addInitScript(() => {
    type Box = { x: number; y: number; width: number; height: number };
    const probe: { shifts: number[]; parsed?: Box } = { shifts: [] };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
        if (!e.hadRecentInput) probe.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const r = document.querySelector('[data-tl-row]')!.getBoundingClientRect();
      probe.parsed = { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    });
  });
  await page.goto('/timeline/');
  // Layout shifts are reported frame by frame: let two frames pass after load before reading them.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { parsed, now, shifts } = await page.evaluate(() => {
    const probe = (window as unknown as { __probe: { shifts: number[]; parsed?: unknown } }).__probe;
    const r = document.querySelector('[data-tl-row]')!.getBoundingClientRect();
    return {
      parsed: probe.parsed,
      now: { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height },
      shifts: probe.shifts,
    };
  });
  // The bar's button is in place; the panel waits for it.
  await expect(page.locator('[data-tl-toggle]').isVisible()).resolves.toBe(true);
  await expect(page.locator('#tl-filters').isVisible()).resolves.toBe(false);
  expect(parsed).toBeDefined();
  expect(now).toEqual(parsed);
  expect(shifts.filter((v) => v > 0)).toEqual([]);
  await page.close();
});

test('a closed filter group puts its checkboxes in place when first opened, by keyboard as by mouse', async () => {
  const tags = [...new Set(entries.flatMap((e) => e.data.tags))];
  const page = await context.newPage();
  await page.goto('/timeline/');
  await page.locator('[data-tl-toggle]').click();
  const group = page.locator('details[data-facet="tag"]');
  // Until then they are not in the live page (a long page stays light).
  await expect(group.locator('input[type="checkbox"]').count()).resolves.toBe(0);
  await group.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(group.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
  await expect(group.locator('input[type="checkbox"][name="tag"]').count()).resolves.toBe(tags.length);
  // Past the type-to-find box, the first box.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('tag');
  await page.keyboard.press('Space');
  await page.waitForURL((u) => u.search.startsWith('?tag='));
  await page.close();
});

test('keyboard only: home → timeline → an entry', async () => {
  const page = await context.newPage();
  await page.goto('/');
  const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
  let href: string | null = null;
  for (let i = 0; i < 20 && href !== '/timeline/'; i++) {
    await page.keyboard.press('Tab');
    href = await focusedHref();
  }
  expect(href).toBe('/timeline/');
  await Promise.all([page.waitForURL('**/timeline/'), page.keyboard.press('Enter')]);
  // The skip link first, then on through the page to the first entry.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  href = null;
  for (let i = 0; i < 200 && !href?.startsWith('/entries/'); i++) {
    await page.keyboard.press('Tab');
    href = await focusedHref();
  }
  expect(href).toMatch(/^\/entries\/[a-z0-9-]+\/$/);
  const slug = href!.split('/')[2]!;
  await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
  await expect(page.locator('h1').textContent()).resolves.toBe(entries.find((e) => e.slug === slug)!.data.title);
  await page.close();
});

test('without JavaScript the timeline lists every entry and the facet pages are linked', async () => {
  const { context: noJs, close: closeNoJs } = await launch({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto('/timeline/');
  expect((await visibleSlugs(page)).sort()).toEqual(slugs(entries));
  // The filter form needs the script, so it stays hidden rather than broken, and a notice says so.
  await expect(page.locator('#tl-filters').isVisible()).resolves.toBe(false);
  await expect(page.locator('[data-tl-toggle]').isVisible()).resolves.toBe(false);
  await expect(page.locator('.tl-nojs').textContent()).resolves.toMatch(/Filtering needs JavaScript/);
  await expect(page.locator('.tl-nojs a[href="/kinds/"]').isVisible()).resolves.toBe(true);
  for (const href of ['/kinds/', '/jurisdictions/', '/tags/', '/years/'])
    await expect(page.locator(`nav[aria-label="Browse by"] a[href="${href}"]`).isVisible()).resolves.toBe(true);
  await closeNoJs();
});
