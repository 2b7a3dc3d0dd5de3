/** Actor lists for the index page: grouped by kind, in a fixed order, with entry counts. */
import { ACTOR_KINDS, type ActorKind } from '../schema/vocabulary';
import type { RecordActor } from './record';

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: 'People',
  government: 'Governments',
  agency: 'Agencies and ministries',
  legislature: 'Legislatures and committees',
  court: 'Courts',
  company: 'Companies',
  ngo: 'Non-governmental organisations',
  alliance: 'Alliances',
  media: 'Media',
  academic: 'Academic bodies',
};

export function groupActorsByKind(actors: readonly RecordActor[], entryCount: (slug: string) => number) {
  return ACTOR_KINDS.map((kind) => ({
    kind,
    label: ACTOR_KIND_LABELS[kind],
    actors: actors
      .filter((a) => a.data.kind === kind)
      .map((actor) => ({ actor, entries: entryCount(actor.slug) }))
      .sort((x, y) => x.actor.data.name.localeCompare(y.actor.data.name)),
  })).filter((g) => g.actors.length > 0);
}
