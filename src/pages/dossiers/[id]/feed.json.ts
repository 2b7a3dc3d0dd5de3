/** /dossiers/<id>/feed.json: a dossier's steps as JSON Feed 1.1 (src/lib/reuse/dossiers.ts). */
import type { APIRoute } from 'astro';
import { dossierPaths } from '../../../data/dossiers';
import { dossierJsonFeed } from '../../../lib/reuse/dossiers';
import type { DossierView } from '../../../lib/dossiers';

export const getStaticPaths = dossierPaths;
export const GET: APIRoute = ({ props, site }) =>
  new Response(dossierJsonFeed((props as { dossier: DossierView }).dossier, site), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
