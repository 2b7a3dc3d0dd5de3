/** The built site shows everything the record holds: every entry and actor has a page with its schema rendered. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { validateContent } from '../../src/lib/validate';
import { formatDate, timeParts } from '../../src/lib/dates';
import { DIST, htmlFiles, page, pagesOf, SHIPPED_RECORD } from '../helpers/dist';

const record = validateContent(contentDir());

test('the record is valid and non-empty (the build would refuse otherwise)', () => {
  expect(record.problems).toEqual([]);
  expect(record.entries.length).toBeGreaterThan(0);
  expect(record.actors.length).toBeGreaterThan(0);
});

test('one record: Astro built a page for exactly the entries and actors the validator read (same files, same ids)', () => {
  const pagesIn = (dir: string) =>
    fs
      .readdirSync(path.join(DIST, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(DIST, dir, d.name, 'index.html')))
      .map((d) => d.name)
      .sort();
  expect(pagesIn('entries')).toEqual(record.entries.map((e) => e.slug).sort());
  expect(pagesIn('actors').filter((slug) => slug !== 'network')).toEqual(record.actors.map((a) => a.slug).sort());
});

describe.each(record.entries.map((e) => [e.slug, e] as const))('entry %s', (slug, entry) => {
  const $ = page(`/entries/${slug}/`);
  const d = entry.data;

  test('title, summary, kind and date at its stored precision', () => {
    expect($('h1').text()).toBe(d.title);
    expect($('.lead').first().text()).toBe(d.summary);
    const expected = timeParts(d.date).parts.filter((p) => p.datetime).map((p) => p.datetime);
    const shown = $('header .facts dd').first().find('time').map((_, el) => $(el).attr('datetime')).get();
    expect(shown).toEqual(expected);
    expect($('header .facts dd').first().text()).toBe(formatDate(d.date));
  });

  test('every source is listed with its link, type and checked state', () => {
    for (const s of d.sources) {
      const li = $(`ol.sources li#source-${s.id}`);
      expect(li.length, s.id).toBe(1);
      expect(li.find(`a[href="${s.url}"]`).text()).toBe(s.title);
      expect(li.find('.badge').first().text()).toBe(s.type);
      expect(li.text().includes('address not checked')).toBe(!s.checked);
    }
  });

  test('every quote is shown verbatim with its speaker, source and anchor', () => {
    for (const q of d.quotes) {
      const fig = $(`figure#quote-${q.id}`);
      expect(fig.length, q.id).toBe(1);
      expect(fig.find('blockquote').text()).toBe(q.text);
      for (const speaker of q.speaker)
        expect(fig.find(`figcaption a[href="/actors/${speaker}/"]`).length, `${q.id} ${speaker}`).toBe(1);
      const source = d.sources.find((s) => s.id === q.source)!;
      expect(fig.find(`figcaption a[href="#source-${source.id}"]`).text()).toBe(source.title);
      expect(fig.find('a[data-permalink]').attr('href')).toBe(`/entries/${slug}/#quote-${q.id}`);
    }
  });

  test('actors link to their pages; notes, unverified details and corrections are shown', () => {
    for (const a of d.actors) expect($(`#actors-heading + ul a[href="/actors/${a.actor}/"]`).length, a.actor).toBe(1);
    for (const n of d.notes) expect($('ul.notes').text()).toContain(n.text);
    for (const u of d.unverified) expect($('#unverified-heading').parent().text()).toContain(u);
    expect($('#corrections-heading').length).toBe(1);
    for (const c of d.corrections) expect($('ul.corrections').text()).toContain(c.text);
  });

  test('the MDX body is rendered', () => {
    const shown = $('#account-heading').parent().text().replace(/\s+/g, ' ');
    // Runs of five or more plain words (no markup, no punctuation that Markdown would transform) from the body.
    const runs = entry.body
      .replace(/<[^>]+>/g, '\u0000')
      .split(/[^A-Za-z ]+|\s{2,}/)
      .map((r) => r.trim())
      .filter((r) => r.split(' ').length >= 5);
    expect(runs.length, 'the body has prose').toBeGreaterThan(0);
    for (const run of runs) expect(shown).toContain(run);
  });
});

describe.each(record.actors.map((a) => [a.slug, a] as const))('actor %s', (slug, actor) => {
  test('has a page with its name, roles and the entries that name it', () => {
    const $ = page(`/actors/${slug}/`);
    expect($('h1').text()).toBe(actor.data.name);
    for (const r of actor.data.roles) expect($('#roles-heading').parent().text()).toContain(r.title);
    const naming = record.entries.filter((e) => e.data.actors.some((a) => a.actor === slug));
    for (const e of naming) expect($(`a[href="/entries/${e.slug}/"]`).length, e.slug).toBeGreaterThan(0);
    const quoted = record.entries.flatMap((e) => e.data.quotes.filter((q) => q.speaker.includes(slug)).map((q) => `/entries/${e.slug}/#quote-${q.id}`));
    for (const href of quoted) expect($(`a[href="${href}"]`).length, href).toBe(1);
  });

  test('shows joint words as joint, naming the co-signatories', () => {
    const $ = page(`/actors/${slug}/`);
    const names = new Map(record.actors.map((a) => [a.slug, a.data.name]));
    for (const e of record.entries)
      for (const q of e.data.quotes.filter((x) => x.speaker.length > 1 && x.speaker.includes(slug))) {
        const item = $(`a[href="/entries/${e.slug}/#quote-${q.id}"]`).parent().text();
        expect(item, q.id).toContain('jointly with');
        for (const other of q.speaker.filter((s) => s !== slug)) expect(item, q.id).toContain(names.get(other));
      }
  });
});

test.runIf(SHIPPED_RECORD)('the joint letter of October 2019 is on the page of each of its four signatories', () => {
  const letter = record.entries.find((e) => e.slug === 'barr-patel-dutton-mcaleenan-open-letter-facebook-2019')!;
  const joint = letter.data.quotes.filter((q) => q.speaker.length === 4);
  expect(joint.length).toBeGreaterThan(0);
  for (const signatory of ['william-barr', 'priti-patel', 'peter-dutton', 'kevin-mcaleenan']) {
    const $ = page(`/actors/${signatory}/`);
    for (const q of joint) expect($(`a[href="/entries/${letter.slug}/#quote-${q.id}"]`).length, signatory).toBe(1);
  }
});

test('the timeline (all its pages) links every entry; the home page states the counts', () => {
  const linked = new Set(
    pagesOf('/timeline/').flatMap((p) => {
      const $t = page(p);
      return $t('a[href^="/entries/"]')
        .map((_, el) => $t(el).attr('href'))
        .get();
    }),
  );
  for (const e of record.entries) expect(linked.has(`/entries/${e.slug}/`), e.slug).toBe(true);
  const $ = page('/');
  expect($('.counts').text()).toContain(`${record.entries.length} entries`);
  expect($('.counts').text()).toContain(`${record.actors.length} actors`);
});

test('a useful 404 page exists', () => {
  const $ = page('/404.html');
  expect($('h1').text()).toBe('Page not found');
  expect($('main a[href="/"]').length).toBe(1);
});

test('no page loads anything from another site', () => {
  for (const file of htmlFiles()) {
    const $ = page('/' + path.relative(DIST, file).replace(/index\.html$/, ''));
    const external = [
      ...$('script[src]').map((_, el) => $(el).attr('src')).get(),
      // Only link types a browser fetches (not canonical, alternate, or schema.DC profile links).
      ...$('link[href]')
        .filter((_, el) => /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/.test($(el).attr('rel') ?? ''))
        .map((_, el) => $(el).attr('href'))
        .get(),
      ...$('img[src], iframe[src], source[src], video[src], audio[src]').map((_, el) => $(el).attr('src')).get(),
    ].filter((u) => /^(https?:)?\/\//.test(u ?? ''));
    expect(external, file).toEqual([]);
  }
  const css = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
  for (const f of css) expect(fs.readFileSync(path.join(DIST, '_astro', f), 'utf8')).not.toMatch(/url\((['"]?)(https?:)?\/\//);
});

describe('provenance you can see (issue 15)', () => {
  /** The day git last committed a file, read here independently of the site's code; undefined outside git. */
  const committed = (file: string): string | undefined => {
    try {
      // A shallow clone has lost the history: the site then knows no commit day (src/data/git-days.ts).
      if (execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true')
        return undefined;
      const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();
      return out || undefined;
    } catch {
      return undefined;
    }
  };

  test.each(record.entries.map((e) => [e.slug, e] as const))(
    '%s: "Last updated" is the day the entry last changed (its updated day, corrections or commit), never the build day alone',
    (slug, entry) => {
      const d = entry.data;
      const days = [d.updated, committed(entry.file), ...d.corrections.map((c) => c.date)].filter(
        (x): x is string => !!x,
      );
      const expected = days.sort().at(-1);
      const $ = page(`/entries/${slug}/`);
      expect($('[data-last-updated]').attr('data-last-updated')).toBe(expected);
    },
  );

  test('every entry and every quote has a "Report an error" link prefilled with its permalink', () => {
    for (const e of record.entries) {
      const $ = page(`/entries/${e.slug}/`);
      const entryLink = $('.key-facts a[data-report-error]').attr('href')!;
      expect(entryLink, e.slug).toMatch(/^(mailto:|https?:)/);
      expect(decodeURIComponent(entryLink)).toContain(`/entries/${e.slug}/`);
      for (const q of e.data.quotes) {
        const link = $(`figure#quote-${q.id} a[data-report-error]`).attr('href')!;
        expect(decodeURIComponent(link), `${e.slug}#${q.id}`).toContain(`/entries/${e.slug}/#quote-${q.id}`);
      }
    }
  });

  test('each quote is printed once on its entry page', () => {
    for (const e of record.entries) {
      const $ = page(`/entries/${e.slug}/`);
      const texts = $('figure.quote blockquote')
        .map((_, el) => $(el).text())
        .get();
      for (const q of e.data.quotes) expect(texts.filter((t) => t === q.text).length, `${e.slug}#${q.id}`).toBe(1);
    }
  });
});
