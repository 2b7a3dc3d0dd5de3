/**
 * The open-data files under /data/: exports (the record's and the dossiers'), bibliography, TimelineJS files (the
 * record's, each actor's, jurisdiction's and kind's, each dossier's) and JSON Schemas
 * (src/lib/reuse/catalogue.ts lists them; src/data/files.ts writes them).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { dataFileRoutes } from '../../data/files';

export const getStaticPaths = (() => dataFileRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { body, type } = props.render();
  return new Response(body, { headers: { 'Content-Type': type } });
};
