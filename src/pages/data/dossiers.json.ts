/** /data/dossiers.json: every dossier with its stages, steps and status (schema: /data/schemas/dossiers.schema.json). */
import type { APIRoute } from 'astro';
import { getDossiers } from '../../data/dossiers';
import { dossiersJson } from '../../lib/reuse/dossiers';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(dossiersJson((await getDossiers()).all, site), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
