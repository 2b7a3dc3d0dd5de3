/** The actor graph, built once per build from the record (actor pages and the network page share it). */
import { buildActorGraph, type ActorGraph } from '../lib/actor-graph';
import { getRecord } from './record';

let cached: Promise<ActorGraph> | undefined;

export function getActorGraph(): Promise<ActorGraph> {
  cached ??= getRecord().then((record) =>
    buildActorGraph(record.entries, (slug) => record.actor(slug)?.data.name ?? slug),
  );
  return cached;
}
