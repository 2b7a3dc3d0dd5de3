/** What a reader does: keyboard-only navigation, quote permalinks, copying a link, reading without JavaScript. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch } from '../helpers/browser';
import { richEntryPath } from '../helpers/pages';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

test('keyboard only: skip link, then Tab reaches an entry from the home page and Enter opens it', async () => {
  const page = await context.newPage();
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => ({
    text: document.activeElement?.textContent,
    href: document.activeElement?.getAttribute('href'),
  }));
  expect(skip).toEqual({ text: 'Skip to content', href: '#main' });
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  // Tab on until focus lands on an entry link, then follow it with Enter.
  let href: string | null = null;
  for (let i = 0; i < 40 && !href?.startsWith('/entries/'); i++) {
    await page.keyboard.press('Tab');
    href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
  }
  expect(href).toMatch(/^\/entries\/[a-z0-9-]+\/$/);
  // The focused element is visibly outlined.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
  await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
  await page.close();
});

test('a quote permalink opens the entry at the quote, and "Copy link" copies that permalink', async () => {
  const entry = richEntryPath();
  const page = await context.newPage();
  await page.goto(entry);
  const quote = page.locator('figure.quote[id]').first();
  const id = await quote.getAttribute('id');
  expect(id).toMatch(/^quote-/);
  await page.goto(`${entry}#${id}`);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
  const button = quote.locator('button[data-copy-link]');
  await expect(button.isVisible()).resolves.toBe(true);
  await button.focus();
  await page.keyboard.press('Enter');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(`${entry}#${id}`, page.url()).href);
  await expect(button.textContent()).resolves.toContain('Link copied');
  await page.close();
});

test('without JavaScript an entry is fully readable: quotes, sources, permalinks', async () => {
  const { context: noJs, close: closeNoJs } = await launch({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  const entry = richEntryPath();
  await page.goto(entry);
  await expect(page.locator('h1').count()).resolves.toBe(1);
  expect(await page.locator('ol.sources li a[href^="http"]').count()).toBeGreaterThan(0);
  expect(await page.locator('figure.quote a[data-permalink]').count()).toBeGreaterThan(0);
  // The copy button needs JavaScript, so it stays hidden rather than broken.
  expect(await page.locator('button[data-copy-link]:visible').count()).toBe(0);
  await closeNoJs();
});

test('print: navigation is hidden and source addresses are printed after their links', async () => {
  const page = await context.newPage();
  await page.goto(richEntryPath());
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-nav').isVisible()).toBe(false);
  const after = await page.evaluate(
    () => getComputedStyle(document.querySelector('ol.sources a[href^="http"]')!, '::after').content,
  );
  expect(after).toContain('http');
  await page.close();
});
