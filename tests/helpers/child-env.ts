/**
 * The environment for a build or server a test starts: the test's own, without what vitest adds to it
 * (`VITEST*`, `TEST`, `NODE_ENV=test`, and Vite's `BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR`), which a child Astro
 * would take for its own settings (a `BASE_URL` of "/" overrides the base the build is asked for).
 */
const VITEST_VARIABLES = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name))),
    ...extra,
  };
}
