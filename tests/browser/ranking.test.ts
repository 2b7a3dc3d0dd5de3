/**
 * Search ranking as a reader sees it (issue 15), in Chromium: the query typed into /search/, the first result on the
 * page read off the DOM (groups one after the other). Expectations are found in the content by their properties,
 * not by slug; tests/unit/search-ranking.test.ts holds the engine to the same queries.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { contentDir } from '../../src/lib/content-dir';
import { validateContent } from '../../src/lib/validate';
import { launch } from '../helpers/browser';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

const record = validateContent(contentDir());

/** Types the query into /search/ and returns the result addresses in the order the page shows them. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto('/search/');
  await page.locator('#q').pressSequentially(query, { delay: 25 });
  // The results answer the whole query once the URL carries it (the page keeps ?q= in step with the box).
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query, { timeout: 20_000 });
  await page.waitForSelector('.search-results .result', { timeout: 20_000 });
  await page.waitForTimeout(300);
  return page.locator('.search-results .result-title').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
}

const names = [
  ['Patel', 'Priti Patel'],
  ['Barr', 'William P. Barr'],
  ['Wyden', 'Ron Wyden'],
] as const;

test.each(names)('“%s” → %s’s actor page is the first result on /search/', async (query, name) => {
  const actor = record.actors.find((a) => a.data.name === name || a.data.aliases.includes(name));
  expect(actor, name).toBeDefined();
  const page = await context.newPage();
  const shown = await search(page, query);
  expect(shown[0]).toBe(`/actors/${actor!.slug}/`);
  await page.close();
});

test('“earn it” → an EARN IT Act entry first, and no result without “earn” (not the export rules’ “EAR”)', async () => {
  const page = await context.newPage();
  const shown = await search(page, 'earn it');
  const first = record.entries.find((e) => `/entries/${e.slug}/` === shown[0]?.split('#')[0]);
  expect(first?.data.title).toMatch(/EARN IT/);
  const texts = await page.locator('.search-results .result').allTextContents();
  for (const t of texts) expect(t).toMatch(/earn/i);
  await page.close();
});

test('“chat control” → the EU regulation proposal (its alias) first', async () => {
  const proposal = record.entries.find((e) => e.data.aliases.some((a) => /^chat control$/i.test(a)));
  expect(proposal, 'an entry has the alias “chat control”').toBeDefined();
  const page = await context.newPage();
  expect((await search(page, 'chat control'))[0]).toBe(`/entries/${proposal!.slug}/`);
  await page.close();
});
