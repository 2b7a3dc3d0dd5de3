/**
 * Which files under the content folder are the record, and what their ids are: the one rule that Astro's loader
 * (src/content.config.ts) and the validator (src/lib/validate/read.ts) both follow, so the pages, the downloads
 * and the tests read the same files under the same ids.
 *
 * - Entries sit in year folders (`entries/2019/barr-letter.mdx`); actors, dossiers and jurisdictions' position
 *   summaries directly in their folders (`actors/`, `dossiers/`, `jurisdictions/`).
 * - Drafts are not loaded: a file whose name starts with `_`, or anything inside a folder whose name does.
 * - The id is the file name without `.mdx`: `barr-letter`. It is also the page's address (/entries/barr-letter/);
 *   a jurisdiction's id is its code in lower case (`jurisdictions/uk.mdx`).
 */
import fs from 'node:fs';
import path from 'node:path';

export type CollectionName = 'entries' | 'actors' | 'dossiers' | 'jurisdictions';

/** Each collection's folder under the content folder and the loader's glob patterns (relative to that folder). */
export const COLLECTIONS: Readonly<Record<CollectionName, { folder: string; pattern: readonly string[] }>> = {
  entries: { folder: 'entries', pattern: ['**/*.mdx', '!**/_*', '!**/_*/**'] },
  actors: { folder: 'actors', pattern: ['*.mdx', '!_*'] },
  dossiers: { folder: 'dossiers', pattern: ['*.mdx', '!_*'] },
  jurisdictions: { folder: 'jurisdictions', pattern: ['*.mdx', '!_*'] },
};

/** The collections in the order the validator reads them. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The id of a content file: `entries/2019/barr-letter.mdx` → `barr-letter`. */
export function contentId(file: string): string {
  return path.basename(file).replace(/\.mdx$/, '');
}

/** A draft: `_name.mdx`, or a file inside a `_folder/` (`rel` is relative to the collection's folder). */
export function isDraft(rel: string): boolean {
  return rel.split(/[\\/]/).some((part) => part.startsWith('_'));
}

/** Whether the loader reads a file (`rel` relative to the collection's folder): its patterns, evaluated as globs. */
export function isLoaded(collection: CollectionName, rel: string): boolean {
  const file = rel.split(path.sep).join('/');
  const [include, ...exclude] = COLLECTIONS[collection].pattern;
  return path.matchesGlob(file, include!) && !exclude.some((p) => path.matchesGlob(file, p.slice(1)));
}

/** Whether a collection's folder under `root` holds a file the loader reads (a generated corpus has no dossiers). */
export function hasContentFiles(root: string, collection: CollectionName): boolean {
  const base = path.join(root, COLLECTIONS[collection].folder);
  if (!fs.existsSync(base)) return false;
  return fs
    .readdirSync(base, { recursive: true, encoding: 'utf8' })
    .some((rel) => rel.endsWith('.mdx') && isLoaded(collection, rel));
}
