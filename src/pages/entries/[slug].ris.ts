/** /entries/<slug>.ris: the entry's original document for reference managers (see src/lib/citations). */
import type { APIRoute } from 'astro';
import { entryDownloadPaths } from '../../data/reuse';
import { downloadResponse } from '../../lib/citations/downloads';
import type { CslItem } from '../../lib/citations';

export const getStaticPaths = entryDownloadPaths;
export const GET: APIRoute = ({ props }) => downloadResponse('ris', (props as { items: CslItem[] }).items);
