/**
 * The hostile fixtures (tests/fixtures/hostile/<attack>/): each folder holds the files of one attack, laid over a
 * copy of the valid fixture (tests/fixtures/valid) to make a complete content folder. `empty-folder` is a content
 * folder on its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const HOSTILE = path.resolve('tests/fixtures/hostile');
const VALID = path.resolve('tests/fixtures/valid');

export const hostileFixtures = (): string[] =>
  fs
    .readdirSync(HOSTILE, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

/** A fresh content folder: the valid fixture with the attack's files on top (links copied as links). */
export function hostileContent(...attacks: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-hostile-'));
  if (!(attacks.length === 1 && attacks[0] === 'empty-folder')) fs.cpSync(VALID, dir, { recursive: true });
  for (const attack of attacks) fs.cpSync(path.join(HOSTILE, attack), dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}
