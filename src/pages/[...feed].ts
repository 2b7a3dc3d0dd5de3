/**
 * The feeds of new and corrected entries, RSS 2.0 and JSON Feed 1.1 (src/lib/reuse/feeds.ts): /rss.xml and
 * /feed.json for the whole record, and `rss.xml` and `feed.json` beside each actor's, jurisdiction's and kind's page;
 * and each dossier's steps as JSON Feed beside its page (src/lib/reuse/dossiers.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedRoutes } from '../data/files';

export const getStaticPaths = (() => feedRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
  const { body, type } = props.render();
  return new Response(body, { headers: { 'Content-Type': type } });
};
