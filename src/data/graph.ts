/** The actor graph of a snapshot, built once (actor pages and the network page share it). */
import { buildActorGraph, type ActorGraph } from '../lib/actor-graph';
import { derived, type Content } from './content';

export function getActorGraph(content: Content): ActorGraph {
  return derived(content, 'actor-graph', ({ record, actorName }) => buildActorGraph(record.entries, actorName));
}
