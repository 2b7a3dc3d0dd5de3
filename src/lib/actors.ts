/** Actor lists for the index page (grouped by kind, with entry counts), and the network's colour groups. */
import { ACTOR_KIND_LABELS, ACTOR_KINDS, type ActorKind } from '../schema/vocabulary';
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

/**
 * The network's colour groups: actor kinds folded into the groups a reader tells apart at a glance, each with the
 * legend's words. Every kind is in exactly one group.
 */
export const NETWORK_GROUPS: ReadonlyArray<{ id: string; label: string; kinds: readonly ActorKind[] }> = [
  { id: 'government', label: 'Government or alliance', kinds: ['government', 'alliance'] },
  { id: 'agency', label: 'Ministry, agency or law enforcement', kinds: ['agency'] },
  { id: 'legislature', label: 'Legislature', kinds: ['legislature'] },
  { id: 'court', label: 'Court', kinds: ['court'] },
  { id: 'company', label: 'Company', kinds: ['company'] },
  { id: 'civil', label: 'Civil society or media', kinds: ['ngo', 'media'] },
  { id: 'academic', label: 'Academic', kinds: ['academic'] },
  { id: 'person', label: 'Person', kinds: ['person'] },
];

/** The colour group of an actor kind. */
export function networkGroup(kind: ActorKind): string {
  return NETWORK_GROUPS.find((g) => g.kinds.includes(kind))!.id;
}

/**
 * Whether an actor stands for someone the sources do not name ("Unnamed government official", credited through a
 * quote's attribution): a placeholder links unrelated entries, so the network leaves it out. The convention is its
 * name, as content/README.md says.
 */
export function isPlaceholder(actor: Pick<RecordActor, 'data'>): boolean {
  return /^(unnamed|unidentified|anonymous)\b/i.test(actor.data.name);
}
