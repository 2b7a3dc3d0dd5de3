/** /data/bibliography.bib: every item the entries cite (each entry's original document and its quotes' sources). */
import type { APIRoute } from 'astro';
import { getRecord } from '../../data/record';
import { bibliographyItems } from '../../lib/citations';
import { downloadResponse } from '../../lib/citations/downloads';

export const GET: APIRoute = async () => downloadResponse('bib', bibliographyItems(await getRecord()));
