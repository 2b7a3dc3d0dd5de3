/**
 * Search as a reader uses it, in Chromium: typing with a typo, landing on the quote, sharing /search/?q=, the
 * header box by keyboard alone, markup shown as text, the page without JavaScript, and axe with results shown.
 * Expectations come from the content (the record), not from fixed slugs.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { contentDir } from '../../src/lib/content-dir';
import { validateContent } from '../../src/lib/validate';
import type { SearchPayload } from '../../src/lib/search/payload';
import { launch, offsiteRequests } from '../helpers/browser';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

const record = validateContent(contentDir());
/** Barr's July 2019 speech and its "warrant-proof" quote: what "warant proof" must find first. */
const speech = record.entries.find(
  (e) =>
    e.data.kind === 'speech' &&
    e.data.date.startsWith('2019-07') &&
    e.data.actors.some((a) => a.actor === 'william-barr' && a.role === 'speaker'),
)!;
const warrantQuote = speech.data.quotes.find((q) => /warrant-proof/i.test(q.text))!;
const warrantQuoteUrl = `/entries/${speech.slug}/#quote-${warrantQuote.id}`;

const firstHref = (page: Page, kind: string) =>
  page.locator(`.result-group:has(#results-${kind}) .result-title`).first().getAttribute('href');

async function waitForResults(page: Page): Promise<void> {
  await page.waitForSelector('.search-results .result', { timeout: 20_000 });
}

test('typing a query with a typo on /search/ shows the expected quote and entry first', async () => {
  expect(speech && warrantQuote, 'the record has Barr’s July 2019 speech with its warrant-proof quote').toBeTruthy();
  const page = await context.newPage();
  await page.goto('/search/');
  await page.locator('#q').pressSequentially('warant proof', { delay: 25 });
  await page.waitForFunction(
    (url) =>
      document
        .querySelector('#results-quote')
        ?.closest('section')
        ?.querySelector('.result-title')
        ?.getAttribute('href') === url,
    warrantQuoteUrl,
    { timeout: 20_000 },
  );
  expect(await firstHref(page, 'entry')).toBe(`/entries/${speech.slug}/`);
  // The matched words are marked, as <mark> elements.
  expect(await page.locator('.search-results mark').first().textContent()).toMatch(/warrant/i);
  // The count is announced after a pause in typing (400 ms), so wait for it rather than read it once.
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 5_000 }).toMatch(/quote/);
  await page.close();
});

test('clicking a quote result lands on the quote’s anchor, which is highlighted', async () => {
  const page = await context.newPage();
  await page.goto(`/search/?q=${encodeURIComponent('warant proof')}`);
  await waitForResults(page);
  await Promise.all([
    page.waitForURL(`**${warrantQuoteUrl}`),
    page.locator('.result-quote .result-title').first().click(),
  ]);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`quote-${warrantQuote.id}`);
  const looks = await page.evaluate(() => {
    const target = document.querySelector(':target')!;
    const other = [...document.querySelectorAll('figure.quote[id]')].find((q) => q !== target);
    const style = (el: Element | undefined) => (el ? getComputedStyle(el) : undefined);
    return {
      target: [style(target)!.backgroundColor, style(target)!.borderLeftColor],
      other: other ? [style(other)!.backgroundColor, style(other)!.borderLeftColor] : undefined,
    };
  });
  if (looks.other) expect(looks.target).not.toEqual(looks.other);
  expect(looks.target[0]).not.toBe('rgba(0, 0, 0, 0)');
  await page.close();
});

test('/search/?q= restores a search, and typing replaces the address without adding history', async () => {
  const law = record.entries.find((e) => e.data.kind === 'law' && /\bCALEA\b/.test(e.data.title))!;
  const page = await context.newPage();
  await page.goto('/search/?q=calea');
  await waitForResults(page);
  expect(await page.locator('#q').inputValue()).toBe('calea');
  expect(await firstHref(page, 'entry')).toBe(`/entries/${law.slug}/`);
  const before = await page.evaluate(() => history.length);
  await page.locator('#q').press('End');
  await page.locator('#q').pressSequentially(' act', { delay: 25 });
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'calea act');
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect(await page.title()).toContain('calea act');
  // Reloading the address gives the same search back.
  await page.reload();
  await waitForResults(page);
  expect(await page.locator('#q').inputValue()).toBe('calea act');
  await page.close();
});

test('keyboard only: "/" focuses the header box, arrows move through the results, Enter opens the highlighted one', async () => {
  const actor = record.actors.find((a) => /Zuckerberg/.test(a.data.name))!;
  const page = await context.newPage();
  await page.goto('/actors/');
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
  await page.keyboard.type('zuckerbrg', { delay: 25 });
  const box = page.locator('#site-search');
  await page.waitForSelector('#site-search-listbox [role="option"]', { timeout: 20_000 });
  expect(await box.getAttribute('role')).toBe('combobox');
  expect(await box.getAttribute('aria-expanded')).toBe('true');
  expect(await box.getAttribute('aria-controls')).toBe('site-search-listbox');
  const options = page.locator('#site-search-listbox [role="option"]');
  const hrefs = await options.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.href));
  expect(hrefs).toContain(`/actors/${actor.slug}/`);

  await page.keyboard.press('ArrowDown');
  const first = await options.first().getAttribute('id');
  expect(await box.getAttribute('aria-activedescendant')).toBe(first);
  expect(await options.first().getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  expect(await box.getAttribute('aria-activedescendant')).toBe(first);
  // Focus never left the box.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');

  // Move to the actor and open it with Enter.
  const target = hrefs.indexOf(`/actors/${actor.slug}/`);
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  expect(await page.locator(`#${await box.getAttribute('aria-activedescendant')}`).getAttribute('data-href')).toBe(
    `/actors/${actor.slug}/`,
  );
  await Promise.all([page.waitForURL(`**/actors/${actor.slug}/`), page.keyboard.press('Enter')]);
  await page.close();
});

test('header box: Enter on a highlighted quote lands on its anchor; Escape closes; Enter alone opens the results page', async () => {
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('#site-search').focus();
  await page.keyboard.type('warant proof', { delay: 25 });
  await page.waitForSelector(`#site-search-listbox [data-href="${warrantQuoteUrl}"]`, { timeout: 20_000 });
  await page.keyboard.press('Escape');
  expect(await page.locator('#site-search').getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('ArrowDown');
  expect(await page.locator('#site-search').getAttribute('aria-expanded')).toBe('true');
  expect(await page.locator('#site-search-option-0').getAttribute('data-href')).toBe(warrantQuoteUrl);
  await Promise.all([page.waitForURL(`**${warrantQuoteUrl}`), page.keyboard.press('Enter')]);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`quote-${warrantQuote.id}`);

  // Nothing highlighted: Enter submits the form to the results page.
  await page.locator('#site-search').fill('calea');
  await Promise.all([page.waitForURL('**/search/?q=calea'), page.locator('#site-search').press('Enter')]);
  await waitForResults(page);
  await page.close();
});

test('"/" typed inside a field is just a character', async () => {
  const page = await context.newPage();
  await page.goto('/search/');
  await page.locator('#q').focus();
  await page.keyboard.type('a/b');
  expect(await page.locator('#q').inputValue()).toBe('a/b');
  await page.close();
});

test('markup in a quote or a query is shown as text and runs nothing', async () => {
  const markup = '<img src=x onerror=alert(1)>';
  const xss = await launch();
  // Test-only: the index the browser receives gains a quote and an actor made of markup.
  await xss.context.route('**/search-index.json', async (route) => {
    const res = await route.fetch();
    const payload = (await res.json()) as SearchPayload;
    payload.quotes.push([0, 'xss', `${markup} zzmarkup`, [0], 0, markup]);
    payload.actors.push(['xss-actor', `${markup} zzmarkup`, 0, '', [markup], [markup], 0]);
    await route.fulfill({ response: res, json: payload });
  });
  const page = await xss.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`/search/?q=${encodeURIComponent('zzmarkup')}`);
  await waitForResults(page);
  expect(await page.locator('.result-quote .result-title').first().textContent()).toBe(`“${markup} zzmarkup”`);
  expect(await page.locator('.result-actor .result-title').first().textContent()).toBe(`${markup} zzmarkup`);
  // A query made of markup is echoed as text too.
  await page.locator('#q').fill(`${markup} zzmarkup`);
  await page.waitForFunction(
    () => document.querySelector('[data-search-status]')?.textContent?.includes('<img'),
    undefined,
    {
      timeout: 20_000,
    },
  );
  // The header dropdown draws the same way.
  await page.goto('/');
  await page.locator('#site-search').focus();
  await page.keyboard.type('zzmarkup', { delay: 20 });
  await page.waitForSelector('#site-search-listbox [role="option"]', { timeout: 20_000 });
  expect(await page.locator('#site-search-listbox').textContent()).toContain(markup);
  expect(await page.locator('#site-search-listbox img, .search-results img').count()).toBe(0);
  await page.waitForTimeout(300); // let a broken image's onerror fire, were there one
  expect(dialogs).toEqual([]);
  await xss.close();
});

test('without JavaScript the header form goes to /search/, which says search needs JavaScript and where to browse', async () => {
  const { context: noJs, close: closeNoJs } = await launch({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto('/');
  await page.locator('#site-search').fill('warrant');
  await Promise.all([page.waitForURL('**/search/?q=warrant'), page.locator('#site-search').press('Enter')]);
  const message = page.locator('.search-nojs');
  await expect(message.isVisible()).resolves.toBe(true);
  expect(await message.textContent()).toMatch(/Search needs JavaScript/);
  for (const href of ['/timeline/', '/actors/', '/kinds/', '/jurisdictions/', '/tags/'])
    expect(await message.locator(`a[href="${href}"]`).count(), href).toBe(1);
  await closeNoJs();
});

test('axe-core finds no violations on /search/ with results shown, nor with the header results open (light and dark)', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`/search/?q=${encodeURIComponent('kind:lettr barr')}`);
    await waitForResults(page);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('Found'));
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const summary = (r: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
      r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary(await new AxeBuilder({ page }).withTags(tags).analyze()), `${colorScheme} /search/`).toEqual([]);

    await page.goto('/');
    await page.locator('#site-search').focus();
    await page.keyboard.type('barr', { delay: 20 });
    await page.waitForSelector('#site-search-listbox [role="option"]', { timeout: 20_000 });
    await page.keyboard.press('ArrowDown');
    expect(summary(await new AxeBuilder({ page }).withTags(tags).analyze()), `${colorScheme} header results`).toEqual(
      [],
    );
    await page.close();
  }
  expect(offsiteRequests(context)).toEqual([]);
});

test('a record served in fragments: the worker fetches the manifest and only the fragments a query needs', async () => {
  // Test-only: the shipped record is small enough to be served whole; here it is cut into small fragments, as a
  // record of 5 000 records or more is, and served at the addresses the build would give them.
  const { buildRecord } = await import('../../src/lib/record');
  const { buildSearchRecords } = await import('../../src/lib/search/records');
  const { splitSearchIndex } = await import('../../src/lib/search/fragments');
  const records = buildSearchRecords(
    buildRecord(
      record.entries.map((e) => ({ slug: e.slug, data: e.data })),
      record.actors.map((a) => ({ slug: a.slug, data: a.data })),
    ),
  );
  const { manifest, fragments } = splitSearchIndex(records, { block: 8, postingsChars: 2000 });
  const split = await launch();
  const fetched: string[] = [];
  await split.context.route('**/search-index.json', (route) => route.fulfill({ json: manifest }));
  await split.context.route(`**/search-index/${manifest.dir}/*.json`, (route) => {
    const name = /\/([^/]+)\.json$/.exec(route.request().url())![1]!;
    fetched.push(name);
    const body = fragments.get(name);
    return body === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ body, contentType: 'application/json; charset=utf-8' });
  });
  const page = await split.context.newPage();
  await page.goto(`/search/?q=${encodeURIComponent('warant proof')}`);
  await waitForResults(page);
  expect(await firstHref(page, 'quote')).toBe(warrantQuoteUrl);
  expect(await firstHref(page, 'entry')).toBe(`/entries/${speech.slug}/`);
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.length, 'a few fragments, not the index').toBeLessThan(fragments.size / 4);
  expect(fetched).not.toContain('f');
  // A filter brings the filters' fields.
  await page.locator('#q').fill('warrant kind:speech');
  await page.waitForFunction(() => document.querySelector('.search-results .result') !== null);
  await expect.poll(() => fetched.includes('f'), { timeout: 20_000 }).toBe(true);
  expect(offsiteRequests(split.context)).toEqual([]);
  await page.close();
  await split.close();
});
