/** /data/quotes.csv: one row per verbatim quote, RFC 4180 (columns documented on /data/). */
import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { quotesCsv } from '../../lib/reuse/exports';

export const GET: APIRoute = async ({ site }) =>
  new Response(quotesCsv(await getRecord(), site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
