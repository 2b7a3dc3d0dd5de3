/** `npm run new` writes a skeleton in the right folder, never overwrites, and the validator then guides the author. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

// Each case starts tsx a few times; on a busy 2-core machine that takes seconds (a limit, not a timing assertion).
vi.setConfig({ testTimeout: 120_000 });
import matter from 'gray-matter';
import { validateContent } from '../../src/lib/validate';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-new-'));
  fs.cpSync('tests/fixtures/valid', dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/new.ts', ...args], {
    env: { ...process.env, TRACKER_CONTENT_DIR: dir },
    encoding: 'utf8',
  });

test('an entry goes into the folder of its year, named from its title, with the date at the given precision', () => {
  const r = run('entry', 'Ministers’ Letter on Encryption', '--date', '2019-07', '--kind', 'letter');
  expect(r.status, r.stderr).toBe(0);
  const file = path.join(dir, 'entries', '2019', 'ministers-letter-on-encryption.mdx');
  expect(fs.existsSync(file)).toBe(true);
  const { data } = matter(fs.readFileSync(file, 'utf8'), {});
  expect(data).toMatchObject({
    title: 'Ministers’ Letter on Encryption',
    kind: 'letter',
    date: '2019-07',
    sources: [],
  });
  // The skeleton is incomplete on purpose: the validator names exactly what to fill in.
  const problems = validateContent(dir).problems.filter((p) => p.file.endsWith('ministers-letter-on-encryption.mdx'));
  expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
    'summary: must not be empty',
    'sources: must list at least one source',
  ]);
});

test('with a source given, the skeleton is valid as written, and a law gets a status', () => {
  const r = run(
    'entry',
    'A Test Act',
    '--date',
    '2016-11-29',
    '--kind',
    'law',
    '--source-url',
    'https://www.legislation.gov.uk/',
    '--publisher',
    'The National Archives',
  );
  expect(r.status, r.stderr).toBe(0);
  const file = path.join(dir, 'entries', '2016', 'a-test-act.mdx');
  const text = fs.readFileSync(file, 'utf8').replace("summary: ''", 'summary: A test.');
  fs.writeFileSync(file, text);
  expect(validateContent(dir).problems).toEqual([]);
  expect(matter(text, {}).data['status']).toEqual({
    state: 'introduced',
    asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    history: [{ date: '2016-11-29', state: 'introduced', source: 'primary' }],
  });
});

test('refuses to overwrite, and rejects a bad date or kind with the fix', () => {
  expect(run('actor', 'Jane Q. Example').status).toBe(0);
  const again = run('actor', 'Jane Q. Example');
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('already exists; not overwriting it');
  const badDate = run('entry', 'X', '--date', '2019-13-45');
  expect(badDate.status).toBe(1);
  expect(badDate.stderr).toContain('there is no month 13');
  const badKind = run('entry', 'X', '--kind', 'tweet');
  expect(badKind.status).toBe(1);
  expect(badKind.stderr).toContain('use one of letter, statement');
});
