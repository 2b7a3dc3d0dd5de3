export * from './vocabulary';
export { entrySchema, sourceSchema, quoteSchema, statusSchema, relatedSchema, entryActorSchema } from './entry';
export type { Entry, EntryInput, Source, Quote } from './entry';
export { actorSchema, actorRoleSchema } from './actor';
export type { Actor } from './actor';
export { SLUG_PATTERN } from './fields';
