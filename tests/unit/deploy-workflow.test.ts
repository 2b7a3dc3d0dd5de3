/**
 * The deploy workflow (.github/workflows/deploy.yml) and the headers file (public/_headers) cannot run here; what can
 * be checked is that the workflow parses, runs the commands of .ci/run in the same order and installs the same
 * tools, keeps Astro's cache folder keyed on the lockfile and the CSL styles, and that the headers file is well formed
 * and carries the long-lived caching and security headers the README promises.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const workflow = parse(fs.readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const ciRun = fs.readFileSync('.ci/run', 'utf8');
const build = workflow.jobs['build']!.steps;
const runs = build.flatMap((s) => (s.run ? s.run.split('\n').map((l) => l.trim()) : [])).filter(Boolean);

describe('the deploy workflow', () => {
  test('parses, runs on pushes to main, and may deploy to Pages', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'workflow_dispatch']));
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs['deploy']!.needs).toBe('build');
    expect(workflow.jobs['deploy']!.steps.map((s) => s.uses)).toContainEqual(
      expect.stringMatching(/^actions\/deploy-pages@/),
    );
    expect(build.map((s) => s.uses)).toContainEqual(expect.stringMatching(/^actions\/upload-pages-artifact@/));
  });

  test('runs the npm commands of .ci/run, in the same order', () => {
    const ciCommands = ciRun
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^npm /.test(l));
    expect(ciCommands).toEqual(['npm ci --no-audit --no-fund', 'npm test', 'npm run bench:smoke']);
    const positions = ciCommands.map((c) => runs.indexOf(c));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('installs every Debian package .ci/run may install', () => {
    const packages = [...ciRun.matchAll(/need\+=\(([^)]*)\)/g)].flatMap((m) => m[1]!.trim().split(/\s+/));
    expect(packages.length).toBeGreaterThan(5);
    const install = runs.find((l) => l.includes('apt-get install'))!;
    for (const p of packages) expect(install.split(/\s+/)).toContain(p);
  });

  test('keeps the deploy build’s Astro cache folder, keyed on the lockfile and the CSL styles', () => {
    const cache = build.find((s) => s.uses?.startsWith('actions/cache@'))!;
    expect(cache.with!['key']).toContain("hashFiles('package-lock.json', 'src/lib/citations/styles/*.csl')");
    const deployBuild = build.find((s) => s.run === 'npm run build')!;
    expect(deployBuild.env!['TRACKER_CACHE_DIR']).toBe('${{ github.workspace }}/' + cache.with!['path']);
    expect(deployBuild.env!['SITE_URL']).toBe('${{ steps.pages.outputs.origin }}/');
    expect(deployBuild.env!['BASE_PATH']).toBe('${{ steps.pages.outputs.base_path }}');
    // The cache is restored before the build that uses it, and after `npm ci` would not matter (it lives outside
    // node_modules/), but before the build is what counts.
    expect(build.indexOf(cache)).toBeLessThan(build.indexOf(deployBuild));
  });
});

describe('the _headers file', () => {
  const text = fs.readFileSync('public/_headers', 'utf8');
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
      expect(m, `not a header line: ${line}`).not.toBeNull();
      expect(current, `a header before any path: ${line}`).toBeDefined();
      current!.set(m![1]!, m![2]!);
    }
  }

  test('hashed assets are cached for a year, immutable', () => {
    expect(rules.get('/_astro/*')?.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    // The search index's fragments sit in a folder named by their hash (src/lib/search/fragments.ts).
    expect(rules.get('/search-index/*')?.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });

  test('every response carries the security headers, and the CSP header adds only what a <meta> cannot say', () => {
    const all = rules.get('/*')!;
    const csp = all
      .get('Content-Security-Policy')!
      .split(';')
      .map((d) => d.trim());
    expect(csp).toContain("frame-ancestors 'none'");
    // A header policy is enforced alongside each page's <meta> one, so it must not name script or style sources:
    // without the page's hashes it would block the site's own scripts.
    expect(csp.filter((d) => /^(script|style|default)-src/.test(d))).toEqual([]);
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all.get('Referrer-Policy')).toBe('same-origin');
    expect(all.get('X-Frame-Options')).toBe('DENY');
  });
});
