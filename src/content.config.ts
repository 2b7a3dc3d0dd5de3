/**
 * The four collections, read from the top-level `content/` folder (or TRACKER_CONTENT_DIR). The schemas, the file
 * patterns (drafts left out) and the ids are the same ones the validator and the scripts use.
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schema/actor';
import { entrySchema } from './schema/entry';
import { dossierSchema } from './schema/dossier';
import { jurisdictionSchema } from './schema/jurisdiction';
import { contentDir } from './lib/content-dir';
import { COLLECTIONS, contentId, type CollectionName } from './lib/content-files';

const loader = (name: CollectionName) =>
  glob({
    pattern: [...COLLECTIONS[name].pattern],
    base: path.join(contentDir(), COLLECTIONS[name].folder),
    generateId: ({ entry }) => contentId(entry),
  });

const entries = defineCollection({ loader: loader('entries'), schema: entrySchema });
const actors = defineCollection({ loader: loader('actors'), schema: actorSchema });

/** Procedures followed through several entries (`content/dossiers/<id>.mdx`). */
const dossiers = defineCollection({ loader: loader('dossiers'), schema: dossierSchema });
/** Position summaries, one per jurisdiction (`content/jurisdictions/<code>.mdx`, the id is the code in lower case). */
const jurisdictions = defineCollection({ loader: loader('jurisdictions'), schema: jurisdictionSchema });

export const collections = { entries, actors, dossiers, jurisdictions };
