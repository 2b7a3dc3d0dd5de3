/**
 * `/timeline-rows.json`: every timeline row, small (src/lib/timeline-rows.ts). Fetched by the timeline's filters
 * on a paged timeline, the first time a reader filters, so that filters apply to the whole record.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../data/content';
import { timelineRowsPayload } from '../data/lists';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(timelineRowsPayload(await getContent())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
