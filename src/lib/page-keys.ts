/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page is copied from the previous
 * build instead of rendered when its route's code and its key are unchanged (Astro tracks the code, and the MDX
 * body each page renders, itself). So a key must change whenever anything else the page shows changes. It hashes
 * everything of the record the page reads, erring on the side of too much: a key that changes needlessly costs
 * one render; one that misses a change would publish a stale page.
 */
import { createHash } from 'node:crypto';
import type { TrackerRecord, RecordEntry } from './record';

/** What an entry page depends on besides its own MDX body and the code. */
export interface PageKeyContext {
  /** The site's address (absolute links, citations). */
  site: string;
  /** The build day (the access date in the "via" citation). */
  day: string;
  /** The entry's MDX body, scanned for `<Actor id="…">` references. */
  body?: string | undefined;
  /** The dossiers the entry is part of, as its page shows them (title, steps, current stage, as of). */
  dossiers?: unknown;
  /**
   * What the page shows that neither the record nor the code determines: "Last updated" (from git) and where
   * "Report an error" goes (the site's configuration).
   */
  provenance?: unknown;
}

const TOKEN = /[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** Every actor the entry names anywhere (actors, speakers, roles, body), found by scanning all its text for actor ids. */
export function actorsNamedBy(entry: RecordEntry, record: Pick<TrackerRecord, 'actor'>, body = ''): string[] {
  const found = new Set<string>();
  const scan = (text: string) => {
    for (const [token] of text.matchAll(TOKEN)) if (!found.has(token) && record.actor(token)) found.add(token);
  };
  scan(JSON.stringify(entry.data));
  scan(body);
  return [...found].sort();
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/**
 * The key of `/entries/<slug>/`: the entry's data; every actor it names (their whole record); its typed links both
 * ways (the linked entries' titles and dates); the entries before and after it (the page links them by title);
 * the site and the build day.
 */
export function entryPageKey(
  entry: RecordEntry,
  record: Pick<TrackerRecord, 'actor' | 'relations' | 'previous' | 'next'>,
  context: PageKeyContext,
): string {
  const neighbour = (e: RecordEntry | undefined) => e && { slug: e.slug, data: e.data };
  return digest({
    slug: entry.slug,
    data: entry.data,
    actors: actorsNamedBy(entry, record, context.body).map((slug) => record.actor(slug)),
    relations: record.relations(entry.slug),
    previous: neighbour(record.previous(entry.slug)),
    next: neighbour(record.next(entry.slug)),
    site: context.site,
    day: context.day,
    dossiers: context.dossiers ?? [],
    provenance: context.provenance ?? null,
  });
}

/**
 * The keys of every `/actors/<slug>/` page: the actor; the actors above and below it (parents, members); every
 * entry that names it anywhere, with its body (its entries, quotes, positions and the actors it appears with all
 * come from those); and every actor those entries name (the page shows their names).
 */
export function actorPageKeys(
  record: Pick<TrackerRecord, 'entries' | 'actors' | 'actor' | 'parentsOf' | 'membersOf'>,
  bodies: (slug: string) => string | undefined,
  site: string,
): Map<string, string> {
  const named = new Map<RecordEntry, string[]>();
  const naming = new Map<string, RecordEntry[]>();
  for (const entry of record.entries) {
    const slugs = actorsNamedBy(entry, record, bodies(entry.slug));
    named.set(entry, slugs);
    for (const slug of slugs) naming.set(slug, [...(naming.get(slug) ?? []), entry]);
  }
  const keys = new Map<string, string>();
  for (const actor of record.actors) {
    const entries = naming.get(actor.slug) ?? [];
    const others = new Set(entries.flatMap((e) => named.get(e)!));
    keys.set(
      actor.slug,
      digest({
        actor,
        parents: record.parentsOf(actor.slug),
        members: record.membersOf(actor.slug),
        entries: entries.map((e) => ({ slug: e.slug, data: e.data, body: bodies(e.slug) })),
        actors: [...others].sort().map((slug) => record.actor(slug)),
        site,
      }),
    );
  }
  return keys;
}

/** The key of a file made from one subset of entries alone (a feed, a TimelineJS file): the subset and the site. */
export function subsetKey(subset: unknown, site: string): string {
  return digest({ subset, site });
}
