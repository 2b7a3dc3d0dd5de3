/** /data/entries.csv: one row per entry, RFC 4180 (columns documented on /data/). */
import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { entriesCsv } from '../../lib/reuse/exports';

export const GET: APIRoute = async ({ site }) =>
  new Response(entriesCsv(await getRecord(), site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
