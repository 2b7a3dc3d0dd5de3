/**
 * The citation downloads: which items each entry offers (`/entries/<slug>.bib|.ris|.json` for its original
 * document, `/entries/<slug>/sources/<id>.*` for each other source its quotes come from), their bodies and media
 * types, and the whole list of files, which src/integrations/downloads.ts writes after the pages (and serves under
 * `astro dev`). Free of CSL styles, so that build step loads no citeproc.
 */
import type { TrackerRecord, RecordEntry } from '../record';
import { citedSource, entryItem, quoteSourceItems, type ActorLookup, type CslItem } from './csl';
import { toBibLaTeX, toCslJson, toRis } from './formats';
import { downloadUrls, withoutBase } from '../urls';

export type DownloadFormat = 'bib' | 'ris' | 'json';
export const DOWNLOAD_FORMATS: ReadonlyArray<{ ext: DownloadFormat; label: string; type: string }> = [
  { ext: 'bib', label: 'BibTeX (BibLaTeX)', type: 'application/x-bibtex' },
  { ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
];

/** Where the downloads of one item live, per format (site paths). */
export type Downloads = Record<DownloadFormat, string>;

export function lookup(record: Pick<TrackerRecord, 'actor'>): ActorLookup {
  return (slug) => record.actor(slug);
}

/** The items an entry's downloads hold: `/entries/<slug>.*` → the original; `/entries/<slug>/sources/<id>.*` → that source. */
export function downloadItems(entry: RecordEntry, record: Pick<TrackerRecord, 'actor'>): Map<string | null, CslItem> {
  const actors = lookup(record);
  const out = new Map<string | null, CslItem>([[null, entryItem(entry.slug, entry.data, actors)]]);
  const cited = citedSource(entry.data).id;
  for (const [sourceId, item] of quoteSourceItems(entry.slug, entry.data, actors))
    if (sourceId !== cited) out.set(sourceId, item);
  return out;
}

/** Every item of the record (each entry's original, then its quotes' other sources), in record order. */
export function bibliographyItems(record: Pick<TrackerRecord, 'entries' | 'actor'>): CslItem[] {
  return record.entries.flatMap((e) => [...downloadItems(e, record).values()]);
}

const MEDIA_TYPE: Record<DownloadFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export function downloadBody(format: DownloadFormat, items: readonly CslItem[]): { body: string; type: string } {
  const body = format === 'bib' ? toBibLaTeX(items) : format === 'ris' ? toRis(items) : toCslJson(items);
  return { body, type: MEDIA_TYPE[format] };
}

/** Every download file of the record: site path (no leading slash) → body, in record order. */
export function downloadFiles(record: Pick<TrackerRecord, 'entries' | 'actor'>): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of record.entries)
    for (const [sourceId, item] of downloadItems(entry, record)) {
      const paths = downloadUrls(entry.slug, sourceId ?? undefined);
      for (const { ext } of DOWNLOAD_FORMATS)
        files.set(withoutBase(paths[ext]).slice(1), downloadBody(ext, [item]).body);
    }
  return files;
}

/** The media type a download is served with under `astro dev`, from its extension. */
export function downloadType(filePath: string): string | undefined {
  const ext = filePath.slice(filePath.lastIndexOf('.') + 1);
  return ext === 'bib' || ext === 'ris' || ext === 'json' ? MEDIA_TYPE[ext] : undefined;
}
