/**
 * The content as the validator read it, shared by the build steps that run outside Astro's pages (the content
 * guard, the download writer), so one build reads and validates the content folder once.
 */
import { contentDir } from '../lib/content-dir';
import { validateContent, type ValidationResult } from '../lib/validate';

let last: ValidationResult | undefined;

/** The last validation of the content folder; `fresh` reads it again (the dev server, where files change). */
export function validatedContent(fresh = false): ValidationResult {
  if (fresh || !last) last = validateContent(contentDir());
  return last;
}
