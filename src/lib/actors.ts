/** Actor lists for the index page: grouped by kind, in a fixed order, with entry counts. */
import { ACTOR_KIND_LABELS, ACTOR_KINDS } from '../schema/vocabulary';
import type { RecordActor } from './record';

export function groupActorsByKind(actors: readonly RecordActor[], entryCount: (slug: string) => number) {
  return ACTOR_KINDS.map((kind) => ({
    kind,
    label: ACTOR_KIND_LABELS[kind].many,
    actors: actors
      .filter((a) => a.data.kind === kind)
      .map((actor) => ({ actor, entries: entryCount(actor.slug) }))
      .sort((x, y) => x.actor.data.name.localeCompare(y.actor.data.name)),
  })).filter((g) => g.actors.length > 0);
}
