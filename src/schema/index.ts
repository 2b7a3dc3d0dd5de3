/** The schema as tests and scripts import it: the entry and actor schemas and the vocabularies. */
export * from './vocabulary';
export { entrySchema, sourceSchema } from './entry';
export type { EntryInput } from './entry';
export { actorSchema } from './actor';
