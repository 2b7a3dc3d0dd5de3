/**
 * `/search-index.json`: the search records, packed (src/lib/search/payload.ts), or for a large record the manifest
 * of the index's fragments (src/lib/search/fragments.ts, src/data/search-index.ts). Written once at build time and
 * fetched by the search worker the first time a reader uses search; never loaded otherwise.
 */
import type { APIRoute } from 'astro';
import { searchIndexFiles } from '../data/search-index';

export const GET: APIRoute = async () =>
  new Response((await searchIndexFiles()).index, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
