/**
 * The four collections, read from the top-level `content/` folder (or TRACKER_CONTENT_DIR). The schemas are the
 * same ones the validator and the scripts use. Drafts (`_name.mdx`) are not loaded.
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schema/actor';
import { entrySchema } from './schema/entry';
import { dossierSchema } from './schema/dossier';
import { jurisdictionSchema } from './schema/jurisdiction';
import { contentDir } from './lib/content-dir';

/** The id is the file name: `content/entries/2019/barr-letter.mdx` → `barr-letter`. */
const fileNameId = ({ entry }: { entry: string }) => path.basename(entry).replace(/\.mdx$/, '');

const entries = defineCollection({
  loader: glob({
    pattern: ['**/*.mdx', '!**/_*', '!**/_*/**'],
    base: path.join(contentDir(), 'entries'),
    generateId: fileNameId,
  }),
  schema: entrySchema,
});

const actors = defineCollection({
  loader: glob({ pattern: ['*.mdx', '!_*'], base: path.join(contentDir(), 'actors'), generateId: fileNameId }),
  schema: actorSchema,
});

/** Procedures followed through several entries (`content/dossiers/<id>.mdx`). */
const dossiers = defineCollection({
  loader: glob({ pattern: ['*.mdx', '!_*'], base: path.join(contentDir(), 'dossiers'), generateId: fileNameId }),
  schema: dossierSchema,
});

/** Position summaries, one per jurisdiction (`content/jurisdictions/<code>.mdx`, the id is the code in lower case). */
const jurisdictions = defineCollection({
  loader: glob({ pattern: ['*.mdx', '!_*'], base: path.join(contentDir(), 'jurisdictions'), generateId: fileNameId }),
  schema: jurisdictionSchema,
});

export const collections = { entries, actors, dossiers, jurisdictions };
