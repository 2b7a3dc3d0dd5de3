/** /data/timelinejs/dossiers/<id>.json: a dossier's dated steps as a TimelineJS timeline. */
import type { APIRoute } from 'astro';
import { dossierPaths } from '../../../../data/dossiers';
import { dossierTimelineJson } from '../../../../lib/reuse/dossiers';
import type { DossierView } from '../../../../lib/dossiers';

export const getStaticPaths = dossierPaths;
export const GET: APIRoute = ({ props, site }) =>
  new Response(JSON.stringify(dossierTimelineJson((props as { dossier: DossierView }).dossier, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
