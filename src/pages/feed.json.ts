/** /feed.json: new and corrected entries, JSON Feed 1.1 (see src/lib/reuse/feeds.ts). */
import type { APIRoute } from 'astro';
import { getRecord } from '../data/record';
import { jsonFeed, siteFeedSpec } from '../lib/reuse/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(jsonFeed(siteFeedSpec((await getRecord()).entries), site), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
