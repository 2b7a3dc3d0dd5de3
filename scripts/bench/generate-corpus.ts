/**
 * Synthetic corpus for benchmarks and scale tests: N entries with realistic field lengths, quotes, actors,
 * relations and MDX bodies, written to a temporary folder (never into content/), deterministic for a seed.
 *
 *   tsx scripts/bench/generate-corpus.ts --entries 1000 [--seed 1] [--out /tmp/corpus]
 *
 * Lengths follow the shipped record (median summary ~45 words, body ~250 words, ~1.6 quotes and ~4.3 sources per
 * entry, ~2.4 actors per entry).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ENTRY_KINDS,
  KINDS_REQUIRING_STATUS,
  KINDS_WITHOUT_DOCUMENT,
  POSITIONS,
  RELATIONS,
  ACTOR_ROLES,
} from '../../src/schema/vocabulary';

/** mulberry32: a small, fast, seedable PRNG, so a seed always yields the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'encryption lawful access government minister letter statement company messaging privacy security law enforcement ' +
  'court order warrant data device provider service users child safety investigation technical capability notice ' +
  'interception surveillance policy parliament senate committee bill amendment regulation proposal agency platform ' +
  'backdoor key escrow export controls end-to-end default communications public safety civil liberties researchers ' +
  'industry response hearing testimony report commission council europe national security cyber vulnerability ' +
  'exceptional cloud backup scanning content detection abuse material rights framework oversight judicial review'
).split(' ');
const JURIS = ['US', 'UK', 'AU', 'CA', 'NZ', 'EU', 'FVEY', 'INTL', 'IN', 'DE', 'FR', 'JP', 'RU', 'CN', 'BR', 'SE'];
const TAGS = [
  'e2ee',
  'lawful-access',
  'key-escrow',
  'export-controls',
  'wiretapping',
  'calea',
  'device-encryption',
  'cloud-encryption',
  'messaging',
  'csam',
  'client-side-scanning',
  'five-eyes',
  'chat-control',
  'online-safety',
  'cybersecurity',
];
const FIRST = [
  'Anna',
  'Ben',
  'Chloe',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'James',
  'Kiri',
  'Lena',
  'Marco',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tomas',
];
const LAST = [
  'Abbott',
  'Baker',
  'Chen',
  'Dubois',
  'Evans',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Moreau',
  'Novak',
  'Okafor',
  'Patel',
  'Quist',
  'Rossi',
  'Silva',
  'Tanaka',
];

export interface CorpusOptions {
  entries: number;
  seed?: number;
  out?: string;
  /**
   * The share of entries (0–1) that are all letters of 2019 about e2ee in the US taking the `for-access` position,
   * so that one value of every facet lists more entries than fit on a page (the paged-route tests: tests/dist/).
   */
  dense?: number;
}

/** The values the dense share of a corpus carries, one per facet. */
const DENSE = { kind: 'letter', year: 2019, jurisdiction: 'US', tag: 'e2ee', position: 'for-access' } as const;

export function generateCorpus({ entries: n, seed = 1, out, dense = 0 }: CorpusOptions): {
  dir: string;
  entries: number;
  actors: number;
  quotes: number;
} {
  const dir = path.resolve(out ?? path.join(os.tmpdir(), `ept-corpus-${n}-${seed}`));
  if (path.resolve(dir).startsWith(path.resolve('content')))
    throw new Error('refusing to write a synthetic corpus into content/');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'actors'), { recursive: true });
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = (count: number) => {
    const w = words(count);
    return w.charAt(0).toUpperCase() + w.slice(1) + '.';
  };

  const actorCount = Math.max(50, Math.round(n / 8));
  const actors: string[] = [];
  for (let i = 0; i < actorCount; i++) {
    const slug = `actor-${i}`;
    actors.push(slug);
    const person = i % 3 !== 0;
    const name = person
      ? `${pick(FIRST)} ${pick(LAST)} ${i}`
      : `${pick(['Ministry', 'Agency', 'Office', 'Council', 'Institute'])} of ${words(2)} ${i}`;
    const y = int(1990, 2024);
    const roles = person
      ? `roles:\n  - title: ${sentence(4).slice(0, -1)}\n    org: actor-${3 * Math.floor(i / 3)}\n    from: ${y}\n    to: ${y + int(1, 6)}~\n`
      : '';
    fs.writeFileSync(
      path.join(dir, 'actors', `${slug}.mdx`),
      `---\nname: ${name}\nkind: ${person ? 'person' : pick(['agency', 'company', 'ngo', 'legislature'])}\ncountry: ${pick(['US', 'UK', 'AU', 'CA', 'NZ'])}\ndescription: ${sentence(int(10, 25))}\n${roles}---\n`,
    );
  }

  let quotes = 0;
  const slugs: string[] = [];
  for (let i = 0; i < n; i++) {
    // Spread evenly over the dense share, so the random draws below stay those of a corpus without one.
    const isDense = Math.floor((i + 1) * dense) > Math.floor(i * dense);
    /** A random value, or the dense one; drawn either way, so a corpus without a dense share is unchanged. */
    const densePick = <T>(list: readonly T[], value: T): T => {
      const drawn = pick(list);
      return isDense ? value : drawn;
    };
    const year = isDense ? DENSE.year : 1991 + Math.floor((i / n) * 36);
    const precision = r();
    const month = int(1, 12);
    const day = int(1, 28);
    const date =
      precision < 0.7
        ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        : precision < 0.9
          ? `${year}-${String(month).padStart(2, '0')}`
          : `${year}`;
    const kind = densePick<string>(ENTRY_KINDS, DENSE.kind);
    const slug = `entry-${i}`;
    slugs.push(slug);
    const entryActors = Array.from(new Set(Array.from({ length: int(1, 4) }, () => pick(actors))));
    const sourceCount = int(1, 7);
    const sources = Array.from({ length: sourceCount }, (_, s) =>
      [
        `  - id: s${s}`,
        `    title: "${sentence(int(6, 14)).slice(0, -1)}"`,
        `    publisher: ${pick(['Department of Justice', 'Home Office', 'The Guardian', 'Reuters', 'European Commission', 'Court of Appeal'])}`,
        `    url: https://example.org/${slug}/${s}`,
        ...(r() < 0.8 ? [`    checked: true`, `    seen: page`, `    accessed: 2026-11-26`] : [`    checked: false`]),
        `    type: ${s === 0 ? 'primary' : 'secondary'}`,
        r() < 0.5 ? `    date: ${date}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    const qn = r() < 0.35 ? 0 : int(1, 3);
    quotes += qn;
    const quoteLines = Array.from({ length: qn }, (_, q) =>
      [
        `  - id: q${q}`,
        `    text: "${sentence(int(12, 45))}"`,
        `    speaker: ${pick(entryActors)}`,
        `    source: s${int(0, sourceCount - 1)}`,
        r() < 0.5 ? `    position: ${pick(POSITIONS)}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    const related =
      i > 0 && r() < 0.4
        ? `related:\n  - { entry: entry-${int(Math.max(0, i - 50), i - 1)}, rel: ${pick(RELATIONS)} }\n`
        : '';
    const needsStatus = (KINDS_REQUIRING_STATUS as readonly string[]).includes(kind);
    const status = needsStatus
      ? `status:\n  state: enacted\n  asOf: 2026-11-26\n  history:\n    - { date: ${date}, state: introduced, source: s0 }\n`
      : '';
    const body = [
      sentence(int(40, 80)) + ` <Cite source="s0" />`,
      '',
      `${sentence(int(20, 40))} <Actor id="${entryActors[0]}" /> ${sentence(int(20, 40))}`,
      '',
      qn > 0 ? `<Quote id="q0" />\n` : '',
      sentence(int(60, 120)),
    ].join('\n');
    const fm = [
      '---',
      `title: "${sentence(int(6, 16)).slice(0, -1)}"`,
      `kind: ${kind}`,
      `date: ${date}`,
      `summary: ${sentence(int(25, 60))}`,
      `jurisdictions: [${Array.from(new Set([densePick(JURIS, DENSE.jurisdiction), pick(JURIS)])).join(', ')}]`,
      (KINDS_WITHOUT_DOCUMENT as readonly string[]).includes(kind)
        ? ''
        : `document:\n  title: "${sentence(int(4, 10)).slice(0, -1)}"\n  authors: [${entryActors[0]}]`,
      `actors:\n${entryActors.map((a) => `  - { actor: ${a}, role: ${pick(ACTOR_ROLES)} }`).join('\n')}`,
      `sources:\n${sources.join('\n')}`,
      qn ? `quotes:\n${quoteLines.join('\n')}` : '',
      related.trimEnd(),
      status.trimEnd(),
      r() < 0.6 || isDense ? `position: ${isDense ? DENSE.position : pick(POSITIONS)}` : '',
      `tags: [${Array.from(new Set([densePick(TAGS, DENSE.tag), pick(TAGS)])).join(', ')}]`,
      `updated: 2026-11-26`,
      '---',
    ]
      .filter(Boolean)
      .join('\n');
    const folder = path.join(dir, 'entries', String(year));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${slug}.mdx`), `${fm}\n\n${body}\n`);
  }
  return { dir, entries: n, actors: actorCount, quotes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const result = generateCorpus({
    entries: Number(values.entries),
    seed: Number(values.seed),
    ...(values.out ? { out: values.out } : {}),
  });
  console.log(`Wrote ${result.entries} entries, ${result.actors} actors, ${result.quotes} quotes to ${result.dir}`);
}
