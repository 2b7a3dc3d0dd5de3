/**
 * Serves the built site (dist/, or TRACKER_OUT_DIR) on 127.0.0.1:4329 (or PREVIEW_PORT) for the browser tests,
 * with a small static server (parallel runs can each have their own; Astro allows one `astro preview` at a time).
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { serveStatic } from '../../scripts/lib-static-server';

let server: http.Server | undefined;
const PORT = Number(process.env.PREVIEW_PORT ?? 4329);
const OUT = process.env.TRACKER_OUT_DIR ?? 'dist';

export async function setup(): Promise<void> {
  if (!fs.existsSync(path.join(OUT, 'index.html')))
    throw new Error(`${OUT}/ is missing: run \`npm run build\` before the browser tests`);
  if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))
    throw new Error("Chromium is missing: install Debian's chromium (apt-get install chromium), as .ci/run does");
  if (process.env.PREVIEW_URL) return;
  server = await serveStatic(OUT, PORT);
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
}
