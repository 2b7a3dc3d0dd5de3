/** The actor index's quick filter, and the network drawing's links, as a reader uses them. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { contentDir } from '../../src/lib/content-dir';
import { validateContent } from '../../src/lib/validate';
import { launch } from '../helpers/browser';

const record = validateContent(contentDir());
// An alias readers type (e.g. "Bill Barr"), matched whatever the case.
const withAlias = record.actors.find((a) => a.data.aliases.length > 0)!;
const alias = withAlias.data.aliases[0]!;

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

test(`typing part of a name or alias ("${alias}") narrows /actors/ and says how many match`, async () => {
  const page = await context.newPage();
  await page.goto('/actors/');
  const input = page.getByLabel('Find an actor by name');
  await input.fill(alias.toUpperCase());
  const visible = await page.$$eval('[data-actor-names]', (items) =>
    items
      .filter((li) => (li as HTMLElement).offsetParent !== null)
      .map((li) => li.querySelector('a')!.getAttribute('href')),
  );
  const expected = record.actors.filter((a) =>
    [a.data.name, ...a.data.aliases].join(' | ').toLowerCase().includes(alias.toLowerCase()),
  );
  expect(visible.sort()).toEqual(expected.map((a) => `/actors/${a.slug}/`).sort());
  await expect(page.locator('#actor-filter-status').textContent()).resolves.toBe(
    `${expected.length} of ${record.actors.length} actors match.`,
  );
  await input.fill('');
  expect(await page.locator('[data-actor-names]:visible').count()).toBe(record.actors.length);
  await page.close();
});

test('a node of the network drawing opens its actor page', async () => {
  const page = await context.newPage();
  await page.goto('/actors/network/');
  const node = page.locator('svg .nodes a').first();
  const href = await node.getAttribute('href');
  expect(href).toMatch(/^\/actors\/[a-z0-9-]+\/$/);
  await node.focus();
  await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
  const slug = href!.split('/')[2];
  await expect(page.locator('h1').textContent()).resolves.toBe(record.actors.find((a) => a.slug === slug)!.data.name);
  await page.close();
});
