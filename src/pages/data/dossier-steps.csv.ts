/** /data/dossier-steps.csv: one row per dossier step, RFC 4180 (columns documented on /data/). */
import type { APIRoute } from 'astro';
import { getDossiers } from '../../data/dossiers';
import { dossierStepsCsv } from '../../lib/reuse/dossiers';

export const GET: APIRoute = async ({ site }) =>
  new Response(dossierStepsCsv((await getDossiers()).all, site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
