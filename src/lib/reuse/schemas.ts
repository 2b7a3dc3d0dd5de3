/**
 * JSON Schemas (draft-07) for the JSON files under /data/, published at /data/schemas/<name>.schema.json and
 * used by the tests to check every file the build writes. Every field of an entry and of an actor carries its
 * description here, and /data/ prints these (`fieldDocs`): the one place the JSON fields are documented.
 */
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  DOSSIER_OUTCOMES,
  DOSSIER_ROLES,
  DOSSIER_STANCES,
  ENTRY_KINDS,
  POSITIONS,
  RELATIONS,
  STATUS_STATES,
} from '../../schema/vocabulary';
import { PROCEDURES } from '../stages';

type Schema = Record<string, unknown>;

const str = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });
/** A field's description, beside whatever else its schema says. */
const doc = (description: string, schema: Schema): Schema => ({ ...schema, description });
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const uri = (description?: string): Schema => ({ ...str(description), format: 'uri' });
const day = (description?: string): Schema => ({ ...str(description), pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const isoAtPrecision = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
const arrayOf = (items: Schema, description?: string): Schema => ({
  type: 'array',
  items,
  ...(description ? { description } : {}),
});
const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
  ...(description ? { description } : {}),
});

const header = {
  title: str('What the file holds.'),
  source: uri('The /data/ page documenting it.'),
  license: object({ name: str(), url: uri() }, 'The licence of the text and data: CC BY 4.0.'),
  attribution: str('How to credit the record.'),
};

const datedNote = object({ date: day(), text: str() });

const exportDateSchema = object(
  {
    edtf: str('EDTF as stored: 2019-10-04, 2019-07, 2019, 1993~, 2019-07?, 2016-02-16/2016-03-28.'),
    text: str('As shown on the site, at its precision.'),
    start: nullable(isoAtPrecision),
    end: nullable(isoAtPrecision),
    precision: { enum: ['day', 'month', 'year'] },
    approximate: { type: 'boolean' },
    uncertain: { type: 'boolean' },
  },
  'The date, at the precision the sources support.',
);

const entry = object({
  slug: str('The entry’s id; its page is /entries/<slug>/.'),
  url: uri('The entry’s page.'),
  title: str('As the document calls itself, or a neutral description.'),
  kind: doc('What kind of event the entry records.', { enum: [...ENTRY_KINDS] }),
  kind_label: str('The kind as the site shows it (“Court case”).'),
  date: exportDateSchema,
  document: doc(
    'The document the entry records, apart from the copies it was read in; null for an event that is not a document.',
    nullable(
      object({
        title: str('The document’s own title.'),
        short_title: nullable(str()),
        date: nullable(exportDateSchema),
        authors: arrayOf(object({ actor: str(), name: str() })),
        issuer: nullable(object({ actor: str(), name: str() })),
        recipients: arrayOf(object({ actor: str(), name: str() })),
        language: nullable(str()),
        unpublished: nullable(str('How a document that was never made public is known.')),
        number: nullable(str()),
        statute: nullable(str()),
        code: nullable(str()),
        chamber: nullable(str()),
        session: nullable(str()),
        docket: nullable(str()),
        reporter: nullable(str()),
        committee: nullable(str()),
        event: nullable(str()),
        place: nullable(str()),
        procedure: nullable(str()),
      }),
    ),
  ),
  summary: str('One or two neutral sentences in the record’s words.'),
  jurisdictions: arrayOf(str(), 'ISO 3166-1 alpha-2 (UK for the United Kingdom), EU, FVEY or INTL.'),
  actors: arrayOf(
    object({ actor: str(), name: str(), role: { enum: [...ACTOR_ROLES] }, capacity: nullable(str()) }),
    'Who took part: each actor’s slug and name, their role, and the capacity they acted in.',
  ),
  sources: arrayOf(
    object({
      id: str(),
      title: str('Square brackets mark a description supplied by the editors.'),
      publisher: str(),
      url: uri(),
      type: { enum: ['primary', 'secondary'] },
      checked: {
        type: 'boolean',
        description: 'Whether an editor has read the page at the address (or an archive of it).',
      },
      seen: nullable({ enum: ['page', 'archive', 'copy'] }),
      date: nullable(str('EDTF')),
      accessed: nullable(day()),
      archive: nullable(uri()),
      archive_date: nullable(day()),
      locator: nullable(str()),
      note: nullable(str()),
    }),
    'Where the entry can be checked: each source’s title, publisher and address, primary or secondary, whether an editor has read it, its date and an archived copy.',
  ),
  cited_source: str('The id of the source the entry is cited through.'),
  quotes: arrayOf(
    object({
      id: str(),
      permalink: uri(),
      text: str('Verbatim.'),
      speakers: arrayOf(str(), 'Actor slugs: one, or every speaker of joint words.'),
      speaker_names: arrayOf(str()),
      attribution: nullable(str()),
      source: str(),
      locator: nullable(str()),
      context: nullable(str()),
      position: nullable({ enum: [...POSITIONS] }),
      language: nullable(str('The original language (BCP 47) when the text is a translation.')),
      translator: nullable(str('Who translated it.')),
      original: nullable(str('The words in the original language.')),
    }),
    'Verbatim quotes, each with its speakers, the source it was taken from and its permalink.',
  ),
  relations: arrayOf(
    object({
      entry: str(),
      rel: { enum: [...RELATIONS] },
      direction: { enum: ['forward', 'reverse'] },
      label: str(),
    }),
    'Links to other entries, both ways: those this entry makes and those other entries make to it.',
  ),
  status: doc(
    'For laws, bills, regulations and proposals: the current state, when it was confirmed, and its history.',
    nullable(
      object({
        state: { enum: [...STATUS_STATES] },
        as_of: nullable(day('The day the state was last confirmed.')),
        source: nullable(str('The id of the source confirming the state.')),
        history: arrayOf(
          object({
            date: str('EDTF'),
            state: { enum: [...STATUS_STATES] },
            note: nullable(str()),
            source: nullable(str()),
          }),
        ),
      }),
    ),
  ),
  citation: doc('The legal citation, where one exists.', nullable(str())),
  position: doc(
    'Where the document stands on exceptional access (for-access, against-access, mixed or neutral), if it takes a stand.',
    nullable({ enum: [...POSITIONS] }),
  ),
  tags: arrayOf(str(), 'Topics.'),
  unverified: arrayOf(str(), 'Details no source could confirm, which the entry does not state as fact.'),
  notes: arrayOf(datedNote, 'Facts that sources often get wrong, explained, each dated.'),
  updated: doc('The day the entry last changed.', nullable(day())),
  corrections: arrayOf(datedNote, 'Corrections made since publication, each dated.'),
  cite: object({ bibtex: uri(), ris: uri(), csl_json: uri() }, 'The entry’s citation downloads.'),
});

const actor = object({
  slug: str('The actor’s id; their page is /actors/<slug>/.'),
  url: uri('The actor’s page.'),
  name: str('Their name.'),
  kind: doc('A person, or the kind of organisation.', { enum: [...ACTOR_KINDS] }),
  country: doc('Their country (ISO 3166-1 alpha-2).', nullable(str())),
  aliases: arrayOf(str(), 'Other names they go by.'),
  description: doc('One sentence on who they are.', nullable(str())),
  roles: arrayOf(
    object({ title: str(), org: nullable(str()), from: nullable(str('EDTF')), to: nullable(str('EDTF')) }),
    'Positions held: the title, the organisation (an actor slug), from and to (EDTF).',
  ),
  parent: doc('The organisation it is part of (an actor slug).', nullable(str())),
  wikidata: doc('Their Wikidata id.', nullable(str())),
  website: doc('Their own website.', nullable(uri())),
  entries: arrayOf(
    object({ entry: str(), role: { enum: [...ACTOR_ROLES] } }),
    'Each entry naming the actor, with the role.',
  ),
  quotes: { type: 'integer', minimum: 0, description: 'How many quotes the actor is a speaker of.' },
});

const timelineDate: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['year'],
  properties: {
    year: { type: 'integer' },
    month: { type: 'integer', minimum: 1, maximum: 12 },
    day: { type: 'integer', minimum: 1, maximum: 31 },
    display_date: str(),
  },
  dependencies: { day: ['month'] },
};

const text = object({ headline: str(), text: str() });

const stepSource = object({
  id: str(),
  title: str('Square brackets mark a description supplied by the editors.'),
  publisher: str(),
  url: uri(),
  checked: { type: 'boolean', description: 'Whether an editor read the page at this address.' },
  type: { enum: ['primary', 'secondary'] },
  entry: nullable(str('The entry whose source it is; null for the dossier’s own.')),
});

const dossier = object({
  slug: str('The dossier’s id; its page is /dossiers/<slug>/.'),
  url: uri(),
  title: str(),
  short_names: arrayOf(str()),
  summary: str(),
  jurisdictions: arrayOf(str()),
  procedure: { enum: [...PROCEDURES] },
  procedure_label: str(),
  versions: arrayOf(
    object({ id: str(), title: str(), number: nullable(str()), session: nullable(str()), entry: nullable(str()) }),
  ),
  stages: arrayOf(
    object({
      stage: str(),
      label: str(),
      state: { enum: ['reached', 'current', 'to-come', 'not-reached'] },
      step: nullable({
        type: 'integer',
        description: 'The step (n) that reached it; null when implied or before the history.',
      }),
    }),
    'The stage tracker of the current run, in order.',
  ),
  steps: arrayOf(
    object({
      n: { type: 'integer', minimum: 1 },
      date: exportDateSchema,
      step: str('A stage or event id of the stage model.'),
      label: str(),
      kind: { enum: ['stage', 'event'] },
      version: nullable(str()),
      entry: nullable(object({ slug: str(), url: uri() })),
      source: stepSource,
      note: nullable(str()),
    }),
  ),
  current: object({
    stage: str(),
    label: str(),
    outcome: { enum: [...DOSSIER_OUTCOMES] },
    as_of: day('The day an editor last checked the stage against a source.'),
    confirmed: exportDateSchema,
    source: stepSource,
    note: str(),
  }),
  next: nullable(str()),
  actors: arrayOf(
    object({
      actor: str(),
      name: str(),
      role: { enum: [...DOSSIER_ROLES] },
      capacity: nullable(str()),
      stance: nullable({ enum: [...DOSSIER_STANCES] }),
      entry: str('The entry that shows the actor in this role.'),
    }),
  ),
  entries: arrayOf(str(), 'Every entry of the dossier, oldest first.'),
  timelinejs: uri(),
  feed: uri(),
});

export const SCHEMAS: Record<string, Schema> = {
  dossiers: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Encryption Policy Tracker: dossiers.json',
    ...object({ ...header, dossiers: arrayOf(dossier) }),
  },
  entries: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Encryption Policy Tracker: entries.json',
    ...object({ ...header, entries: arrayOf(entry) }),
  },
  actors: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Encryption Policy Tracker: actors.json',
    ...object({ ...header, actors: arrayOf(actor) }),
  },
  timelinejs: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Encryption Policy Tracker: TimelineJS files (/data/timelinejs/…)',
    ...object({
      title: object({ unique_id: str(), text }),
      events: arrayOf({
        type: 'object',
        additionalProperties: false,
        required: ['unique_id', 'start_date', 'text'],
        properties: { unique_id: str(), start_date: timelineDate, end_date: timelineDate, display_date: str(), text },
      }),
    }),
  },
};

/** A JSON field as /data/ documents it: its name, what it holds, and the names of its own fields, if any. */
export interface FieldDoc {
  name: string;
  description: string;
  fields: string[];
}

/** The fields of one file's records (`entries`, `actors`) or of the file itself (`header`), from the schemas. */
export function fieldDocs(file: 'entries' | 'actors' | 'header'): FieldDoc[] {
  const props = (schema: Schema | undefined): Record<string, Schema> =>
    (schema?.properties as Record<string, Schema> | undefined) ?? {};
  const inner = (schema: Schema): Schema | undefined =>
    schema.type === 'array'
      ? (schema.items as Schema)
      : Array.isArray(schema.anyOf)
        ? (schema.anyOf as Schema[])[0]
        : schema;
  const fields = file === 'header' ? header : props(inner(props(SCHEMAS[file])[file] as Schema));
  return Object.entries(fields).map(([name, schema]) => {
    const own = inner(schema);
    const nested = own && own.type === 'object' ? own : own && inner(own);
    const description = schema.description ?? own?.description;
    return {
      name,
      description: typeof description === 'string' ? description : '',
      fields: Object.keys(props(nested)),
    };
  });
}
