/**
 * Dossiers and the map, over the built site: every dossier page shows its stages; every step that names an entry
 * links it, and every such entry links back to the dossier and shows its current stage; the map has one link per
 * jurisdiction of the record; the open-data files match their schema and the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, page } from '../helpers/dist';
import { SCHEMAS } from '../../src/lib/reuse/schemas';
import { validateContent } from '../../src/lib/validate';
import { contentDir } from '../../src/lib/content-dir';

const content = validateContent(contentDir());
const hasDossiers = content.dossiers.length > 0;

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
});

describe.runIf(hasDossiers)('dossier pages', () => {
  it('the index lists every dossier with its current stage', () => {
    const $ = page('/dossiers/');
    for (const d of content.dossiers) {
      const link = $(`a[href="/dossiers/${d.slug}/"]`);
      expect(link.length, d.slug).toBe(1);
      expect(link.closest('li').text()).toContain('status as of');
    }
  });

  it.each(content.dossiers.map((d) => [d.slug, d] as const))('%s shows its stages, status and history', (slug, d) => {
    const $ = page(`/dossiers/${slug}/`);
    const tracker = $('ol.tracker li');
    expect(tracker.length).toBeGreaterThan(0);
    expect($('ol.tracker li[aria-current="step"]').length).toBe(1);
    // Every stage says in words where it stands, so the tracker does not rely on colour.
    tracker.each((_, li) => {
      expect($(li).find('.tracker-state').text()).toMatch(/^(Reached|Current stage|To come|Not reached)$/);
    });
    expect($('#status-heading').text()).toMatch(/^Status as of \d{1,2} \w+ \d{4}$/);
    expect($('.status a').length).toBeGreaterThan(0);
    const steps = $('ol.history > li');
    expect(steps.length).toBe(d.data.steps.length);
    d.data.steps.forEach((step, i) => {
      const li = $(`#step-${i + 1}`);
      expect(li.find('time').length, `step ${i + 1} is dated`).toBeGreaterThan(0);
      if (step.entry) expect(li.find(`a[href="/entries/${step.entry}/"]`).length, `step ${i + 1}`).toBe(1);
      expect(li.text()).toContain('Source:');
    });
  });

  it('every entry of a dossier links back to it and shows its current stage', () => {
    for (const d of content.dossiers) {
      const entries = new Set(d.data.steps.flatMap((s) => (s.entry ? [s.entry] : [])));
      for (const slug of entries) {
        const $ = page(`/entries/${slug}/`);
        const back = $(`section.part-of a[href="/dossiers/${d.slug}/"]`);
        expect(back.length, `${slug} → ${d.slug}`).toBe(1);
        expect(back.closest('li').text()).toContain('Current stage:');
      }
    }
  });

  it('dossiers.json matches its JSON Schema and the pages, and the CSV has one row per step', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const json = JSON.parse(fs.readFileSync(path.join(DIST, 'data/dossiers.json'), 'utf8'));
    const valid = ajv.validate(SCHEMAS.dossiers!, json);
    expect(ajv.errors ?? [], 'dossiers.json').toEqual([]);
    expect(valid).toBe(true);
    expect(json.dossiers.map((d: { slug: string }) => d.slug).sort()).toEqual(content.dossiers.map((d) => d.slug).sort());
    const rows = parse(fs.readFileSync(path.join(DIST, 'data/dossier-steps.csv'), 'utf8'), { columns: true });
    expect(rows.length).toBe(content.dossiers.reduce((n, d) => n + d.data.steps.length, 0));
  });

  it('each dossier has a TimelineJS file of its steps, valid against the TimelineJS schema, and a JSON Feed', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const d of content.dossiers) {
      const tl = JSON.parse(fs.readFileSync(path.join(DIST, `data/timelinejs/dossiers/${d.slug}.json`), 'utf8'));
      expect(ajv.validate(SCHEMAS.timelinejs!, tl), JSON.stringify(ajv.errors)).toBe(true);
      expect(tl.events).toHaveLength(d.data.steps.length);
      // A step known to the year has only a year.
      d.data.steps.forEach((s, i) => {
        if (/^\d{4}$/.test(s.date)) expect(tl.events[i].start_date).toEqual({ year: Number(s.date) });
      });
      const feed = JSON.parse(fs.readFileSync(path.join(DIST, `dossiers/${d.slug}/feed.json`), 'utf8'));
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.items).toHaveLength(d.data.steps.length);
    }
  });
});

describe.runIf(content.jurisdictions.length > 0)('the map and the position summaries', () => {
  const countries = content.jurisdictions.filter((j) => !j.data.group).map((j) => j.code);
  const groups = content.jurisdictions.filter((j) => j.data.group).map((j) => j.code);
  const pages = ['/jurisdictions/', ...fs.readdirSync(path.join(DIST, 'jurisdictions/map')).map((c) => `/jurisdictions/map/${c}/`)];

  it.each(pages)('%s: one link per jurisdiction of the record in the map, each with an accessible name', (url) => {
    const $ = page(url);
    const svg = $('svg.world-map');
    expect(svg.length).toBe(1);
    const links = svg.find('a');
    expect(links.length).toBe(countries.length + groups.length);
    const hrefs = links.map((_, a) => $(a).attr('href')).get().sort();
    expect(hrefs).toEqual([...countries, ...groups].map((c) => `/jurisdictions/${c.toLowerCase()}/`).sort());
    links.each((_, a) => expect($(a).attr('aria-label')).toMatch(/^.+: .+$/));
    // The same data as a table, and a legend.
    expect($('table.map-table tbody tr').length).toBe(countries.length + groups.length);
    expect($('ul.legend li').length).toBeGreaterThan(0);
    expect($('nav.map-switch a[aria-current="page"]').length).toBe(1);
  });

  it('the map page is under 60 KB gzip', () => {
    const html = fs.readFileSync(path.join(DIST, 'jurisdictions/index.html'));
    expect(zlib.gzipSync(html).length).toBeLessThan(60 * 1024);
  });

  it('every jurisdiction page shows its position in every category, each value linked to its entries', () => {
    for (const j of content.jurisdictions) {
      const $ = page(`/jurisdictions/${j.code.toLowerCase()}/`);
      expect($('#position-heading').text(), j.code).toMatch(/^Position as of /);
      for (const p of j.data.positions)
        for (const e of p.entries) expect($(`dl.positions a[href="/entries/${e}/"]`).length, `${j.code} ${e}`).toBeGreaterThan(0);
      if (j.code === 'EU' || j.code === 'FVEY') expect($('ul.members li').length).toBeGreaterThan(0);
    }
  });
});
