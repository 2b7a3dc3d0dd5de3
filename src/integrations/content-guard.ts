/**
 * Runs the content validator before Astro reads anything. On `astro build` any problem stops the build before a
 * single file is written to dist/; under `astro dev` the problems are printed and the server keeps running.
 * (Astro itself only logs a broken reference, so it cannot be the guard.)
 */
import type { AstroIntegration } from 'astro';
import { formatReport } from '../lib/validate';
import { validatedContent } from './validated-content';

class ContentError extends Error {
  constructor(report: string) {
    super(`The content has problems; nothing was built.\n${report}`);
    this.name = 'ContentError';
  }
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const result = validatedContent(true);
        const report = formatReport(result.problems, result.fileCount);
        if (result.problems.length === 0) {
          logger.info(report);
          return;
        }
        if (command === 'build') throw new ContentError(report);
        logger.error(report);
      },
    },
  };
}
