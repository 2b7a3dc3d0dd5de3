/** Small synthetic records for unit tests of the derived data: entries parsed by the real schema (with its defaults). */
import { entrySchema, type EntryInput } from '../../src/schema/entry';
import { buildRecord, type RecordEntry } from '../../src/lib/record';

type Input = Partial<EntryInput> & { slug: string; date: string };

export function makeEntry({ slug, ...fields }: Input): RecordEntry {
  const data = entrySchema.parse({
    title: `Entry ${slug}`,
    kind: 'statement',
    summary: `Summary of ${slug}.`,
    jurisdictions: ['US'],
    sources: [
      {
        id: 's1',
        title: 'Source',
        publisher: 'Publisher',
        url: 'https://example.org/',
        checked: true,
        seen: 'page',
        accessed: '2026-11-26',
        type: 'primary',
      },
    ],
    document: { title: `Document ${slug}` },
    ...fields,
  });
  return { slug, data };
}

/** The entries in record order (date order), as pages get them. */
export function inRecordOrder(entries: RecordEntry[]): RecordEntry[] {
  return buildRecord(entries, []).entries;
}
