/**
 * Writes the citation downloads (`/entries/<slug>.bib|.ris|.json` and `/entries/<slug>/sources/<id>.*`, three per
 * cited item) once the pages are built, and serves the same files under `astro dev`. They used to be Astro
 * endpoints, one route render per file; at thousands of entries those renders alone cost several seconds, and the
 * bodies depend only on the record, so a plain write after the build produces the same bytes for much less. The
 * record is the one the content guard validated (src/integrations/validated-content.ts); the bodies come from
 * src/lib/citations/downloads.ts, whose unit tests hold them to real BibTeX, RIS and CSL-JSON readers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildRecord } from '../lib/record';
import { downloadFiles, downloadType } from '../lib/citations/downloads';
import { validatedContent } from './validated-content';

function recordFiles(fresh: boolean): Map<string, string> {
  const { entries, actors } = validatedContent(fresh);
  return downloadFiles(buildRecord(entries, actors));
}

export default function downloads(): AstroIntegration {
  return {
    name: 'tracker-downloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = [...recordFiles(false)];
        for (const parent of new Set(files.map(([file]) => path.dirname(path.join(out, file)))))
          fs.mkdirSync(parent, { recursive: true });
        // Written a batch at a time through libuv's thread pool, which overlaps the many small writes.
        for (let i = 0; i < files.length; i += 256)
          await Promise.all(
            files.slice(i, i + 256).map(([file, body]) => fs.promises.writeFile(path.join(out, file), body)),
          );
        logger.info(`citation downloads: ${files.length} files`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).slice(1);
          const type = file.startsWith('entries/') ? downloadType(file) : undefined;
          const body = type ? recordFiles(true).get(file) : undefined;
          if (!type || body === undefined) return next();
          res.setHeader('Content-Type', type);
          res.end(body);
        });
      },
    },
  };
}
