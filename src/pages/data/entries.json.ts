/** /data/entries.json: every entry with its sources, quotes and relations (fields documented on /data/). */
import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { entriesJson } from '../../lib/reuse/exports';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(entriesJson(await getRecord(), site), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
