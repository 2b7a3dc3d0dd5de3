/**
 * Everything "Cite this" needs for an entry, computed once per entry per build: the original document's item in
 * the three styles, the "via" item for the entry page, one citation per quote (the source it was taken from) with
 * its permalink, and where each can be downloaded as BibLaTeX, RIS and CSL-JSON. Also the items behind those
 * downloads and the bibliography of the whole record. Pages and endpoints only read what this returns.
 */
import type { Record as TrackerRecord, RecordEntry } from '../record';
import { BUILD_DAY, buildEntryCitations, type EntryCitations } from './entry-citations';
import { renderStyles } from './render';

export { STYLES, toBibLaTeX, toCslJson, toRis, type StyleId } from './render';
export {
  BUILD_DAY,
  markAccessed,
  type EntryCitations,
  type QuoteCitation,
  type Rendered,
  type StyledCitation,
} from './entry-citations';
export {
  bibliographyItems,
  DOWNLOAD_FORMATS,
  downloadItems,
  downloadPaths,
  type DownloadFormat,
  type Downloads,
} from './downloads';
export type { CslItem } from './csl';

const cache = new Map<string, EntryCitations>();

export function entryCitations(
  entry: RecordEntry,
  record: Pick<TrackerRecord, 'actor'>,
  site?: URL | string | null,
  accessed: string = BUILD_DAY,
): EntryCitations {
  const key = `${entry.slug}|${String(site ?? '')}|${accessed}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = buildEntryCitations(entry, record, site, accessed, renderStyles);
  cache.set(key, result);
  return result;
}
