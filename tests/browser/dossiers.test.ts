/** The dossier page and the map as readers use them: keyboard only, and without JavaScript. (axe: accessibility.test.ts.) */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch } from '../helpers/browser';
import { dossierPath } from '../helpers/pages';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

test.runIf(dossierPath())(
  'keyboard only: the map’s country links take focus, visibly, and Enter opens the jurisdiction',
  async () => {
    const page = await context.newPage();
    await page.goto('/jurisdictions/');
    let href: string | null = null;
    for (let i = 0; i < 80 && !href?.match(/^\/jurisdictions\/[a-z]+\/$/); i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() =>
        document.activeElement?.closest('svg.world-map') ? document.activeElement.getAttribute('href') : null,
      );
    }
    expect(href).toMatch(/^\/jurisdictions\/[a-z]+\/$/);
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(name).toMatch(/^.+: .+$/);
    // The focused country is outlined (a thicker stroke in the accent colour).
    const stroke = await page.evaluate(
      () => getComputedStyle(document.activeElement!.querySelector('path, rect')!).strokeWidth,
    );
    expect(parseFloat(stroke)).toBeGreaterThanOrEqual(3);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    await expect(page.locator('#position-heading').count()).resolves.toBe(1);
    await page.close();
  },
);

test.runIf(dossierPath())('keyboard only: a stage of the tracker links to its dated step in the history', async () => {
  const page = await context.newPage();
  await page.goto(dossierPath()!);
  let href: string | null = null;
  for (let i = 0; i < 60 && !href?.startsWith('#step-'); i++) {
    await page.keyboard.press('Tab');
    href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
  }
  expect(href).toMatch(/^#step-\d+$/);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(href!.slice(1));
  await page.close();
});

test.runIf(dossierPath())('without JavaScript the dossier page and the map are fully readable', async () => {
  const { context: noJs, close: closeNoJs } = await launch({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(dossierPath()!);
  await expect(page.locator('ol.tracker li[aria-current="step"]').isVisible()).resolves.toBe(true);
  expect(await page.locator('ol.history > li').count()).toBeGreaterThan(1);
  expect(await page.locator('#status-heading').textContent()).toMatch(/^Status as of /);
  await page.goto('/jurisdictions/map/e2ee-restrictions/');
  await expect(page.locator('svg.world-map').isVisible()).resolves.toBe(true);
  expect(await page.locator('svg.world-map a').count()).toBeGreaterThan(10);
  await expect(page.locator('nav.map-switch a[aria-current="page"]').textContent()).resolves.toContain('end-to-end');
  await closeNoJs();
});
