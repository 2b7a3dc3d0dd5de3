/** The query's filters (kind:, actor:, jurisdiction:, year:/from:/to:) as tests on records. */
import { allowedEdits, editDistance, prefixDistance } from './fuzzy';
import type { ParsedQuery, QueryNote } from './query';
import { words } from './text';
import { actorsUrl } from '../urls';
import type { ActorName, FilterRecord } from './data';

/** Actor slugs a filter value stands for: containing it, or failing that, within a typo of it. */
export function actorResolver(actors: readonly ActorName[]): (value: string, notes: QueryNote[]) => Set<string> {
  const actorIndex = actors.map((a) => ({
    slug: a.slug,
    name: a.name,
    haystacks: [words(a.slug).join(' '), words(a.name).join(' '), ...a.aliases.map((x) => words(x).join(' '))],
    words: new Set([...words(a.slug), ...words(a.name), ...a.aliases.flatMap((x) => words(x))]),
  }));
  return (value, notes) => {
    const contains = actorIndex.filter((a) => a.haystacks.some((h) => h.includes(value)));
    if (contains.length) return new Set(contains.map((a) => a.slug));
    const parts = value.split(' ');
    const near = actorIndex.filter((a) =>
      parts.every((p) => {
        const edits = Math.max(1, allowedEdits(p));
        for (const w of a.words)
          if (editDistance(p, w, edits) <= edits || prefixDistance(p, w, edits) <= edits) return true;
        return false;
      }),
    );
    if (near.length)
      notes.push({
        type: 'corrected',
        message: `No actor is called “${value}”; showing the closest: ${near
          .slice(0, 5)
          .map((a) => a.name)
          .join(', ')}${near.length > 5 ? '…' : ''}.`,
      });
    else
      notes.push({
        type: 'bad-value',
        message: `No actor matches “${value}”; see the list of actors at ${actorsUrl()}.`,
      });
    return new Set(near.map((a) => a.slug));
  };
}

type Filter = (r: FilterRecord) => boolean;

/** The query's filters (kind:, actor:, jurisdiction:, year:/from:/to:) as tests on records. */
export function buildFilters(
  q: ParsedQuery,
  notes: QueryNote[],
  resolveActors: ReturnType<typeof actorResolver>,
): Filter[] {
  const filters: Filter[] = [];
  for (const group of q.kinds) {
    const set = new Set(group);
    filters.push((r) => set.has(r.kind === 'actor' ? r.actorKind : r.entryKind));
  }
  for (const group of q.actors) {
    const slugs = new Set<string>();
    for (const v of group) for (const s of resolveActors(v, notes)) slugs.add(s);
    filters.push((r) =>
      r.kind === 'quote'
        ? r.speakers.some((s) => slugs.has(s))
        : r.kind === 'entry'
          ? r.actors.some((a) => slugs.has(a))
          : slugs.has(r.slug),
    );
  }
  for (const group of q.jurisdictions) {
    const set = new Set(group);
    filters.push((r) =>
      r.kind === 'actor' ? r.country !== undefined && set.has(r.country) : r.jurisdictions.some((j) => set.has(j)),
    );
  }
  if (q.from !== undefined || q.to !== undefined) {
    const from = q.from ?? -Infinity;
    const to = q.to ?? Infinity;
    filters.push((r) => r.kind !== 'actor' && r.years[1] >= from && r.years[0] <= to);
  }
  return filters;
}
