/** The files /data/ lists, in the order it lists them. Paths are site paths; the page makes them links. */
export interface DataFile {
  path: string;
  format: string;
  what: string;
}

export const DATA_FILES: readonly DataFile[] = [
  {
    path: '/data/entries.json',
    format: 'JSON',
    what: 'Every entry with its date, actors, sources, quotes, relations and status.',
  },
  {
    path: '/data/actors.json',
    format: 'JSON',
    what: 'Every person and organisation, with their roles and the entries that name them.',
  },
  { path: '/data/entries.csv', format: 'CSV', what: 'One row per entry, for spreadsheets.' },
  {
    path: '/data/quotes.csv',
    format: 'CSV',
    what: 'One row per verbatim quote, with its speaker, source and permalink.',
  },
  {
    path: '/data/bibliography.bib',
    format: 'BibTeX (BibLaTeX)',
    what: 'Every document the record cites: each entry’s original and its quotes’ sources.',
  },
  {
    path: '/data/bibliography.ris',
    format: 'RIS',
    what: 'The same, for Zotero, EndNote, Mendeley and other reference managers.',
  },
  {
    path: '/data/bibliography.json',
    format: 'CSL-JSON',
    what: 'The same, as Citation Style Language data (Zotero, pandoc, citeproc).',
  },
  { path: '/data/timelinejs/all.json', format: 'TimelineJS JSON', what: 'The whole record as a TimelineJS timeline.' },
  {
    path: '/data/dossiers.json',
    format: 'JSON',
    what: 'Every dossier: its stages, dated steps with their sources, and status as of the last check.',
  },
  { path: '/data/dossier-steps.csv', format: 'CSV', what: 'One row per dossier step, for spreadsheets.' },
];

export const SCHEMA_FILES: readonly DataFile[] = [
  { path: '/data/schemas/entries.schema.json', format: 'JSON Schema', what: 'The structure of entries.json.' },
  { path: '/data/schemas/actors.schema.json', format: 'JSON Schema', what: 'The structure of actors.json.' },
  { path: '/data/schemas/dossiers.schema.json', format: 'JSON Schema', what: 'The structure of dossiers.json.' },
  {
    path: '/data/schemas/timelinejs.schema.json',
    format: 'JSON Schema',
    what: 'The structure of the TimelineJS files.',
  },
];
