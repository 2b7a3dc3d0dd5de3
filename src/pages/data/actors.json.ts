/** /data/actors.json: every person and organisation, with the entries that name them (documented on /data/). */
import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { actorsJson } from '../../lib/reuse/exports';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(actorsJson(await getRecord(), site), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
