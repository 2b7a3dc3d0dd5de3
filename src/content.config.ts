/**
 * The two collections, read from the top-level `content/` folder (or TRACKER_CONTENT_DIR). The schemas, the file
 * patterns (drafts left out) and the ids are the same ones the validator and the scripts use.
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schema/actor';
import { entrySchema } from './schema/entry';
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

export const collections = { entries, actors };
