/**
 * The actor graph: who appears with whom (actors named in the same entry), ranked; an actor's positions over
 * time; and the part of the graph the network page draws. Pure: built from the record's entries.
 *
 * "Appears with" counts shared entries: two actors named in one entry share it once, whatever their roles or
 * how often each is listed there. Quote speakers count only when the entry also lists them under `actors`,
 * so "appears with" agrees with the entries an actor page lists.
 */
import { compareDates } from './dates';
import type { RecordEntry } from './record';
import type { ActorRole, Position } from '../schema/vocabulary';
import { entryUrl, quoteUrl } from './urls';

export interface Partner {
  /** The other actor. */
  slug: string;
  /** Entries both are named in. */
  count: number;
  /** Those entries' slugs, oldest first. */
  entries: string[];
}

export interface ActorGraph {
  /** Actors sharing at least one entry with `actor`: most shared entries first, then name. */
  appearsWith(actor: string): Partner[];
  /** Every pair once (`a` < `b` by slug), heaviest first, then by slugs. */
  edges: Array<{ a: string; b: string; count: number; entries: string[] }>;
}

export function buildActorGraph(entries: readonly RecordEntry[], actorName: (slug: string) => string): ActorGraph {
  const pairs = new Map<string, Map<string, string[]>>();
  const link = (a: string, b: string, entry: string) => {
    const m = pairs.get(a) ?? new Map<string, string[]>();
    const list = m.get(b) ?? [];
    list.push(entry);
    m.set(b, list);
    pairs.set(a, m);
  };
  // `entries` is in record (date) order, so each pair's entry list comes out oldest first.
  for (const e of entries) {
    const slugs = [...new Set(e.data.actors.map((a) => a.actor))].sort();
    for (let i = 0; i < slugs.length; i++)
      for (let j = i + 1; j < slugs.length; j++) {
        link(slugs[i]!, slugs[j]!, e.slug);
        link(slugs[j]!, slugs[i]!, e.slug);
      }
  }
  const rank = (x: { count: number; name: string }, y: { count: number; name: string }) =>
    y.count - x.count || x.name.localeCompare(y.name);

  const edges: ActorGraph['edges'] = [];
  for (const [a, m] of pairs)
    for (const [b, list] of m) if (a < b) edges.push({ a, b, count: list.length, entries: list });
  edges.sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));

  return {
    appearsWith: (actor) =>
      [...(pairs.get(actor) ?? new Map<string, string[]>())]
        .map(([slug, list]) => ({ slug, count: list.length, entries: list, name: actorName(slug) }))
        .sort(rank)
        .map(({ slug, count, entries }) => ({ slug, count, entries })),
    edges,
  };
}

/**
 * Roles whose holder takes the document's stand as their own: those who wrote, signed, said, sponsored,
 * published or decided it. A letter's recipient or a case's respondent does not share its position.
 */
const STANCE_ROLES: readonly ActorRole[] = ['author', 'signatory', 'speaker', 'sponsor', 'publisher', 'court'];

export interface PositionPoint {
  date: string;
  position: Position;
  /** `entry`: the entry's own position, taken by the actor through a stance role; `quote`: the actor's quote. */
  from: 'entry' | 'quote';
  entry: string;
  title: string;
  /** For quotes: the quote id (its anchor is `#quote-<id>`). */
  quote?: string;
  /** For entries: the actor's stance role there. */
  role?: ActorRole;
  href: string;
}

/**
 * An actor's positions on exceptional access over time: each entry with a `position` in which the actor holds a
 * stance role, and each of the actor's quotes with a `position`. Oldest first; in one entry, the entry before its
 * quotes, quotes in the order written.
 */
export function positionsOverTime(entries: readonly RecordEntry[], actor: string): PositionPoint[] {
  const out: PositionPoint[] = [];
  for (const e of entries) {
    const d = e.data;
    if (d.position) {
      const role = d.actors.find((a) => a.actor === actor && STANCE_ROLES.includes(a.role))?.role;
      if (role)
        out.push({
          date: d.date,
          position: d.position,
          from: 'entry',
          entry: e.slug,
          title: d.title,
          role,
          href: entryUrl(e.slug),
        });
    }
    for (const q of d.quotes)
      if (q.speaker.includes(actor) && q.position)
        out.push({
          date: d.date,
          position: q.position,
          from: 'quote',
          entry: e.slug,
          title: d.title,
          quote: q.id,
          href: quoteUrl(e.slug, q.id),
        });
  }
  // Entries come in record order already; a stable sort keeps entry-before-quotes within one entry.
  return out.sort((a, b) => compareDates(a.date, b.date));
}

export interface NetworkSelection {
  /** Actors drawn, by slug, sorted by slug (so the layout's input order never depends on anything else). */
  nodes: Array<{ slug: string; entries: number }>;
  edges: Array<{ a: string; b: string; count: number }>;
  /** Left out: pairs beyond the limits; actors beyond the limits; actors who share no entry with anyone. */
  omitted: { edges: number; nodes: number; isolated: number };
}

/**
 * The part of the graph the network page draws: the `maxNodes` actors in most entries (ties by slug) that share
 * at least one entry with another drawn actor, and at most `maxEdges` of the heaviest pairs among them. The
 * limits keep the page light as the record grows; the counts of what was left out are returned for the page to
 * say so. `entryCount` is the record's (src/lib/record.ts).
 */
export function selectNetwork(
  graph: ActorGraph,
  actors: readonly string[],
  entryCount: (actor: string) => number,
  { maxNodes = 400, maxEdges = 1500 }: { maxNodes?: number; maxEdges?: number } = {},
): NetworkSelection {
  const connected = actors.filter((s) => graph.appearsWith(s).length > 0);
  const chosen = new Set(
    [...connected].sort((x, y) => entryCount(y) - entryCount(x) || x.localeCompare(y)).slice(0, maxNodes),
  );
  const among = graph.edges.filter((e) => chosen.has(e.a) && chosen.has(e.b));
  const edges = among.slice(0, maxEdges).map(({ a, b, count }) => ({ a, b, count }));
  const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
  const nodes = [...linked].sort().map((slug) => ({ slug, entries: entryCount(slug) }));
  return {
    nodes,
    edges,
    omitted: {
      edges: graph.edges.length - edges.length,
      nodes: connected.length - nodes.length,
      isolated: actors.length - connected.length,
    },
  };
}

export interface PositionRow {
  entry: string;
  date: string;
  title: string;
  /** The distinct positions taken in this entry, in the order first taken (the entry's own first). */
  positions: Position[];
  /** The actor's stance role in the entry, when the entry's own position counts for them. */
  role?: ActorRole;
  /** Ids of the actor's positioned quotes in this entry, in order. */
  quotes: string[];
}

/** Points of `positionsOverTime` folded into one row per entry, so a speech with four quotes reads once. */
export function positionRows(points: readonly PositionPoint[]): PositionRow[] {
  const rows: PositionRow[] = [];
  for (const p of points) {
    let row = rows.find((r) => r.entry === p.entry);
    if (!row) {
      row = { entry: p.entry, date: p.date, title: p.title, positions: [], quotes: [] };
      rows.push(row);
    }
    if (!row.positions.includes(p.position)) row.positions.push(p.position);
    if (p.from === 'entry' && p.role) row.role = p.role;
    if (p.quote) row.quotes.push(p.quote);
  }
  return rows;
}

/** A run of an actor's entries that take the same stand(s): where a position starts, holds and changes. */
export interface PositionRun {
  positions: Position[];
  /** The run's entries, oldest first (rows of `positionRows`). */
  rows: PositionRow[];
}

/**
 * Rows folded into runs of the same positions, so five statements "for access" in a row read as one line (first
 * seen, last seen, how many), and each change of stand starts a new line.
 */
export function positionRuns(rows: readonly PositionRow[]): PositionRun[] {
  const runs: PositionRun[] = [];
  const same = (a: readonly Position[], b: readonly Position[]) =>
    a.length === b.length && [...a].sort().join() === [...b].sort().join();
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && same(last.positions, row.positions)) last.rows.push(row);
    else runs.push({ positions: [...row.positions], rows: [row] });
  }
  return runs;
}
