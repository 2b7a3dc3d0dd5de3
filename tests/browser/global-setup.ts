/**
 * Serves the built site (dist/, or TRACKER_OUT_DIR) with `astro preview` on 127.0.0.1:4329 (or PREVIEW_PORT) for
 * the browser tests, and stops it after.
 * The binary is started directly (not through npx) so killing it stops the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

let server: ChildProcess | undefined;

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

const PORT = process.env.PREVIEW_PORT ?? '4329';
const OUT = process.env.TRACKER_OUT_DIR ?? 'dist';

export async function setup(): Promise<void> {
  if (!fs.existsSync(path.join(OUT, 'index.html')))
    throw new Error(`${OUT}/ is missing: run \`npm run build\` before the browser tests`);
  if (!fs.existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH)
    throw new Error("Chromium is missing: install Debian's chromium (apt-get install chromium), as .ci/run does");
  if (process.env.PREVIEW_URL) return;
  server = spawn(path.resolve('node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', PORT], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  try {
    await waitFor(`http://127.0.0.1:${PORT}/`, 60_000);
  } catch (e) {
    server.kill();
    throw new Error(`${(e as Error).message}\n${log}`);
  }
}

export async function teardown(): Promise<void> {
  server?.kill();
}
