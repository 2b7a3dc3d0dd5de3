import type { EntryPageView } from '../../lib/views';

/**
 * The entry page puts the view of the entry being rendered on `Astro.locals`, so MDX components (`<Quote>`,
 * `<Cite>`, `<Actor>`) can resolve ids against it without the author passing the entry in.
 */
export function setCurrentEntry(locals: object, entry: EntryPageView): void {
  (locals as { currentEntry?: EntryPageView }).currentEntry = entry;
}

export function currentEntry(locals: object): EntryPageView {
  const entry = (locals as { currentEntry?: EntryPageView }).currentEntry;
  if (!entry) throw new Error('MDX components <Quote>, <Cite> and <Actor> can only be used in entry bodies');
  return entry;
}
