/**
 * `/search-index.json`: the search records, packed (src/lib/search/payload.ts). Written once at build time and
 * fetched by the search worker the first time a reader uses search; never loaded otherwise.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../data/content';
import { encodePayload } from '../lib/search/payload';
import { buildSearchRecords } from '../lib/search/records';

export const GET: APIRoute = async () => {
  const { record } = await getContent();
  return new Response(JSON.stringify(encodePayload(buildSearchRecords(record))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
