import { defineConfig } from 'vitest/config';

// Four kinds of test, run in this order by `npm test`:
//  unit    — pure modules (dates, schema, validator, derived data), no build needed; TZ is pinned per run.
//  dev     — the development server stays fresh when content changes (starts `astro dev` itself).
//  dist    — reads the built site in dist/ (run `npm run build` first).
//  browser — drives Debian's Chromium through playwright-core against `astro preview` of dist/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'unit-far-tz',
          include: ['tests/unit/**/*.tz.test.ts'],
          env: { TZ: 'Pacific/Kiritimati' },
        },
      },
      {
        test: {
          name: 'unit-west-tz',
          include: ['tests/unit/**/*.tz.test.ts'],
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      {
        // Starts `astro dev` on a copy of a small content folder and edits it (no build needed).
        test: { name: 'dev', include: ['tests/dev/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 150_000 },
      },
      {
        // Some tests read every built page: seconds on the shipped record, a minute on a corpus (npm run test:corpus).
        // There are no timing asserts, so the limit is only a hang guard on a loaded 2-core machine.
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Generous limits: axe over a large page on a busy 2-core machine takes tens of seconds (no timing asserts).
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/browser/global-setup.ts'],
        },
      },
    ],
  },
});
