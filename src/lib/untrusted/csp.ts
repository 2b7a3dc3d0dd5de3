import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The Content-Security-Policy every page carries (as a <meta> element Astro writes, with hashes of the scripts and
 * styles it emits in `script-src` and `style-src`). Everything a page loads comes from this site: no script, style,
 * image, font, frame, form target or connection elsewhere, and no inline event handlers (`onerror=` and the like
 * are not allowed by `script-src` without 'unsafe-inline'). A `<meta>` policy cannot set `frame-ancestors`; a host
 * that can send headers should add `frame-ancestors 'none'` (see README).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'self'",
  "base-uri 'self'",
] as const;

/** The referrer policy (a <meta name="referrer"> in every page): other sites are not told which page linked them. */
export const REFERRER_POLICY = 'same-origin';

/**
 * The project's inline scripts (`<script is:inline set:html={…}>` of these files' text, imported with `?raw`). Astro
 * hashes the scripts it bundles, not inline ones, so their hashes are added here: a script that is not one of
 * these files, byte for byte, does not run.
 */
const INLINE_SCRIPTS = ['src/scripts/inline/timeline-filters.js'];

export function inlineScriptHashes(root = process.cwd()): Array<`sha256-${string}`> {
  return INLINE_SCRIPTS.map(
    (file): `sha256-${string}` =>
      `sha256-${crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(root, file)))
        .digest('base64')}`,
  );
}
