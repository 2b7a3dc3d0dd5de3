/**
 * The record as pages read it: entries in date order, actors, and everything derived from them (reverse
 * relations, previous/next, an actor's entries by role, quotes by speaker, organisation trees). Pure: takes
 * plain data, so it is unit-tested without Astro; `src/data/content.ts` feeds it the collections.
 */
import type { Actor } from '../schema/actor';
import type { Entry, Quote } from '../schema/entry';
import { RELATION_LABELS, type ActorRole, type Relation } from '../schema/vocabulary';
import { compareDates, compareSortKeys, sortKey } from './dates';

export interface RecordEntry {
  slug: string;
  data: Entry;
}
export interface RecordActor {
  slug: string;
  data: Actor;
}

export interface RelationLink {
  /** The other entry. */
  slug: string;
  title: string;
  date: string;
  rel: Relation;
  /** `forward`: this entry typed the link; `reverse`: the other entry did. */
  direction: 'forward' | 'reverse';
  /** "Responds to" / "Responded to by". */
  label: string;
}

export interface ActorQuote {
  entry: RecordEntry;
  quote: Quote;
}

export interface TrackerRecord {
  /** Entries oldest first (by start of interval; less precise first on ties; then title). */
  entries: RecordEntry[];
  actors: RecordActor[];
  entry: (slug: string) => RecordEntry | undefined;
  actor: (slug: string) => RecordActor | undefined;
  /** Both directions of every typed link, forward links first. */
  relations: (slug: string) => RelationLink[];
  previous: (slug: string) => RecordEntry | undefined;
  next: (slug: string) => RecordEntry | undefined;
  /** An actor's entries grouped by role, each group oldest first. */
  entriesOf: (actor: string) => Array<{ role: ActorRole; entries: RecordEntry[] }>;
  /** How many entries name the actor under `actors`, each counted once whatever its roles there. */
  entryCount: (actor: string) => number;
  /** Every quote the actor is a speaker of (alone or jointly), oldest first. */
  quotesBy: (actor: string) => ActorQuote[];
  /** Organisations whose `parent` is this actor, and people whose roles name it as `org`. */
  membersOf: (actor: string) => RecordActor[];
  /** This actor's parent chain, nearest first (a ministry → its government). */
  parentsOf: (actor: string) => RecordActor[];
}

export function buildRecord(entriesIn: readonly RecordEntry[], actorsIn: readonly RecordActor[]): TrackerRecord {
  // By date (start of interval, less precise first on ties), then title, then slug, each date parsed once: EDTF parsing costs ~0.1 ms, and a sort compares
  // n log n times (10 000 entries: ~30 s re-parsing, measured by the search benchmark).
  const keys = new Map(entriesIn.map((e) => [e, sortKey(e.data.date)]));
  const entries = [...entriesIn].sort(
    (a, b) =>
      compareSortKeys(keys.get(a)!, keys.get(b)!) ||
      a.data.title.localeCompare(b.data.title) ||
      a.slug.localeCompare(b.slug),
  );
  const actors = [...actorsIn].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const entryBySlug = new Map(entries.map((e) => [e.slug, e]));
  const actorBySlug = new Map(actors.map((a) => [a.slug, a]));
  const position = new Map(entries.map((e, i) => [e.slug, i]));

  const relationMap = new Map<string, RelationLink[]>();
  const push = (slug: string, link: RelationLink) => {
    const list = relationMap.get(slug) ?? [];
    list.push(link);
    relationMap.set(slug, list);
  };
  for (const e of entries)
    for (const r of e.data.related) {
      const target = entryBySlug.get(r.entry);
      if (!target) continue;
      const labels = RELATION_LABELS[r.rel];
      push(e.slug, {
        slug: target.slug,
        title: target.data.title,
        date: target.data.date,
        rel: r.rel,
        direction: 'forward',
        label: labels.forward,
      });
      push(target.slug, {
        slug: e.slug,
        title: e.data.title,
        date: e.data.date,
        rel: r.rel,
        direction: 'reverse',
        label: labels.reverse,
      });
    }
  for (const list of relationMap.values())
    list.sort(
      (a, b) => (a.direction === b.direction ? 0 : a.direction === 'forward' ? -1 : 1) || compareDates(a.date, b.date),
    );

  const byActor = new Map<string, Map<ActorRole, RecordEntry[]>>();
  const quotes = new Map<string, ActorQuote[]>();
  for (const e of entries) {
    for (const a of e.data.actors) {
      const roles = byActor.get(a.actor) ?? new Map<ActorRole, RecordEntry[]>();
      const list = roles.get(a.role) ?? [];
      if (!list.includes(e)) list.push(e);
      roles.set(a.role, list);
      byActor.set(a.actor, roles);
    }
    for (const q of e.data.quotes)
      for (const speaker of new Set(q.speaker)) {
        const list = quotes.get(speaker) ?? [];
        list.push({ entry: e, quote: q });
        quotes.set(speaker, list);
      }
  }

  const members = new Map<string, Set<RecordActor>>();
  const addMember = (org: string, member: RecordActor) => {
    if (org === member.slug) return;
    const set = members.get(org) ?? new Set<RecordActor>();
    set.add(member);
    members.set(org, set);
  };
  for (const a of actors) {
    if (a.data.parent) addMember(a.data.parent, a);
    for (const r of a.data.roles) if (r.org) addMember(r.org, a);
  }

  return {
    entries,
    actors,
    entry: (slug) => entryBySlug.get(slug),
    actor: (slug) => actorBySlug.get(slug),
    relations: (slug) => relationMap.get(slug) ?? [],
    previous: (slug) => {
      const i = position.get(slug);
      return i === undefined || i === 0 ? undefined : entries[i - 1];
    },
    next: (slug) => {
      const i = position.get(slug);
      return i === undefined ? undefined : entries[i + 1];
    },
    entriesOf: (actor) =>
      [...(byActor.get(actor) ?? new Map<ActorRole, RecordEntry[]>()).entries()].map(([role, list]) => ({
        role,
        entries: list,
      })),
    entryCount: (actor) => new Set([...(byActor.get(actor)?.values() ?? [])].flat()).size,
    quotesBy: (actor) => quotes.get(actor) ?? [],
    membersOf: (actor) => [...(members.get(actor) ?? [])].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    parentsOf: (actor) => {
      const chain: RecordActor[] = [];
      let current = actorBySlug.get(actor)?.data.parent;
      while (current && !chain.some((c) => c.slug === current)) {
        const parent = actorBySlug.get(current);
        if (!parent) break;
        chain.push(parent);
        current = parent.data.parent;
      }
      return chain;
    },
  };
}
