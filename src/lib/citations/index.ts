/**
 * Everything "Cite this" needs for an entry, computed once per entry per build: the original document's item in
 * the three styles, the "via" item for the entry page, one citation per quote (the source it was taken from) with
 * its permalink, and where each can be downloaded as BibLaTeX, RIS and CSL-JSON. Also the items behind those
 * downloads and the bibliography of the whole record. Pages and endpoints only read what this returns.
 */
import type { TrackerRecord, RecordEntry } from '../record';
import { localDay } from './accessed';
import { buildEntryCitations, type EntryCitations } from './entry-citations';
import { renderStyles } from './render';
import type { RenderStore } from './render-store';

export { STYLES, type StyleId } from './render';
export { markAccessed, type EntryCitations, type QuoteCitation, type Rendered } from './entry-citations';
export { bibliographyItems, DOWNLOAD_FORMATS, downloadItems, type Downloads } from './downloads';

/**
 * "Cite this" for one entry. `accessed` is the access date rendered into the static "via" citation (the build
 * day; the page's script puts the reader's day there); `store` keeps rendered citations between entries and builds.
 */
export function entryCitations(
  entry: RecordEntry,
  record: Pick<TrackerRecord, 'actor'>,
  site?: URL | string | null,
  accessed: string = localDay(),
  store?: RenderStore,
): EntryCitations {
  return buildEntryCitations(entry, record, site, accessed, (item) => renderStyles(item, store));
}
