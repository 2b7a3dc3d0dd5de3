/** /rss.xml: new and corrected entries, RSS 2.0 (see src/lib/reuse/feeds.ts). */
import type { APIRoute } from 'astro';
import { getRecord } from '../data/record';
import { rssFeed, siteFeedSpec } from '../lib/reuse/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(rssFeed(siteFeedSpec((await getRecord()).entries), site), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
