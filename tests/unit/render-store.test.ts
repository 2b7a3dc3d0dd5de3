import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { hashKey, RenderStore } from '../../src/lib/citations/render-store';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ept-store-')), 'sub', 'citations.json');

describe('the store of rendered citations', () => {
  test('keys differ when any part differs, including where the parts split', () => {
    expect(hashKey('apa', '{"a":1}')).toBe(hashKey('apa', '{"a":1}'));
    expect(hashKey('apa', '{"a":1}')).not.toBe(hashKey('mla', '{"a":1}'));
    expect(hashKey('ab', 'c')).not.toBe(hashKey('a', 'bc'));
  });

  test('what one build saved, the next build reads back; a different fingerprint discards it', () => {
    const file = tmp();
    const first = new RenderStore(file, 'fp1');
    expect(first.get('k1')).toBeUndefined();
    first.set('k1', '<i>one</i>');
    first.set('k2', 'two');
    expect(first.save()).toBe(true);

    const second = new RenderStore(file, 'fp1');
    expect(second.size).toBe(2);
    expect(second.get('k1')).toBe('<i>one</i>');
    expect(second.hits).toBe(1);

    expect(new RenderStore(file, 'fp2').size).toBe(0);
  });

  test('a save keeps only what was used since opening, and writes nothing when nothing changed', () => {
    const file = tmp();
    const a = new RenderStore(file, 'fp');
    a.set('old', 'x');
    a.set('kept', 'y');
    a.save();
    const b = new RenderStore(file, 'fp');
    b.get('kept');
    expect(b.save()).toBe(true);
    const c = new RenderStore(file, 'fp');
    expect(c.size).toBe(1);
    expect(c.get('old')).toBeUndefined();
    expect(c.get('kept')).toBe('y');
    const before = fs.statSync(file).mtimeMs;
    expect(c.save()).toBe(false);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  test('a damaged file is ignored and replaced; without a file the store is memory only', () => {
    const file = tmp();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{not json');
    const s = new RenderStore(file, 'fp');
    expect(s.size).toBe(0);
    s.set('k', 'v');
    s.save();
    expect(new RenderStore(file, 'fp').get('k')).toBe('v');

    const memory = new RenderStore(undefined, 'fp');
    memory.set('k', 'v');
    expect(memory.save()).toBe(false);
    expect(memory.get('k')).toBe('v');
  });
});
