/**
 * Clears the previous output off the build's critical path. `astro build` empties its output folder before it
 * bundles, file by file on the main thread: at 1 000 entries (about 6 400 files) that took 6.5 s of a one-entry
 * rebuild's CPU profile, most of what the rebuild cost beyond a warm build into a fresh folder. So, before Astro
 * starts, the old folder is renamed aside (one rename on the same disk) and deleted on a worker thread while Astro
 * syncs content and bundles; the build waits for the deletion before it ends. Pages the incremental build keeps are
 * restored from the cache folder, never from the old output, so nothing is lost.
 *
 * Left to Astro: an output folder holding `.git` (Astro keeps it; a rename would move it away), one that cannot be
 * renamed (a mount point, another disk), and every command but `astro build`. Folders left by a killed build
 * (`<out>.previous-<pid>`, pid no longer running) are deleted the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Renames `out` aside when it holds a previous build; returns the folders to delete (its own and stale ones). */
export function moveAside(out: string): string[] {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const gone: string[] = [];
  if (fs.existsSync(parent))
    for (const name of fs.readdirSync(parent)) {
      const m = /\.previous-(\d+)$/.exec(name);
      if (m && name === `${base}.previous-${m[1]}` && !running(Number(m[1]))) gone.push(path.join(parent, name));
    }
  let entries: string[];
  try {
    entries = fs.readdirSync(out);
  } catch {
    return gone;
  }
  if (entries.length === 0 || entries.includes('.git')) return gone;
  const aside = path.join(parent, `${base}.previous-${process.pid}`);
  try {
    fs.renameSync(out, aside);
  } catch {
    return gone;
  }
  fs.mkdirSync(out);
  return [...gone, aside];
}

/**
 * Deletes folders on a worker thread, synchronously there: `fs.promises.rm` would queue thousands of unlinks in
 * libuv's small thread pool, ahead of the file reads, writes and copies Astro itself makes through it.
 */
function removeInBackground(folders: string[]): Promise<void> {
  const code = `const fs = require('node:fs');
for (const f of require('node:worker_threads').workerData) fs.rmSync(f, { recursive: true, force: true });`;
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, workerData: folders });
    // A leftover folder is removed by the next build: never fail this one over it.
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}

export default function previousOutput(): AstroIntegration {
  let command = '';
  let removal: Promise<unknown> = Promise.resolve();
  return {
    name: 'tracker-previous-output',
    hooks: {
      'astro:config:setup': ({ command: c }) => {
        command = c;
      },
      'astro:config:done': ({ config }) => {
        if (command !== 'build') return;
        const folders = moveAside(fileURLToPath(config.outDir).replace(/\/$/, ''));
        if (folders.length > 0) removal = removeInBackground(folders);
      },
      'astro:build:done': async () => {
        await removal;
      },
    },
  };
}
