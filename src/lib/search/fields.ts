/**
 * What search reads of each record: the searched fields per kind with their weights, and each field's text.
 */
import { FACETS } from '../facets';
import type { EntrySearchRecord, SearchKind, SearchRecord } from './types';

/** The kinds in their default display order (a query that names an actor or an entry brings its group first). */
export const GROUP_ORDER: readonly SearchKind[] = ['quote', 'entry', 'actor'];
export const GROUP_LABELS: Record<SearchKind, string> = { quote: 'Quotes', entry: 'Entries', actor: 'Actors' };

/** Searched fields per kind, with their weight: what a word in that field says about the record. */
export const FIELDS: Record<SearchKind, ReadonlyArray<readonly [string, number]>> = {
  quote: [
    ['text', 1],
    ['speaker', 0.7],
    ['entry', 0.45],
    ['source', 0.25],
    ['attribution', 0.35],
    ['date', 0.3],
  ],
  entry: [
    // The title and the entry's other names ("chat control"): a field mask has room for eight fields.
    ['title', 1],
    ['summary', 0.55],
    ['actors', 0.6],
    ['tags', 0.6],
    ['kind', 0.5],
    ['jurisdictions', 0.45],
    ['date', 0.35],
    // The entry's id is chosen by an editor to name its subject ("barr-iccs-warrant-proof-encryption-speech-2019").
    ['slug', 0.35],
  ],
  actor: [
    ['name', 1],
    ['aliases', 0.9],
    ['roles', 0.45],
  ],
};

/** Labels searched alongside the codes (src/lib/facets.ts): "Communiqué communique", "UK United Kingdom". */
const entryKindLabel = (k: EntrySearchRecord['entryKind']) => `${FACETS.kind.label(k)} ${k}`;
const jurisdictionLabel = (code: string) => `${code} ${FACETS.jurisdiction.label(code)}`;

/** The text of each searched field, in `FIELDS` order. */
export function fieldTexts(r: SearchRecord): string[] {
  switch (r.kind) {
    case 'quote':
      return [r.text, r.speakerName, r.entryTitle, r.sourceTitle, r.attribution ?? '', r.date];
    case 'entry':
      return [
        [r.title, ...r.aliases].join(' · '),
        r.summary,
        r.actorNames.join(' · '),
        r.tags.join(' '),
        entryKindLabel(r.entryKind),
        r.jurisdictions.map(jurisdictionLabel).join(' '),
        r.date,
        r.slug.replace(/-/g, ' '),
      ];
    case 'actor':
      return [r.name, r.aliases.join(' · '), r.roles.join(' · ')];
  }
}

export const KIND_CODE: Record<SearchKind, number> = { quote: 0, entry: 1, actor: 2 };
