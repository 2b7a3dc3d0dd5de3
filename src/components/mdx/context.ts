import type { RecordEntry } from '../../lib/record';

/**
 * The entry page puts the entry being rendered on `Astro.locals`, so MDX components (`<Quote>`, `<Cite>`) can
 * resolve ids against it without the author passing the entry in.
 */
export function setCurrentEntry(locals: object, entry: RecordEntry): void {
  (locals as { currentEntry?: RecordEntry }).currentEntry = entry;
}

export function currentEntry(locals: object): RecordEntry {
  const entry = (locals as { currentEntry?: RecordEntry }).currentEntry;
  if (!entry) throw new Error('MDX components <Quote> and <Cite> can only be used in entry bodies');
  return entry;
}
