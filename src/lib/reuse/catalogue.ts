/**
 * The files /data/ lists, in the order it lists them (src/data/files.ts writes each). Paths are site paths from
 * src/lib/urls.ts; the page makes them links.
 */
import { dataFileUrl, schemaUrl, timelineJsUrl } from '../urls';

export interface DataFile {
  path: string;
  format: string;
  what: string;
}

export const DATA_FILES: readonly DataFile[] = [
  {
    path: dataFileUrl('entries.json'),
    format: 'JSON',
    what: 'Every entry with its date, actors, sources, quotes, relations and status.',
  },
  {
    path: dataFileUrl('actors.json'),
    format: 'JSON',
    what: 'Every person and organisation, with their roles and the entries that name them.',
  },
  { path: dataFileUrl('entries.csv'), format: 'CSV', what: 'One row per entry, for spreadsheets.' },
  {
    path: dataFileUrl('quotes.csv'),
    format: 'CSV',
    what: 'One row per verbatim quote, with its speaker, source and permalink.',
  },
  {
    path: dataFileUrl('bibliography.bib'),
    format: 'BibTeX (BibLaTeX)',
    what: 'Every document the record cites: each entry’s original and its quotes’ sources.',
  },
  {
    path: dataFileUrl('bibliography.ris'),
    format: 'RIS',
    what: 'The same, for Zotero, EndNote, Mendeley and other reference managers.',
  },
  {
    path: dataFileUrl('bibliography.json'),
    format: 'CSL-JSON',
    what: 'The same, as Citation Style Language data (Zotero, pandoc, citeproc).',
  },
  { path: timelineJsUrl(), format: 'TimelineJS JSON', what: 'The whole record as a TimelineJS timeline.' },
  {
    path: dataFileUrl('dossiers.json'),
    format: 'JSON',
    what: 'Every dossier: its stages, dated steps with their sources, and status as of the last check.',
  },
  { path: dataFileUrl('dossier-steps.csv'), format: 'CSV', what: 'One row per dossier step, for spreadsheets.' },
];

export const SCHEMA_FILES: readonly DataFile[] = [
  { path: schemaUrl('entries'), format: 'JSON Schema', what: 'The structure of entries.json.' },
  { path: schemaUrl('actors'), format: 'JSON Schema', what: 'The structure of actors.json.' },
  { path: schemaUrl('dossiers'), format: 'JSON Schema', what: 'The structure of dossiers.json.' },
  {
    path: schemaUrl('timelinejs'),
    format: 'JSON Schema',
    what: 'The structure of the TimelineJS files.',
  },
];
