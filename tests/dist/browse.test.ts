/**
 * Browsing the built site: the timeline, the static facet pages, the actor pages' derived sections, the network
 * and the home page. Expectations come from the content itself (read by the validator), not from the modules
 * that built the pages, so a wrong derivation cannot confirm itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { load } from 'cheerio';
import { contentDir } from '../../src/lib/content-dir';
import { validateContent } from '../../src/lib/validate';
import { anchorYear, compareDates } from '../../src/lib/dates';
import { RELATION_LABELS } from '../../src/schema/vocabulary';
import { DIST, page, pagesOf, SHIPPED_RECORD } from '../helpers/dist';

const record = validateContent(contentDir());
// Record order: by date (less precise first on ties), then title, then slug.
const entries = [...record.entries].sort(
  (a, b) => compareDates(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title) || a.slug.localeCompare(b.slug),
);
const bySlug = new Map(entries.map((e) => [e.slug, e]));
const yearOf = (slug: string) => anchorYear(bySlug.get(slug)!.data.date);
const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Entry slugs linked from the timeline-style list of a page and the pages after it, in order. */
function listed(first: string): string[] {
  return pagesOf(first).flatMap((p) => {
    const $ = page(p);
    return $('.timeline a.title')
      .map((_, el) => /^\/entries\/([^/]+)\/$/.exec($(el).attr('href') ?? '')?.[1])
      .get();
  });
}

const sameSet = (a: string[], b: string[]) => expect([...a].sort()).toEqual([...b].sort());

describe('the timeline', () => {
  // A record larger than a page (src/lib/paging.ts) is split over /timeline/, /timeline/2/ …; each page lists,
  // links and filters its own entries.
  const pages = pagesOf('/timeline/');
  const $ = page('/timeline/');

  test('lists every entry once, in date order', () => {
    const slugs = listed('/timeline/');
    expect(slugs).toHaveLength(entries.length);
    sameSet(slugs, entries.map((e) => e.slug));
    for (let i = 1; i < slugs.length; i++)
      expect(
        compareDates(bySlug.get(slugs[i - 1]!)!.data.date, bySlug.get(slugs[i]!)!.data.date),
        `${slugs[i - 1]} before ${slugs[i]}`,
      ).toBeLessThanOrEqual(0);
  });

  test('each row carries its entry’s facets for the filters, and sits under its year', () => {
    let count = 0;
    for (const p of pages) {
      const $ = page(p);
      $('[data-tl-row]').each((_, el) => {
        count++;
        const row = $(el);
      const slug = /^\/entries\/([^/]+)\/$/.exec(row.find('a.title').attr('href')!)![1]!;
      const d = bySlug.get(slug)!.data;
      expect(row.attr('data-kind')).toBe(d.kind);
      expect(row.attr('data-actor')!.split(' ').filter(Boolean).sort()).toEqual(uniq(d.actors.map((a) => a.actor)).sort());
      expect(row.attr('data-jurisdiction')!.split(' ').sort()).toEqual(uniq(d.jurisdictions).sort());
      expect(row.attr('data-tag')!.split(' ').filter(Boolean).sort()).toEqual(uniq(d.tags).sort());
      expect(row.attr('data-position')).toBe(d.position ?? '');
      expect(row.attr('data-year')).toBe(String(yearOf(slug)));
      expect(row.closest('section.tl-year').find('h3').first().text()).toBe(String(yearOf(slug)));
      expect(row.find('.summary').text()).toBe(d.summary);
      });
    }
    expect(count).toBe(entries.length);
  });

  test('has decade jump links to existing decade headings, on this page or the page that holds them', () => {
    const decades = uniq(entries.map((e) => Math.floor(anchorYear(e.data.date) / 10) * 10));
    for (const p of pages) {
      const $p = page(p);
      const links = $p('nav[aria-label="Jump to a decade"] a').map((_, el) => $p(el).attr('href')).get();
      expect(links.map((l) => l.split('#')[1]).sort(), p).toEqual(decades.map((d) => `decade-${d}s`).sort());
      for (const l of links) {
        const [target = '', hash] = l.split('#');
        expect(page(target || p)(`#${hash}`).length, `${p}: ${l}`).toBe(1);
      }
    }
  });

  test('the year strip links every year with entries to its page, with the right count', () => {
    const counts = new Map<number, number>();
    for (const e of entries) counts.set(anchorYear(e.data.date), (counts.get(anchorYear(e.data.date)) ?? 0) + 1);
    const bars = $('.year-strip svg a');
    expect(bars.length).toBe(counts.size);
    bars.each((_, el) => {
      const year = Number(/^\/years\/(\d+)\/$/.exec($(el).attr('href')!)![1]);
      const n = counts.get(year)!;
      expect($(el).attr('aria-label')).toBe(`${year}: ${n} ${n === 1 ? 'entry' : 'entries'}`);
    });
  });

  test('the filter form and its live count are there (the form is shown by the script), for each page’s entries', () => {
    for (const p of pages) {
      const $p = page(p);
      const shown = listed(p).slice(0, $p('.timeline a.title').length).map((slug) => bySlug.get(slug)!);
      expect($p('form#tl-filters[hidden]').length, p).toBe(1);
      expect($p('#tl-status[aria-live="polite"]').text(), p).toContain(`${shown.length} entries`);
      // Each group's checkboxes wait in a <template> (out of the live DOM until the group opens): one per value the
      // whole record uses, on every page, since the filters apply to the whole record (a paged timeline loads the
      // other pages' rows when a reader first filters).
      const used: Record<string, string[]> = {
        kind: uniq(entries.map((e) => e.data.kind)),
        jurisdiction: uniq(entries.flatMap((e) => e.data.jurisdictions)),
        tag: uniq(entries.flatMap((e) => e.data.tags)),
        actor: uniq(entries.flatMap((e) => e.data.actors.map((a) => a.actor))),
        position: uniq(entries.flatMap((e) => (e.data.position ? [e.data.position] : []))),
      };
      if (pages.length > 1) expect($p('form#tl-filters[data-rows]').length, p).toBe(1);
      for (const [facet, values] of Object.entries(used)) {
        const template = $p(`#tl-filters details[data-facet="${facet}"] > template`);
        expect(template.length, `${p} ${facet}`).toBe(values.length > 0 ? 1 : 0);
        const $t = load(template.html() ?? '');
        const boxes = $t(`fieldset input[type="checkbox"][name="${facet}"]`)
          .map((_, el) => $t(el).attr('value'))
          .get();
        expect(boxes.sort(), `${p} ${facet}`).toEqual([...values].sort());
      }
    }
  });
});

/** Every value of each facet as the content holds it, with the entries carrying it. */
const facetValues: Record<string, Map<string, string[]>> = {
  kinds: new Map(),
  jurisdictions: new Map(),
  tags: new Map(),
  positions: new Map(),
  years: new Map(),
};
const add = (facet: string, value: string, slug: string) => {
  const list = facetValues[facet]!.get(value) ?? [];
  if (!list.includes(slug)) list.push(slug);
  facetValues[facet]!.set(value, list);
};
for (const e of entries) {
  add('kinds', e.data.kind, e.slug);
  for (const j of e.data.jurisdictions) add('jurisdictions', j.toLowerCase(), e.slug);
  for (const t of e.data.tags) add('tags', t, e.slug);
  if (e.data.position) add('positions', e.data.position, e.slug);
  add('years', String(anchorYear(e.data.date)), e.slug);
}

describe.each(Object.keys(facetValues))('/%s/', (facet) => {
  const values = facetValues[facet]!;

  test('the index links a page for every value used, and no other', () => {
    const $ = page(`/${facet}/`);
    const links = $('ul.facet-index > li > a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(links.sort()).toEqual([...values.keys()].map((v) => `/${facet}/${v}/`).sort());
  });

  test('each value’s page lists exactly the entries carrying it, in date order', () => {
    for (const [value, slugs] of values) {
      const file = path.join(DIST, facet, value, 'index.html');
      expect(fs.existsSync(file), file).toBe(true);
      const shown = listed(`/${facet}/${value}/`);
      expect(shown, `${facet}/${value}`).toEqual(entries.filter((e) => slugs.includes(e.slug)).map((e) => e.slug));
    }
  });
});

test('a facet page links to the same selection on the timeline', () => {
  const [kind] = [...facetValues.kinds!.keys()];
  expect(page(`/kinds/${kind}/`)(`a[href="/timeline/?kind=${kind}"]`).length).toBe(1);
  const [year] = [...facetValues.years!.keys()];
  expect(page(`/years/${year}/`)(`a[href="/timeline/?year=${year}"]`).length).toBe(1);
});

describe('entry pages', () => {
  test('relations appear on both entry pages, named in each direction', () => {
    let pairs = 0;
    for (const e of entries)
      for (const r of e.data.related) {
        const labels = RELATION_LABELS[r.rel];
        const here = page(`/entries/${e.slug}/`);
        const there = page(`/entries/${r.entry}/`);
        const li = here(`#related-heading + ul li:has(a[href="/entries/${r.entry}/"])`);
        expect(li.text(), `${e.slug} → ${r.entry}`).toContain(labels.forward);
        const back = there(`#related-heading + ul li:has(a[href="/entries/${e.slug}/"])`);
        expect(back.text(), `${r.entry} ← ${e.slug}`).toContain(labels.reverse);
        pairs++;
      }
    expect(pairs).toBeGreaterThan(0);
  });

  test('kind, jurisdictions, topics and position link to their facet pages', () => {
    for (const e of entries) {
      const $ = page(`/entries/${e.slug}/`);
      const d = e.data;
      expect($(`article.entry header a[href="/kinds/${d.kind}/"]`).length, e.slug).toBe(1);
      for (const j of d.jurisdictions) expect($(`a[href="/jurisdictions/${j.toLowerCase()}/"]`).length, j).toBe(1);
      for (const t of d.tags) expect($(`a[href="/tags/${t}/"]`).length, t).toBe(1);
      if (d.position) expect($(`a[href="/positions/${d.position}/"]`).length).toBe(1);
    }
  });
});

describe('actor pages', () => {
  /** Partners of an actor straight from the content: every other actor of its entries, with shared counts. */
  function partnersOf(slug: string): Map<string, number> {
    const m = new Map<string, number>();
    for (const e of entries) {
      const names = uniq(e.data.actors.map((a) => a.actor));
      if (!names.includes(slug)) continue;
      for (const o of names) if (o !== slug) m.set(o, (m.get(o) ?? 0) + 1);
    }
    return m;
  }

  test('"appears with" lists partners ranked by shared entries, with the right counts', () => {
    for (const a of record.actors) {
      const partners = partnersOf(a.slug);
      const $ = page(`/actors/${a.slug}/`);
      const items = $('ol.appears-with li');
      if (partners.size === 0) {
        expect($('#appears-with-heading').length, a.slug).toBe(0);
        continue;
      }
      expect(items.length, a.slug).toBe(Math.min(25, partners.size));
      let previous = Infinity;
      items.each((_, el) => {
        const slug = /^\/actors\/([^/]+)\/$/.exec($(el).find('a').attr('href')!)![1]!;
        const n = Number(/\((\d+) shared/.exec($(el).text())![1]);
        expect(n, `${a.slug} with ${slug}`).toBe(partners.get(slug));
        expect(n).toBeLessThanOrEqual(previous);
        previous = n;
      });
    }
  });

  test('positions over time: one line per change of stand; each entry once in it, with its quotes’ count', () => {
    let seen = 0;
    for (const a of record.actors) {
      const $ = page(`/actors/${a.slug}/`);
      for (const e of entries) {
        const quotes = e.data.quotes.filter((q) => q.speaker.includes(a.slug) && q.position);
        if (quotes.length === 0) continue;
        const li = $(`ol.position-strip [data-entry="${e.slug}"]`);
        expect(li.length, `${a.slug} ${e.slug}`).toBe(1);
        for (const q of quotes) expect(li.closest('li.pos').attr('class')).toContain(`pos-${q.position}`);
        expect(li.find(`a[href="/entries/${e.slug}/"]`).length).toBe(1);
        expect(li.text()).toContain(`${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`);
        seen++;
      }
      // A recipient or subject never inherits the entry's position.
      for (const e of entries)
        if (
          e.data.position &&
          e.data.actors.some((x) => x.actor === a.slug) &&
          e.data.actors.filter((x) => x.actor === a.slug).every((x) => ['recipient', 'subject', 'respondent', 'party', 'host'].includes(x.role)) &&
          !e.data.quotes.some((q) => q.speaker.includes(a.slug) && q.position)
        )
          expect($(`ol.position-strip [data-entry="${e.slug}"]`).length, `${a.slug} ${e.slug}`).toBe(0);
    }
    expect(seen).toBeGreaterThan(0);
    // Consecutive entries with the same stand share a line: no two neighbouring lines say the same.
    for (const a of record.actors) {
      const $ = page(`/actors/${a.slug}/`);
      const lines = $('ol.position-strip > li')
        .map((_, el) => ($(el).attr('class') ?? '').split(' ').sort().join(' '))
        .get();
      for (let i = 1; i < lines.length; i++) expect(lines[i], a.slug).not.toBe(lines[i - 1]);
    }
  });
});

describe('the actor network', () => {
  const $ = page('/actors/network/');
  // Placeholders ("Unnamed government official") stand for people the sources do not name: left out.
  const placeholder = new Set(record.actors.filter((a) => /^unnamed\b/i.test(a.data.name)).map((a) => a.slug));
  const named = (e: (typeof entries)[number]) => uniq(e.data.actors.map((x) => x.actor)).filter((s) => !placeholder.has(s));
  const connected = record.actors.filter((a) =>
    entries.some((e) => {
      const names = named(e);
      return names.includes(a.slug) && names.length > 1;
    }),
  );

  test('no placeholder is drawn, the page says it is left out, and a legend names each colour', () => {
    // The shipped record has placeholders (so this cannot pass by having none); a generated corpus may not.
    if (SHIPPED_RECORD) expect(placeholder.size).toBeGreaterThan(0);
    for (const slug of placeholder) {
      expect($(`svg .nodes a[href="/actors/${slug}/"]`).length, slug).toBe(0);
      expect($(`p:contains("Left out of the drawing") a[href="/actors/${slug}/"]`).length, slug).toBe(1);
    }
    const legend = $('.network-legend li');
    expect(legend.length).toBeGreaterThan(3);
    // Every colour drawn is in the legend.
    const drawnGroups = new Set($('svg .nodes circle').map((_, el) => $(el).attr('class')).get());
    const legendGroups = new Set($('.network-legend circle').map((_, el) => $(el).attr('class')).get());
    expect([...drawnGroups].every((g) => legendGroups.has(g))).toBe(true);
  });

  test('the drawing links every connected actor to its page, and the list holds the same actors', () => {
    const drawn = $('svg .nodes a')
      .map((_, el) => $(el).attr('href'))
      .get();
    sameSet(drawn, connected.map((a) => `/actors/${a.slug}/`));
    const listedActors = $('ul.network-list > li > a:first-child')
      .map((_, el) => $(el).attr('href'))
      .get();
    sameSet(listedActors, drawn);
    expect($('svg .edges line').length).toBeGreaterThan(0);
  });

  test('the list names each actor’s partners', () => {
    for (const a of connected.slice(0, 30)) {
      const li = $(`ul.network-list > li:has(> a:first-child[href="/actors/${a.slug}/"])`);
      const partners = li.find('a').slice(1).map((_, el) => $(el).attr('href')).get();
      const expected = uniq(
        entries
          .filter((e) => e.data.actors.some((x) => x.actor === a.slug))
          .flatMap(named)
          .filter((s) => s !== a.slug),
      );
      sameSet(partners, expected.map((s) => `/actors/${s}/`));
    }
  });
});

test('the home page: counts, latest additions, the year strip and the ways in', () => {
  const $ = page('/');
  expect($('.counts').text()).toContain(`${entries.length} entries`);
  const latest = $('#latest + ul.entry-list li a.title').map((_, el) => $(el).attr('href')).get();
  const none = '0001-01-01';
  const expected = [...entries]
    .sort(
      (a, b) =>
        compareDates(b.data.updated ?? none, a.data.updated ?? none) ||
        compareDates(b.data.date, a.data.date) ||
        a.data.title.localeCompare(b.data.title),
    )
    .slice(0, 8)
    .map((e) => `/entries/${e.slug}/`);
  expect(latest).toEqual(expected);
  expect($('.year-strip svg a').length).toBeGreaterThan(0);
  for (const href of ['/timeline/', '/search/', '/dossiers/', '/jurisdictions/', '/actors/', '/data/'])
    expect($(`nav[aria-label="Ways in"] a[href="${href}"]`).length, href).toBe(1);
  // Each way in reads as a link and then what it holds, with a space between ("Actors people…", not "Actorspeople").
  for (const li of $('nav[aria-label="Ways in"] li').get()) {
    const link = $(li).find('a').text();
    expect($(li).text().replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^${link} [a-z]`));
  }
});

test('/timeline-rows.json holds every entry once, in date order, with what the filters read', () => {
  const payload = JSON.parse(fs.readFileSync(path.join(DIST, 'timeline-rows.json'), 'utf8')) as {
    v: number;
    rows: Array<[string, string, Array<[string, string]>, string, string, { kind: string[]; year: number }]>;
  };
  expect(payload.v).toBe(1);
  const timeline = pagesOf('/timeline/').flatMap((p) =>
    page(p)('[data-tl-row] a.title')
      .map((_, el) => page(p)(el).attr('href'))
      .get(),
  );
  expect(payload.rows.map((r) => r[0])).toEqual(timeline);
  for (const [href, , , , , facets] of payload.rows) {
    const e = entries.find((x) => `/entries/${x.slug}/` === href)!;
    expect(facets.kind, href).toEqual([e.data.kind]);
    expect(facets.year, href).toBe(anchorYear(e.data.date));
  }
});

test('a year’s page has one heading with its year, and no group heading repeats it', () => {
  for (const year of uniq(entries.map((e) => yearOf(e.slug)))) {
    const $ = page(`/years/${year}/`);
    expect($('main h1').text().trim(), String(year)).toBe(String(year));
    const headings = $('main :is(h1, h2, h3, h4)')
      .map((_, el) => $(el).text().trim())
      .get();
    expect(headings.filter((h) => h === String(year)).length, String(year)).toBe(1);
    // Its entries are all there.
    expect(listed(`/years/${year}/`).length, String(year)).toBe(entries.filter((e) => yearOf(e.slug) === year).length);
  }
});
