/**
 * Broken content never publishes: a real `astro build` over the shipped content plus a broken fixture must fail,
 * print every problem (file, line, field, fix), and write nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { formatReport, validateContent } from '../../src/lib/validate';
import { childEnv } from '../helpers/child-env';

const FIXTURES = path.resolve('tests/fixtures/broken');
/** Actor files a fixture added (the shipped content's own actor of the same name wins). */
const copied = new Map<string, Set<string>>();

/** A copy of the shipped content with a fixture's files added (the fixture's actors only where missing). */
function contentWith(fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-guard-'));
  copied.set(dir, new Set());
  fs.cpSync(contentDir(), dir, { recursive: true });
  fs.cpSync(path.join(FIXTURES, fixture, 'entries'), path.join(dir, 'entries'), { recursive: true });
  for (const folder of ['dossiers', 'jurisdictions'])
    if (fs.existsSync(path.join(FIXTURES, fixture, folder)))
      fs.cpSync(path.join(FIXTURES, fixture, folder), path.join(dir, folder), { recursive: true });
  for (const f of fs.readdirSync(path.join(FIXTURES, fixture, 'actors'))) {
    const target = path.join(dir, 'actors', f);
    if (!fs.existsSync(target)) {
      fs.copyFileSync(path.join(FIXTURES, fixture, 'actors', f), target);
      copied.get(dir)!.add(f);
    }
  }
  return dir;
}

test.each(fs.readdirSync(FIXTURES).sort())('copying the %s fixture into content/ is caught by the validator', (fixture) => {
  const dir = contentWith(fixture);
  const addedActors = copied.get(dir)!;
  // A missing position summary depends on the whole folder (the shipped content has them all), so it is left out.
  const alone = validateContent(path.join(FIXTURES, fixture)).problems.filter(
    (p) =>
      (!p.file.includes(`${path.sep}actors${path.sep}`) || addedActors.has(path.basename(p.file))) &&
      !p.message.startsWith('is missing:'),
  );
  const merged = validateContent(dir).problems;
  expect(alone.length).toBeGreaterThan(0);
  // Every problem the fixture has on its own is reported in the merged content, with the same line and message.
  const key = (p: { file: string; line: number; col: number; field: string; message: string }) =>
    `${path.basename(p.file)}:${p.line}:${p.col} ${p.field} ${p.message}`;
  expect(merged.map(key)).toEqual(expect.arrayContaining(alone.map(key)));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('npm run build fails on broken content, lists every problem, and writes nothing', () => {
  const dir = contentWith('multiple');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-out-'));
  fs.rmSync(out, { recursive: true });
  const expected = validateContent(dir);
  expect(expected.problems.length).toBeGreaterThanOrEqual(4);
  const run = spawnSync('node_modules/.bin/astro', ['build'], {
    env: childEnv({ TRACKER_CONTENT_DIR: dir, TRACKER_OUT_DIR: out }),
    encoding: 'utf8',
    timeout: 240_000,
  });
  const output = run.stdout + run.stderr;
  expect(run.status).not.toBe(0);
  for (const line of formatReport(expected.problems, expected.fileCount).split('\n').filter((l) => l.includes(':  ')))
    expect(output).toContain(line);
  expect(output).toContain(`${expected.problems.length} problems`);
  expect(fs.existsSync(out) && fs.readdirSync(out).length > 0).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
}, 300_000);
