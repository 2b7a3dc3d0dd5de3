/** /data/schemas/<name>.schema.json: the JSON Schema of entries.json, actors.json and the TimelineJS files. */
import type { APIRoute } from 'astro';
import { SCHEMAS } from '../../../lib/reuse/schemas';

export function getStaticPaths() {
  return Object.keys(SCHEMAS).map((name) => ({ params: { name } }));
}
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(SCHEMAS[params.name!], null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
