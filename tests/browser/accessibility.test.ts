import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, offsiteRequests } from '../helpers/browser';
import { pageTypes } from '../helpers/pages';
import type { BrowserContext } from 'playwright-core';

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launch()));
afterAll(async () => close?.());

describe.each(Object.entries(pageTypes()))('%s page', (type, url) => {
  test(`${url} has no axe-core violations (WCAG 2.2 A/AA and best practice), in light and dark`, async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      const res = await page.goto(url);
      // A page that failed to build would be served as the not-found page: only the not-found address may be a 404.
      expect(res?.status(), url).toBe(type === 'notFound' ? 404 : 200);
      if (type === 'notFound') expect(await page.locator('h1').textContent()).toBe('Page not found');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `${colorScheme} scheme`).toEqual([]);
      await page.close();
    }
  });
});

test('no page makes a request that leaves the site', async () => {
  for (const url of Object.values(pageTypes())) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.close();
  }
  expect(offsiteRequests(context)).toEqual([]);
});
