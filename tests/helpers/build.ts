/** Real builds for tests: `npm run build`'s script (or `astro build` itself) on a content folder, into a folder. */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BuildRun {
  status: number | null;
  output: string;
}

/** `tsx scripts/build.ts` (what `npm run build` runs), or `astro build` with `astro: true`. */
export function build(options: { content: string; out: string; cache?: string; astro?: boolean }): BuildRun {
  const [cmd, args] = options.astro
    ? ['node_modules/.bin/astro', ['build']]
    : ['node_modules/.bin/tsx', ['scripts/build.ts']];
  const run = spawnSync(cmd, args, {
    env: {
      ...process.env,
      TRACKER_CONTENT_DIR: options.content,
      TRACKER_OUT_DIR: options.out,
      TRACKER_CACHE_DIR: options.cache ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ept-cache-')),
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Every file under `dir` (relative path → SHA-256 of its bytes). */
export function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/** The files that differ between two trees (missing on one side, or different bytes). */
export function treeDiff(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => a.get(n) !== b.get(n)).sort();
}
