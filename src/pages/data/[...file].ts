/**
 * The open-data files under /data/: exports, bibliography, TimelineJS files and JSON Schemas
 * (src/lib/reuse/catalogue.ts lists them; src/data/files.ts writes them).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { dataFileRoutes } from '../../data/files';

export const getStaticPaths = (() => dataFileRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { body, type } = props.render();
  return new Response(body, { headers: { 'Content-Type': type } });
};
