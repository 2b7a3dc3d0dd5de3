import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = process.env.TRACKER_CONTENT_DIR!;
const id = ({ entry }: { entry: string }) => path.basename(entry).replace(/\.mdx$/, '');
export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: path.join(root, 'entries'), generateId: id }),
  }),
  actors: defineCollection({ loader: glob({ pattern: '*.mdx', base: path.join(root, 'actors'), generateId: id }) }),
};
