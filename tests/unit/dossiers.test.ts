/**
 * Dossiers, position summaries and the world map: the pure modules (src/lib/dossiers.ts, positions.ts,
 * position-map.ts, world-map.ts) and the validator's checks across files (src/lib/validate/collections.ts), against
 * the shipped content and a broken fixture.
 */
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatReport, validateContent } from '../../src/lib/validate';
import { contentDir } from '../../src/lib/content-dir';
import { buildRecord } from '../../src/lib/record';
import { buildDossiers } from '../../src/lib/dossiers';
import { buildPositions } from '../../src/lib/positions';
import { mapData, DEFAULT_CATEGORY, categoryHref } from '../../src/lib/position-map';
import { unmappedCodes, worldMapSvg } from '../../src/lib/world-map';
import { POSITION_CATEGORIES } from '../../src/schema/vocabulary';
import { dossierJsonFeed, dossierStepsCsv, dossiersJson, dossierTimelineJson } from '../../src/lib/reuse/dossiers';

describe('the broken dossier fixture: every problem at once, with file, line and hint', () => {
  const root = path.join('tests/fixtures/broken/dossier');
  const { problems, fileCount } = validateContent(root);
  const lines = formatReport(problems, fileCount).split('\n');

  it('refuses the impossible history and names the rule', () => {
    expect(lines).toContain(
      'tests/fixtures/broken/dossier/dossiers/fixture-bill.mdx:9:31  steps[2].step  “Became law” cannot come after “Passed one chamber”: a bill becomes law only after both chambers have passed it  (it may follow: “Passed both chambers”)',
    );
  });

  it('checks every reference: sources (with did-you-mean), entries, actors’ entries', () => {
    expect(lines).toContain(
      'tests/fixtures/broken/dossier/dossiers/fixture-bill.mdx:8:87  steps[1].source  "leter" is not a source of this dossier or of fixture-open-letter  (did you mean letter?)',
    );
    expect(
      lines.some((l) =>
        l.includes('steps[3].entry  "fixture-press-releas" is not an entry  (did you mean fixture-press-release?)'),
      ),
    ).toBe(true);
    expect(
      lines.some((l) => l.includes('actors[0].entry  "fixture-press-release" is not one of this dossier\'s entries')),
    ).toBe(true);
  });

  it('checks position summaries: file names, every category, dated and sourced values, and coverage', () => {
    expect(lines.some((l) => l.includes('jurisdictions/gb.mdx:1:1  (file)  "gb" is not a jurisdiction code'))).toBe(
      true,
    );
    expect(lines.some((l) => l.includes('jurisdictions/uk.mdx:1:1  (file)  is missing: entries use UK'))).toBe(true);
    expect(lines.some((l) => l.includes('positions[1].since  is required for a value of proposed'))).toBe(true);
    expect(lines.some((l) => l.includes('has no value for key-disclosure, e2ee-restrictions, export-controls'))).toBe(
      true,
    );
    expect(lines.at(-1)).toBe('✗ 12 problems in 4 files (8 content files checked).');
  });
});

describe('the shipped content', () => {
  const content = validateContent(contentDir());
  const record = buildRecord(content.entries, content.actors);
  const dossiers = buildDossiers(content.dossiers, record);
  const positions = buildPositions(content.jurisdictions, record);

  it('validates, with at least ten dossiers, each checked as of December 2026', () => {
    expect(content.problems).toEqual([]);
    expect(content.dossiers.length).toBeGreaterThanOrEqual(10);
    for (const d of content.dossiers) expect(d.data.current.asOf, d.slug).toMatch(/^2026-12-/);
  });

  it('has a position summary for every jurisdiction the entries use, and can draw every country among them', () => {
    const used = new Set(content.entries.flatMap((e) => e.data.jurisdictions));
    expect([...used].filter((c) => !positions.get(c)).sort()).toEqual([]);
    const countries = positions.all.filter((j) => !j.group).map((j) => j.code);
    expect(unmappedCodes(countries)).toEqual([]);
  });

  it('derives "part of" from the dossier files: an entry names its dossiers, steps and current stage', () => {
    const of = dossiers.of('earn-it-act-2023');
    expect(of).toEqual([
      expect.objectContaining({
        slug: 'earn-it-act',
        steps: ['Introduced', 'Committee markup', 'Reported by committee'],
        currentLabel: 'Reported by committee',
        outcome: 'unknown',
      }),
    ]);
    const earnIt = dossiers.get('earn-it-act')!;
    // The tracker follows the current version (S. 1207), not the bills that died before it.
    expect(earnIt.trackVersion?.number).toBe('S. 1207');
    expect(earnIt.track.map((t) => `${t.stage}:${t.state}:${t.at?.date ?? ''}`)).toEqual([
      'introduced:reached:2023-04-19',
      'reported:current:2023-05-15',
      'passed-one-chamber:to-come:',
      'passed-both:to-come:',
      'enacted:to-come:',
    ]);
  });

  it('resolves each step’s source to the dossier or to the step’s entry', () => {
    for (const d of dossiers.all)
      for (const s of d.steps) {
        expect(s.source.source.url, `${d.slug} step ${s.n}`).toMatch(/^https?:/);
        if (s.source.entry) expect(s.source.entry).toBe(s.entry?.slug);
      }
  });

  it('exports: one CSV row per step, TimelineJS events at the precision of each step', () => {
    const csv = dossierStepsCsv(dossiers.all, 'https://example.org/');
    const steps = dossiers.all.reduce((n, d) => n + d.steps.length, 0);
    expect(csv.trim().split('\r\n')).toHaveLength(steps + 1);
    const calea = dossierTimelineJson(dossiers.get('calea')!, 'https://example.org/');
    expect(calea.events[1]!.start_date).toEqual({ year: 1994 });
    expect(calea.events[2]!.start_date).toEqual({ year: 1994, month: 10 });
    // An uncertain day is not a publication date in the feed.
    const feed = JSON.parse(dossierJsonFeed(dossiers.get('earn-it-act')!, 'https://example.org/'));
    for (const item of feed.items)
      if (item.date_published) expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(feed.items.find((i: { title: string }) => i.title.includes('(uncertain)')).date_published).toBeUndefined();
    const json = dossiersJson(dossiers.all, 'https://example.org/');
    expect(json.dossiers.find((d) => d.slug === 'calea')!.url).toBe('https://example.org/dossiers/calea/');
  });

  it('the map of every category: one link per jurisdiction, an accessible name each, under 40 KB gzip', () => {
    for (const category of POSITION_CATEGORIES) {
      const map = mapData(positions, category);
      const links = [...map.svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"/g)];
      expect(links.map((m) => m[1]).sort()).toEqual(positions.all.map((j) => j.href).sort());
      for (const m of links) expect(m[2]).toMatch(/^[^:]+: .+$/);
      expect(zlib.gzipSync(map.svg).length).toBeLessThan(40 * 1024);
      expect(map.categories.filter((c) => c.current)).toEqual([
        { category, label: map.label, href: categoryHref(category), current: true },
      ]);
      expect(map.legend.reduce((n, l) => n + l.count, 0)).toBe(positions.all.length);
    }
    expect(categoryHref(DEFAULT_CATEGORY)).toBe('/jurisdictions/');
  });

  it('groups show their members, with the members’ own values where the record has them', () => {
    const fvey = positions.get('FVEY')!;
    expect(fvey.members.map((m) => m.code)).toEqual(['AU', 'CA', 'NZ', 'UK', 'US']);
    expect(fvey.members.every((m) => m.positions?.length === POSITION_CATEGORIES.length)).toBe(true);
    expect(positions.get('EU')!.members).toHaveLength(27);
  });
});

describe('worldMapSvg', () => {
  const svg = worldMapSvg({
    title: 'A <test> map',
    description: 'd',
    regions: [
      { code: 'US', label: 'United States: In force', href: '/jurisdictions/us/', tone: 'in-force' },
      { code: 'MT', label: 'Malta: None', href: '/jurisdictions/mt/', tone: 'none-known' },
    ],
    badges: [
      { code: 'EU', label: 'European Union: Proposed', href: '/jurisdictions/eu/', tone: 'proposed', text: 'EU' },
    ],
  });

  it('draws each region as a link with a title, escapes text, and keeps the rest as one shape', () => {
    expect(svg.match(/<a /g)).toHaveLength(3);
    expect(svg).toContain('<title id="map-title">A &lt;test&gt; map</title>');
    expect(svg).toContain('<a href="/jurisdictions/us/" aria-label="United States: In force" class="map-region">');
    expect(svg.match(/class="map-land"/g)).toHaveLength(1);
    // Malta is too small for the 1:110m shapes and is drawn from the 1:50m ones.
    expect(svg).toMatch(/aria-label="Malta: None" class="map-region"><path class="tone-none-known" d="M/);
  });

  it('is the same every time (a build-time artefact)', () => {
    expect(worldMapSvg({ title: 't', description: 'd', regions: [], badges: [] })).toBe(
      worldMapSvg({ title: 't', description: 'd', regions: [], badges: [] }),
    );
  });
});
