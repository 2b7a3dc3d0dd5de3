/**
 * Which group of results comes first. By default quotes (people come to find a statement), then entries, then
 * actors; but a query that names someone or something is answered by its page first: "Patel", "Barr", "Wyden" put
 * the actor first, "chat control" or "earn it" the entry it names (by its title or one of its aliases).
 */
import { GROUP_ORDER } from './fields';
import { indexWords, words } from './text';
import type { SearchKind, SearchRecord } from './types';

/** The names a record answers to: an actor's name and aliases; an entry's title and aliases. Quotes have none. */
function namesOf(r: SearchRecord): string[] {
  if (r.kind === 'actor') return [r.name, ...r.aliases];
  if (r.kind === 'entry') return [r.title, ...r.aliases];
  return [];
}

/**
 * Whether the query names the record: every query word is a word of one of its names (the last word, while still
 * being typed, may be the start of one). Typos do not name anything: a misspelt query keeps the default order.
 */
function namedBy(r: SearchRecord, terms: readonly string[], lastOpen: boolean): boolean {
  if (!terms.length) return false;
  return namesOf(r).some((name) => {
    const ws = words(name);
    return terms.every((t, i) =>
      lastOpen && i === terms.length - 1 ? ws.some((w) => w.startsWith(t)) : ws.includes(t),
    );
  });
}

/**
 * Whether one of the record's names is exactly the query ("chat control" is the CSA Regulation proposal's alias,
 * not merely words in the title of an entry about it): such a record comes first in its group.
 */
export function namedExactly(r: SearchRecord, terms: readonly string[]): boolean {
  if (!terms.length) return false;
  const wanted = [...terms].sort().join(' ');
  return namesOf(r).some((name) => indexWords(name).sort().join(' ') === wanted);
}

/** The kinds in the order to show them: those whose best result the query names first (actors, then entries). */
export function groupOrder(
  tops: ReadonlyMap<SearchKind, SearchRecord>,
  terms: readonly string[],
  lastOpen: boolean,
): SearchKind[] {
  const named = (['actor', 'entry'] as const).filter((k) => {
    const top = tops.get(k);
    return top !== undefined && namedBy(top, terms, lastOpen);
  });
  return [...named, ...GROUP_ORDER.filter((k) => !named.includes(k as 'actor' | 'entry'))];
}
