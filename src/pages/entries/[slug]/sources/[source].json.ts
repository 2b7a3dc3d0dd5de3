/** /entries/<slug>/sources/<source>.json: a source an entry's quotes were taken from (see src/lib/citations). */
import type { APIRoute } from 'astro';
import { sourceDownloadPaths } from '../../../../data/reuse';
import { downloadResponse } from '../../../../lib/citations/downloads';
import type { CslItem } from '../../../../lib/citations';

export const getStaticPaths = sourceDownloadPaths;
export const GET: APIRoute = ({ props }) => downloadResponse('json', (props as { items: CslItem[] }).items);
