/**
 * Lays out the actor network at build time with d3-force, deterministically: the nodes go in sorted by slug,
 * d3-force starts them on its fixed phyllotaxis spiral and draws its jitter from its own seeded generator
 * (d3-force ≥ 3: `simulation.randomSource`, seeded by default), and a fixed number of ticks runs without a timer.
 * The same record therefore always gives the same picture, and the SVG is plain markup: no graph library reaches
 * the reader.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { NetworkSelection } from './actor-graph';

export interface LaidNode {
  slug: string;
  entries: number;
  x: number;
  y: number;
  r: number;
  /** Whether the drawing prints this node's name next to it (the busiest actors only, so labels stay legible). */
  labelled: boolean;
  /** Where, when labelled: a place where it covers no other label (and, where one exists, no other node). */
  label: LabelPlace | undefined;
}

export interface LaidEdge {
  a: string;
  b: string;
  count: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width, growing with the number of shared entries. */
  width: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: LaidNode[];
  edges: LaidEdge[];
}

interface SimNode extends SimulationNodeDatum {
  slug: string;
  entries: number;
  r: number;
}

export interface LayoutOptions {
  width?: number;
  height?: number;
  /** Simulation steps; fixed so the result never depends on time. */
  ticks?: number;
  /** At most this many of the busiest actors get a printed label. */
  labels?: number;
  /** The printed name of an actor, to keep labels from overlapping (estimated width, not measured). */
  name?: (slug: string) => string;
}

/**
 * Rough width of a label at 11px bold system sans-serif, a little generous (DejaVu Sans Bold, Debian's default, is
 * wide): enough to keep labels apart, not to typeset.
 */
const CHAR_WIDTH = 7.4;
const LABEL_HEIGHT = 13;

const round = (n: number) => Math.round(n * 10) / 10;

/** A box [left, top, right, bottom]. */
export type Box = [number, number, number, number];

/** Where a label is printed: its text anchor point and the box it covers. */
export interface LabelPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** The places tried for a node's label, in order: above, below, right, left of the node. */
function labelPlaces(node: { x: number; y: number; r: number }, label: string): LabelPlace[] {
  const w = label.length * CHAR_WIDTH;
  const { x, y, r } = node;
  const above = y - r - 3;
  const below = y + r + 3 + LABEL_HEIGHT - 3;
  const mid = y + 4;
  return [
    { x, y: above, anchor: 'middle', box: [x - w / 2, above - LABEL_HEIGHT + 3, x + w / 2, above + 3] },
    { x, y: below, anchor: 'middle', box: [x - w / 2, below - LABEL_HEIGHT + 3, x + w / 2, below + 3] },
    { x: x + r + 3, y: mid, anchor: 'start', box: [x + r + 3, mid - LABEL_HEIGHT + 3, x + r + 3 + w, mid + 3] },
    { x: x - r - 3, y: mid, anchor: 'end', box: [x - r - 3 - w, mid - LABEL_HEIGHT + 3, x - r - 3, mid + 3] },
  ];
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export function layoutNetwork(selection: NetworkSelection, options: LayoutOptions = {}): NetworkLayout {
  const { width = 960, height = 720, ticks = 300, labels = 30, name = (s: string) => s } = options;
  const nodes: SimNode[] = [...selection.nodes]
    .sort((x, y) => x.slug.localeCompare(y.slug))
    .map((n) => ({ slug: n.slug, entries: n.entries, r: 3 + 2 * Math.sqrt(n.entries) }));
  const index = new Map(nodes.map((n, i) => [n.slug, i]));
  const links: Array<SimulationLinkDatum<SimNode> & { count: number }> = selection.edges
    .filter((e) => index.has(e.a) && index.has(e.b))
    .map((e) => ({ source: index.get(e.a)!, target: index.get(e.b)!, count: e.count }));

  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink(links)
        .distance(50)
        .strength((l) => Math.min(1, 0.15 * (l as { count: number }).count)),
    )
    .force('charge', forceManyBody().strength(-90))
    .force(
      'collide',
      forceCollide<SimNode>((n) => n.r + 3),
    )
    .force('x', forceX(0).strength(0.05))
    .force('y', forceY(0).strength(0.05))
    .stop();
  simulation.tick(ticks);

  // Fit the result into the view box, keeping proportions, with room for labels at the edges.
  const pad = 24;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 0);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 0);
  const scale = Math.min((width - 2 * pad) / (maxX - minX || 1), (height - 2 * pad) / (maxY - minY || 1), 4);
  const offX = (width - (maxX - minX) * scale) / 2;
  const offY = (height - (maxY - minY) * scale) / 2;
  const px = (x: number) => round(offX + (x - minX) * scale);
  const py = (y: number) => round(offY + (y - minY) * scale);

  // Busiest first, each label placed at the first of its places (above, below, right, left) that stays inside the
  // drawing and covers no label already placed (and, where possible, no other node); else it goes unlabelled.
  const circles: Array<{ slug: string; box: Box }> = nodes.map((n) => {
    const [x, y] = [px(n.x ?? 0), py(n.y ?? 0)];
    return { slug: n.slug, box: [x - n.r, y - n.r, x + n.r, y + n.r] };
  });
  const places = new Map<string, LabelPlace>();
  const boxes: Box[] = [];
  for (const n of [...nodes].sort((x, y) => y.entries - x.entries || x.slug.localeCompare(y.slug))) {
    if (places.size >= labels) break;
    const candidates = labelPlaces({ x: px(n.x ?? 0), y: py(n.y ?? 0), r: n.r }, name(n.slug)).filter(
      ({ box }) =>
        box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height && !boxes.some((b) => overlaps(box, b)),
    );
    // Best a place that covers no other node; in a dense cluster, one that covers no other label (its halo keeps
    // it legible over a line or a small circle).
    const place =
      candidates.find(({ box }) => !circles.some((c) => c.slug !== n.slug && overlaps(box, c.box))) ?? candidates[0];
    if (!place) continue;
    boxes.push(place.box);
    places.set(n.slug, { ...place, x: round(place.x), y: round(place.y) });
  }
  const laidNodes: LaidNode[] = nodes.map((n) => ({
    slug: n.slug,
    entries: n.entries,
    x: px(n.x ?? 0),
    y: py(n.y ?? 0),
    r: round(n.r),
    labelled: places.has(n.slug),
    label: places.get(n.slug),
  }));
  const bySlug = new Map(laidNodes.map((n) => [n.slug, n]));
  const laidEdges: LaidEdge[] = selection.edges
    .filter((e) => bySlug.has(e.a) && bySlug.has(e.b))
    .map((e) => {
      const a = bySlug.get(e.a)!;
      const b = bySlug.get(e.b)!;
      return {
        a: e.a,
        b: e.b,
        count: e.count,
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        width: round(Math.min(6, 0.6 + 0.6 * e.count)),
      };
    });
  return { width, height, nodes: laidNodes, edges: laidEdges };
}
