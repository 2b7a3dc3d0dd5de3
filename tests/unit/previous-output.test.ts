import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { moveAside } from '../../src/integrations/previous-output';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ept-out-'));

describe('the previous output, moved aside before a build', () => {
  test('a previous build is renamed aside whole and the output folder left empty', () => {
    const out = path.join(tmp(), 'dist');
    fs.mkdirSync(path.join(out, 'entries', 'a'), { recursive: true });
    fs.writeFileSync(path.join(out, 'entries', 'a', 'index.html'), 'old');
    const gone = moveAside(out);
    expect(gone).toEqual([`${out}.previous-${process.pid}`]);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(fs.readFileSync(path.join(gone[0]!, 'entries', 'a', 'index.html'), 'utf8')).toBe('old');
  });

  test('left to Astro: a missing or empty folder, and one holding .git', () => {
    const root = tmp();
    expect(moveAside(path.join(root, 'none'))).toEqual([]);
    fs.mkdirSync(path.join(root, 'empty'));
    expect(moveAside(path.join(root, 'empty'))).toEqual([]);
    fs.mkdirSync(path.join(root, 'git', '.git'), { recursive: true });
    expect(moveAside(path.join(root, 'git'))).toEqual([]);
    expect(fs.existsSync(path.join(root, 'git', '.git'))).toBe(true);
  });

  test('folders a killed build left are listed for deletion; a running build’s are not', () => {
    const root = tmp();
    const out = path.join(root, 'dist');
    fs.mkdirSync(`${out}.previous-999999999`, { recursive: true });
    fs.mkdirSync(`${out}.previous-${process.pid}`, { recursive: true });
    fs.mkdirSync(path.join(root, 'other.previous-999999999'), { recursive: true });
    expect(moveAside(out)).toEqual([`${out}.previous-999999999`]);
  });
});
