/**
 * Runs the content validator before Astro reads anything. On `astro build` any problem is printed (without a stack
 * trace) and stops the build before a single file is written; under `astro dev` the problems are printed and the
 * server keeps running. (`npm run build` also builds into a temporary folder, so a build that fails later still
 * leaves the previous dist/ untouched: scripts/build.ts.)
 * (Astro itself only logs a broken reference, so it cannot be the guard.)
 */
import type { AstroIntegration } from 'astro';
import { formatReport } from '../lib/validate';
import { validatedContent } from './validated-content';

class ContentError extends Error {
  constructor(report: string) {
    super(`The content has problems; nothing was built.\n${report}`);
    this.name = 'ContentError';
    // The report is the whole story: file, line, field and fix. A stack trace would only bury it.
    this.stack = this.message;
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
        if (command === 'build') {
          // The report is the whole story (file, line, field, fix): print it and stop, without Astro's error
          // framing and stack trace around it. Nothing has been written yet.
          logger.error(new ContentError(report).message);
          process.exit(1);
        }
        logger.error(report);
      },
    },
  };
}
