/**
 * "Cite this" as a reader uses it: Copy puts exactly the shown citation on the clipboard (by mouse and by
 * keyboard), a quote's compact citation opens and copies its own source's citation and permalink, and without
 * JavaScript every citation is there as plain text with no dead buttons.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, offsiteRequests } from '../helpers/browser';
import { richEntryPath } from '../helpers/pages';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

test('"Copy" puts exactly the shown citation on the clipboard, for each style', async () => {
  const page = await context.newPage();
  await page.goto(richEntryPath());
  for (const style of ['apa', 'mla', 'chicago']) {
    const shown = await page.locator(`#cite-original-${style}`).textContent();
    expect(shown!.length).toBeGreaterThan(20);
    const button = page.locator(`.cite-this button[data-copy-citation="cite-original-${style}"]`);
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    // The button says "Copied" once the (asynchronous) clipboard write has finished.
    await expect.poll(() => button.textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  }
  expect(offsiteRequests(context)).toEqual([]);
  await page.close();
});

test('keyboard only: a quote’s "Cite this quote" opens with Enter and its Copy buttons work', async () => {
  const page = await context.newPage();
  await page.goto(richEntryPath());
  const details = page.locator('details.quote-cite').first();
  const id = (await details.getAttribute('id'))!;
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);

  const shown = await page.locator(`#${id}-chicago`).textContent();
  const copyCitation = page.locator(`button[data-copy-citation="${id}-chicago"]`);
  await copyCitation.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => copyCitation.textContent()).toContain('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

  const permalink = await page.locator(`#${id}-permalink`).textContent();
  const copyLink = page.locator(`button[data-copy-citation="${id}-permalink"]`);
  await copyLink.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => copyLink.textContent()).toContain('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
  expect(permalink).toMatch(new RegExp(`/entries/[a-z0-9-]+/#quote-${id.replace('cite-quote-', '')}$`));
  await page.close();
});

test('without JavaScript every citation is readable and no Copy button is shown', async () => {
  const { context: noJs, close: closeNoJs } = await launch({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(richEntryPath());
  for (const style of ['apa', 'mla', 'chicago']) {
    await expect(page.locator(`#cite-original-${style}`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`#cite-via-${style}`).isVisible()).resolves.toBe(true);
  }
  expect(await page.locator('button[data-copy-citation]:visible').count()).toBe(0);
  await expect(page.locator('.cite-this .downloads a').count()).resolves.toBe(3);
  await page.close();
  await closeNoJs();
});

test('with every "Cite this quote" open, the entry page has no axe-core violations, light and dark', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(richEntryPath());
    await page.evaluate(() =>
      document.querySelectorAll('details.quote-cite').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    const results = await new AxeBuilder({ page })
      .include('.cite-this')
      .include('details.quote-cite')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      colorScheme,
    ).toEqual([]);
    await page.close();
  }
});
