/** Debian's Chromium, driven by playwright-core, offline and quiet. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { inject } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where tests/browser/global-setup.ts serves the built site. */
const BASE_URL = inject('previewUrl');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh profile per launch; `javaScriptEnabled: false` to read the site as a no-JS reader does. */
export async function launch(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    baseURL: BASE_URL,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // Any request that would leave the site fails the test that made it.
  const offsite: string[] = [];
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) offsite.push(req.url());
  });
  (context as BrowserContext & { offsite: string[] }).offsite = offsite;
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function offsiteRequests(context: BrowserContext): string[] {
  return (context as BrowserContext & { offsite?: string[] }).offsite ?? [];
}
