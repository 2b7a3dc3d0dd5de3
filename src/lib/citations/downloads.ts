/** The body and media type of a citation download, by format. */
import { toBibLaTeX, toCslJson, toRis } from './render';
import type { CslItem } from './csl';
import type { DownloadFormat } from './index';

const MEDIA_TYPE: Record<DownloadFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export function downloadBody(format: DownloadFormat, items: readonly CslItem[]): { body: string; type: string } {
  const body = format === 'bib' ? toBibLaTeX(items) : format === 'ris' ? toRis(items) : toCslJson(items);
  return { body, type: MEDIA_TYPE[format] };
}

export function downloadResponse(format: DownloadFormat, items: readonly CslItem[]): Response {
  const { body, type } = downloadBody(format, items);
  return new Response(body, { headers: { 'Content-Type': type } });
}
