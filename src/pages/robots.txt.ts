/** /robots.txt: crawl everything; where the sitemap is. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/reuse/sitemap';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
