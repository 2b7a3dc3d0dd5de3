/** The actor graph ("appears with"), positions over time, the network selection and its deterministic layout. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildActorGraph, positionRows, positionsOverTime, selectNetwork } from '../../src/lib/actor-graph';
import { buildRecord } from '../../src/lib/record';
import { layoutNetwork } from '../../src/lib/network-layout';
import { validateContent } from '../../src/lib/validate';
import { inRecordOrder, makeEntry } from '../helpers/record-fixtures';

const quoteSource = 's1';
const entries = inRecordOrder([
  makeEntry({
    slug: 'letter',
    kind: 'letter',
    date: '2019-10-04',
    position: 'for-access',
    actors: [
      { actor: 'barr', role: 'signatory' },
      { actor: 'patel', role: 'signatory' },
      { actor: 'zuckerberg', role: 'recipient' },
      { actor: 'barr', role: 'publisher' },
    ],
    quotes: [
      { id: 'q1', text: 'Words.', speaker: 'barr', source: quoteSource },
      { id: 'q2', text: 'Other words.', speaker: 'zuckerberg', source: quoteSource, position: 'against-access' },
    ],
  }),
  makeEntry({
    slug: 'summit',
    kind: 'event',
    date: '2019-10',
    position: 'for-access',
    actors: [
      { actor: 'barr', role: 'host' },
      { actor: 'patel', role: 'speaker' },
    ],
    quotes: [{ id: 'q', text: 'Summit words.', speaker: 'barr', source: quoteSource, position: 'mixed' }],
  }),
  makeEntry({
    slug: 'reply',
    kind: 'letter',
    date: '2019-12-09',
    position: 'against-access',
    actors: [
      { actor: 'zuckerberg', role: 'author' },
      { actor: 'barr', role: 'recipient' },
    ],
  }),
  makeEntry({ slug: 'lonely', date: '2001', actors: [{ actor: 'hermit', role: 'author' }] }),
]);
const names: Record<string, string> = { barr: 'Barr', patel: 'Patel', zuckerberg: 'Zuckerberg', hermit: 'Hermit' };
const graph = buildActorGraph(entries, (s) => names[s]!);

describe('appearsWith', () => {
  test('ranks partners by shared entries, then name; each entry counted once per pair, oldest first', () => {
    expect(graph.appearsWith('barr')).toEqual([
      { slug: 'patel', count: 2, entries: ['summit', 'letter'] },
      { slug: 'zuckerberg', count: 2, entries: ['letter', 'reply'] },
    ]);
    expect(graph.appearsWith('patel').map((p) => [p.slug, p.count])).toEqual([
      ['barr', 2],
      ['zuckerberg', 1],
    ]);
  });

  test('is symmetric, and empty for an actor alone in its entries or unknown', () => {
    for (const a of Object.keys(names))
      for (const p of graph.appearsWith(a))
        expect(graph.appearsWith(p.slug).find((q) => q.slug === a)?.count, `${a}–${p.slug}`).toBe(p.count);
    expect(graph.appearsWith('hermit')).toEqual([]);
    expect(graph.appearsWith('nobody')).toEqual([]);
  });

  test('edges list every pair once, heaviest first; entry counts per actor', () => {
    expect(graph.edges.map((e) => [e.a, e.b, e.count])).toEqual([
      ['barr', 'patel', 2],
      ['barr', 'zuckerberg', 2],
      ['patel', 'zuckerberg', 1],
    ]);
    // The record's count: an actor named twice in one entry (barr signs and publishes the letter) counts it once.
    const record = buildRecord(entries, []);
    expect(record.entryCount('barr')).toBe(3);
    expect(record.entryCount('hermit')).toBe(1);
    expect(record.entryCount('nobody')).toBe(0);
  });
});

describe('positionsOverTime', () => {
  test('takes the entry position only through a stance role, and the actor’s own quotes, in date order', () => {
    expect(positionsOverTime(entries, 'barr').map((p) => [p.date, p.position, p.from, p.href])).toEqual([
      // The summit (October 2019, month precision) sorts before the letter of 4 October; Barr only hosted it,
      // so only his quote there counts.
      ['2019-10', 'mixed', 'quote', '/entries/summit/#quote-q'],
      ['2019-10-04', 'for-access', 'entry', '/entries/letter/'],
    ]);
    expect(positionsOverTime(entries, 'barr')[1]!.role).toBe('signatory');
  });

  test('a recipient does not take the position of the letter it received', () => {
    expect(positionsOverTime(entries, 'zuckerberg').map((p) => [p.entry, p.position, p.from])).toEqual([
      ['letter', 'against-access', 'quote'],
      ['reply', 'against-access', 'entry'],
    ]);
    expect(positionsOverTime(entries, 'hermit')).toEqual([]);
  });
});

test('positionRows folds an entry’s points into one row', () => {
  const rows = positionRows(positionsOverTime(entries, 'barr'));
  expect(rows).toEqual([
    { entry: 'summit', date: '2019-10', title: 'Entry summit', positions: ['mixed'], quotes: ['q'] },
    {
      entry: 'letter',
      date: '2019-10-04',
      title: 'Entry letter',
      positions: ['for-access'],
      role: 'signatory',
      quotes: [],
    },
  ]);
  const zuck = positionRows(positionsOverTime(entries, 'zuckerberg'));
  expect(zuck.map((r) => [r.entry, r.positions, r.quotes])).toEqual([
    ['letter', ['against-access'], ['q2']],
    ['reply', ['against-access'], []],
  ]);
});

describe('selectNetwork and layoutNetwork', () => {
  const all = Object.keys(names);
  const count = buildRecord(entries, []).entryCount;

  test('draws connected actors only and says what it left out', () => {
    const sel = selectNetwork(graph, all, count);
    expect(sel.nodes.map((n) => n.slug)).toEqual(['barr', 'patel', 'zuckerberg']);
    expect(sel.edges).toHaveLength(3);
    expect(sel.omitted).toEqual({ edges: 0, nodes: 0, isolated: 1 });
  });

  test('limits keep the busiest actors and heaviest pairs', () => {
    const sel = selectNetwork(graph, all, count, { maxNodes: 2, maxEdges: 5 });
    expect(sel.nodes.map((n) => n.slug)).toEqual(['barr', 'patel']);
    expect(sel.omitted).toEqual({ edges: 2, nodes: 1, isolated: 1 });
    expect(selectNetwork(graph, all, count, { maxEdges: 1 }).edges).toEqual([{ a: 'barr', b: 'patel', count: 2 }]);
  });

  test('the layout is deterministic, inside the view box, and edges join their nodes', () => {
    const sel = selectNetwork(graph, all, count);
    const one = layoutNetwork(sel, { width: 400, height: 300 });
    const two = layoutNetwork({ ...sel, nodes: [...sel.nodes].reverse() }, { width: 400, height: 300 });
    expect(two).toEqual(one);
    for (const n of one.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(400);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(300);
    }
    for (const e of one.edges) {
      const a = one.nodes.find((n) => n.slug === e.a)!;
      expect([e.x1, e.y1]).toEqual([a.x, a.y]);
    }
    // The nodes do not all sit on one point.
    expect(new Set(one.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(one.nodes.length);
  });

  test('labels go to the busiest actors', () => {
    const laid = layoutNetwork(selectNetwork(graph, all, count), { labels: 1 });
    expect(laid.nodes.filter((n) => n.labelled).map((n) => n.slug)).toEqual(['barr']);
  });
});

describe('on the real record', () => {
  const record = validateContent(path.resolve('content'));
  const real = inRecordOrder(record.entries.map((e) => ({ slug: e.slug, data: e.data })));
  const g = buildActorGraph(real, (s) => s);

  test('an actor’s partners are exactly the other actors of its entries', () => {
    for (const a of record.actors.slice(0, 40)) {
      const expected = new Set(
        real
          .filter((e) => e.data.actors.some((x) => x.actor === a.slug))
          .flatMap((e) => e.data.actors.map((x) => x.actor))
          .filter((s) => s !== a.slug),
      );
      expect(new Set(g.appearsWith(a.slug).map((p) => p.slug)), a.slug).toEqual(expected);
    }
  });

  test('the network layout prints labels that do not overlap', () => {
    const sel = selectNetwork(
      g,
      record.actors.map((a) => a.slug),
      buildRecord(real, []).entryCount,
    );
    const name = (s: string) => record.actors.find((a) => a.slug === s)!.data.name;
    const laid = layoutNetwork(sel, { name });
    const boxes = laid.nodes.filter((n) => n.labelled).map((n) => n.label!.box);
    expect(boxes.length).toBeGreaterThan(5);
    const overlap = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlap(boxes[i]!, boxes[j]!), `labels ${i} and ${j}`).toBe(false);
    // Every label lies inside the drawing.
    for (const b of boxes) expect(b[0] >= 0 && b[1] >= 0 && b[2] <= laid.width && b[3] <= laid.height).toBe(true);
  });

  test('every position point comes from a stance role or the actor’s own quote', () => {
    for (const a of record.actors)
      for (const p of positionsOverTime(real, a.slug)) {
        const e = real.find((x) => x.slug === p.entry)!;
        if (p.from === 'quote') expect(e.data.quotes.find((q) => q.id === p.quote)?.speaker).toContain(a.slug);
        else expect(e.data.actors.some((x) => x.actor === a.slug && x.role === p.role)).toBe(true);
      }
  });
});
