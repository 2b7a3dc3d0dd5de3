/** /data/timelinejs/all.json: the whole record as a TimelineJS timeline (see src/lib/reuse/timelinejs.ts). */
import type { APIRoute } from 'astro';
import { getRecord } from '../../../data/record';
import { timelineJson } from '../../../lib/reuse/timelinejs';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(timelineJson((await getRecord()).entries, 'The whole record', '/timeline/', site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
