/**
 * Serves the built site (dist/, or TRACKER_OUT_DIR) for the browser tests with a small static server, on a free
 * port of 127.0.0.1 (or PREVIEW_PORT), so parallel runs on one machine never meet; the tests read the address
 * with `inject('previewUrl')` (tests/helpers/browser.ts). PREVIEW_URL tests a server that is already running.
 */
import fs from 'node:fs';
import type http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib-static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    previewUrl: string;
  }
}

let server: http.Server | undefined;
const OUT = process.env.TRACKER_OUT_DIR ?? 'dist';

export async function setup(project: TestProject): Promise<void> {
  if (!fs.existsSync(path.join(OUT, 'index.html')))
    throw new Error(`${OUT}/ is missing: run \`npm run build\` before the browser tests`);
  if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))
    throw new Error("Chromium is missing: install Debian's chromium (apt-get install chromium), as .ci/run does");
  if (process.env.PREVIEW_URL) return project.provide('previewUrl', process.env.PREVIEW_URL);
  server = await serveStatic(OUT, Number(process.env.PREVIEW_PORT ?? 0));
  project.provide('previewUrl', `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`);
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
}
