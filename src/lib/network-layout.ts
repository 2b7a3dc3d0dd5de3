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

/** Rough width of a label at 11px bold system sans-serif: enough to keep labels apart, not to typeset. */
const CHAR_WIDTH = 6.6;
const LABEL_HEIGHT = 12;

const round = (n: number) => Math.round(n * 10) / 10;

/** The estimated box [left, top, right, bottom] of a node's label, printed centred just above the node. */
export function labelBox(node: { x: number; y: number; r: number }, label: string): [number, number, number, number] {
  const w = label.length * CHAR_WIDTH;
  const bottom = node.y - node.r - 2;
  return [node.x - w / 2, bottom - LABEL_HEIGHT, node.x + w / 2, bottom];
}

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

  // Busiest first, each label placed above its node only where it overlaps no label already placed.
  const labelled = new Set<string>();
  const boxes: Array<[number, number, number, number]> = [];
  for (const n of [...nodes].sort((x, y) => y.entries - x.entries || x.slug.localeCompare(y.slug))) {
    if (labelled.size >= labels) break;
    const box = labelBox({ x: px(n.x ?? 0), y: py(n.y ?? 0), r: n.r }, name(n.slug));
    if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
    boxes.push(box);
    labelled.add(n.slug);
  }
  const laidNodes: LaidNode[] = nodes.map((n) => ({
    slug: n.slug,
    entries: n.entries,
    x: px(n.x ?? 0),
    y: py(n.y ?? 0),
    r: round(n.r),
    labelled: labelled.has(n.slug),
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
