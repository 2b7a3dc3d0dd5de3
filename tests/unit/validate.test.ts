/**
 * The content validator (src/lib/validate/) against the fixtures in tests/fixtures/: a valid content folder, one
 * folder per kind of mistake (each a complete content folder with exactly that one mistake), and `multiple/`.
 * Every reported position was checked by hand against the fixture file; columns count from 1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, validateContent, type Problem } from '../../src/lib/validate';
import { hasImpossibleDate } from '../../src/lib/validate/locate';

const FIXTURES = 'tests/fixtures';
const EXAMPLES = 'use EDTF such as 2019-10-04, 2019-07, 2019, 1993~, 2019-07? or 2016-02-16/2016-03-28';

/** The report's problem lines (without the blank line and the count) for a fixture folder. */
function problemLines(fixture: string): string[] {
  const { problems, fileCount } = validateContent(path.join(FIXTURES, fixture));
  const report = formatReport(problems, fileCount).split('\n');
  expect(report.at(-2)).toBe('');
  return report.slice(0, -2);
}

/** The report's last line (the count) for a fixture folder. */
function countLine(fixture: string): string {
  const { problems, fileCount } = validateContent(path.join(FIXTURES, fixture));
  return formatReport(problems, fileCount).split('\n').at(-1)!;
}

it('reports paths relative to the working directory, which open from there', () => {
  const { problems, entries } = validateContent(path.resolve(FIXTURES, 'broken/multiple'));
  const files = [...problems.map((p) => p.file), ...entries.map((e) => e.file)];
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(path.isAbsolute(file), file).toBe(false);
    expect(file.startsWith(`${FIXTURES}/`), file).toBe(true);
    expect(fs.existsSync(file), file).toBe(true);
  }
});

describe('the valid fixture', () => {
  const result = validateContent(path.join(FIXTURES, 'valid'));

  it('has no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(5);
    expect(formatReport(result.problems, result.fileCount)).toBe('✓ 5 content files checked, no problems.');
  });

  it('returns every entry and actor, parsed, with dates normalised', () => {
    expect(result.actors.map((a) => a.slug).sort()).toEqual(['priti-patel', 'us-doj', 'william-barr']);
    expect(result.entries.map((e) => [e.slug, e.file, e.data.date])).toEqual([
      ['fixture-open-letter', 'tests/fixtures/valid/entries/2019/fixture-open-letter.mdx', '2019-10-04'],
      ['fixture-press-release', 'tests/fixtures/valid/entries/2019/fixture-press-release.mdx', '2019-10'],
    ]);
    const barr = result.actors.find((a) => a.slug === 'william-barr')!;
    expect(barr.data.roles[0]).toMatchObject({ org: 'us-doj', from: '2019-02', to: '2020-12~' });
    const patel = result.actors.find((a) => a.slug === 'priti-patel')!;
    expect(patel.data.roles[0]).toMatchObject({ from: '2019-07-24', to: '2022-09-06' });
    const letter = result.entries[0]!;
    expect(letter.data.related).toEqual([{ entry: 'fixture-press-release', rel: 'follows' }]);
    expect(letter.data.quotes[0]).toMatchObject({ id: 'q1', speaker: ['william-barr'], source: 'letter' });
    expect(letter.body).toContain('<Quote id="q1" />');
  });

  it('gives the same relative paths when called with an absolute path', () => {
    const abs = validateContent(path.resolve(FIXTURES, 'valid'));
    expect(abs.entries.map((e) => e.file)).toEqual(result.entries.map((e) => e.file));
  });
});

describe('one mistake per fixture', () => {
  const F = (fixture: string, entry = '2019/fixture-letter.mdx') => `tests/fixtures/broken/${fixture}/entries/${entry}`;

  it('malformed-yaml: the line and column of the stray colon', () => {
    // Line 5 is `summary: A fixture entry: with a colon.`; the second ": " (column 25) is what YAML cannot read.
    // js-yaml, whose message this is, reports 5:25.
    expect(problemLines('broken/malformed-yaml')).toEqual([
      `${F('malformed-yaml')}:5:25  (yaml)  malformed YAML: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line  (check indentation, colons and quotes on this line or the one before it)`,
    ]);
    expect(countLine('broken/malformed-yaml')).toBe('✗ 1 problem in 1 file (2 content files checked).');
  });

  it('unknown-kind', () => {
    expect(problemLines('broken/unknown-kind')).toEqual([
      `${F('unknown-kind')}:3:7  kind  "tweet" is not one of the allowed values  (did you mean testimony?)`,
    ]);
  });

  it('invalid-date: 2019-13-45 is reported as month 13, not read as 14 February 2020', () => {
    // js-yaml turns an unquoted `2019-13-45` into Date.UTC(2019, 12, 45) = 2020-02-14 before any of our code sees it.
    expect(problemLines('broken/invalid-date')).toEqual([
      `${F('invalid-date')}:4:7  date  "2019-13-45" is not a valid date: there is no month 13  (months run from 01 to 12; ${EXAMPLES})`,
    ]);
  });

  it('interval-reversed', () => {
    expect(problemLines('broken/interval-reversed')).toEqual([
      `${F('interval-reversed')}:4:7  date  interval "2019-10-04/2019-09-30" ends before it starts  (write the earlier date first: start/end)`,
    ]);
  });

  it('unknown-actor: with a did-you-mean', () => {
    expect(problemLines('broken/unknown-actor')).toEqual([
      `${F('unknown-actor')}:8:14  actors[0].actor  "wiliam-barr" is not an actor  (did you mean william-barr?)`,
    ]);
  });

  it('quote-source-missing', () => {
    expect(problemLines('broken/quote-source-missing')).toEqual([
      `${F('quote-source-missing')}:13:13  quotes[0].source  "press-release" is not one of this entry's sources  (use one of: letter)`,
    ]);
  });

  it('duplicate-quote-id: at the second use of the id', () => {
    expect(problemLines('broken/duplicate-quote-id')).toEqual([
      `${F('duplicate-quote-id')}:11:11  quotes[1].id  duplicate quote id "q1"  (ids must be unique within the entry: rename one)`,
    ]);
  });

  it('related-missing: never suggests the entry itself', () => {
    // The only other candidate is the entry's own slug, which would only lead to "an entry cannot relate to itself".
    expect(problemLines('broken/related-missing')).toEqual([
      `${F('related-missing')}:10:14  related[0].entry  "fixture-reply" is not an entry  (use the file name (without .mdx) of an existing entry)`,
    ]);
  });

  it('no-sources: an empty list and a missing key', () => {
    expect(problemLines('broken/no-sources')).toEqual([
      `${F('no-sources', '2019/fixture-empty-sources.mdx')}:7:10  sources  must list at least one source  (add a source: id, title, publisher, url, checked, type (primary or secondary))`,
      `${F('no-sources', '2019/fixture-no-sources-key.mdx')}:2:1  sources  is required  (add sources: …)`,
    ]);
    expect(countLine('broken/no-sources')).toBe('✗ 2 problems in 2 files (3 content files checked).');
  });

  it('misspelled-field: at the key, with a did-you-mean', () => {
    expect(problemLines('broken/misspelled-field')).toEqual([
      `${F('misspelled-field')}:6:1  sumary  unknown field "sumary"  (did you mean summary?)`,
    ]);
  });

  it('wrong-year-folder: with the path to move it to', () => {
    expect(problemLines('broken/wrong-year-folder')).toEqual([
      `${F('wrong-year-folder', '2018/fixture-letter.mdx')}:4:7  date  is in 2019 but the file is in the 2018 folder  (move it to ${F('wrong-year-folder', '2019/fixture-letter.mdx')})`,
    ]);
  });

  it('bad-url', () => {
    expect(problemLines('broken/bad-url')).toEqual([
      `${F('bad-url')}:11:10  sources[0].url  "not a url" is not an absolute URL  (write the full address, starting with https:// or http://)`,
    ]);
  });

  it('returns problems as { file, line, col, field, message, hint }', () => {
    expect(validateContent(path.join(FIXTURES, 'broken/unknown-actor')).problems).toEqual([
      {
        file: F('unknown-actor'),
        line: 8,
        col: 14,
        field: 'actors[0].actor',
        message: '"wiliam-barr" is not an actor',
        hint: 'did you mean william-barr?',
      } satisfies Problem,
    ]);
  });

  it('still returns the files that passed their schema', () => {
    const r = validateContent(path.join(FIXTURES, 'broken/unknown-actor'));
    // The reference is wrong, but the entry itself is well-formed.
    expect(r.entries.map((e) => e.slug)).toEqual(['fixture-letter']);
    expect(r.actors.map((a) => a.slug)).toEqual(['william-barr']);
    expect(validateContent(path.join(FIXTURES, 'broken/unknown-kind')).entries).toEqual([]);
  });
});

describe('multiple broken files', () => {
  it('lists every problem in every file, sorted by file and position', () => {
    const B = 'tests/fixtures/broken/multiple';
    expect(problemLines('broken/multiple')).toEqual([
      `${B}/actors/william-barr.mdx:5:58  roles[0].org  "us-dj" is not an actor  (did you mean us-doj?)`,
      `${B}/entries/2019/fixture-letter.mdx:9:14  actors[1].actor  "wiliam-barr" is not an actor  (did you mean william-barr?)`,
      `${B}/entries/2019/fixture-letter.mdx:11:5  sources[0].checked  is required  (add checked: …)`,
      `${B}/entries/2019/fixture-letter.mdx:17:73  quotes[0].source  "release" is not one of this entry's sources  (use one of: letter)`,
      `${B}/entries/2019/fixture-letter.mdx:21:14  <Cite source>  "leter" is not a source id of this entry  (did you mean letter?)`,
      `${B}/entries/2019/fixture-release.mdx:2:1  summary  is required  (add summary: …)`,
      `${B}/entries/2019/fixture-release.mdx:5:1  sumary  unknown field "sumary"  (did you mean summary?)`,
      `${B}/entries/2019/fixture-release.mdx:8:80  sources[0].url  "not a url" is not an absolute URL  (write the full address, starting with https:// or http://)`,
      `${B}/entries/2019/fixture-release.mdx:10:14  related[0].entry  "zuckerberg-reply" is not an entry  (use the file name (without .mdx) of an existing entry)`,
    ]);
    expect(countLine('broken/multiple')).toBe('✗ 9 problems in 3 files (4 content files checked).');
  });
});

describe('which files are read', () => {
  it('ignores a draft (_draft.mdx), however broken', () => {
    const r = validateContent(path.join(FIXTURES, 'draft-ignored'));
    expect(r.problems).toEqual([]);
    expect(r.fileCount).toBe(2);
    expect(r.entries.map((e) => e.slug)).toEqual(['fixture-letter']);
  });

  it('reports a file in entries/ that is not .mdx', () => {
    expect(problemLines('broken/stray-file')).toEqual([
      'tests/fixtures/broken/stray-file/entries/2019/fixture-letter.md:1:1  (file)  is not an .mdx file, so it would be ignored  (rename it to fixture-letter.mdx, or start its name with _ to keep it as a draft)',
    ]);
  });

  it('reads the files Astro loads, by the same patterns: an actor in a subfolder is reported, not read', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-nested-'));
    fs.cpSync(path.join(FIXTURES, 'valid'), root, { recursive: true });
    fs.mkdirSync(path.join(root, 'actors', 'people'));
    fs.renameSync(path.join(root, 'actors', 'priti-patel.mdx'), path.join(root, 'actors', 'people', 'priti-patel.mdx'));
    const r = validateContent(root);
    expect(r.actors.map((a) => a.slug)).not.toContain('priti-patel');
    const nested = r.problems.filter((p) => p.file.endsWith(path.join('people', 'priti-patel.mdx')));
    expect(nested.map((p) => [path.basename(p.file), p.message, p.hint])).toEqual([
      [
        'priti-patel.mdx',
        'is in a subfolder, where actors are not read, so it would be ignored',
        `move it to ${path.relative(process.cwd(), path.join(root, 'actors', 'priti-patel.mdx'))}, or start its name with _ to keep it as a draft`,
      ],
    ]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports a missing folder as a problem, not as a crash or an empty site', () => {
    const r = validateContent(path.join(FIXTURES, 'does-not-exist'));
    expect(r).toMatchObject({ entries: [], actors: [], dossiers: [], jurisdictions: [], fileCount: 0 });
    expect(formatReport(r.problems, r.fileCount).split('\n')[0]).toBe(
      'tests/fixtures/does-not-exist:1:1  (folder)  the content folder does not exist  (check the path (or TRACKER_CONTENT_DIR); the record lives in content/)',
    );
  });
});

describe('formatReport', () => {
  const problem = (file: string, line: number, hint?: string): Problem => ({
    file,
    line,
    col: 3,
    field: 'kind',
    message: '"x" is not one of the allowed values',
    hint,
  });

  it('prints one line per problem, the hint in parentheses only when there is one, then a count', () => {
    expect(
      formatReport([problem('a.mdx', 3, 'use one of: letter'), problem('a.mdx', 9), problem('b.mdx', 1)], 7).split(
        '\n',
      ),
    ).toEqual([
      'a.mdx:3:3  kind  "x" is not one of the allowed values  (use one of: letter)',
      'a.mdx:9:3  kind  "x" is not one of the allowed values',
      'b.mdx:1:3  kind  "x" is not one of the allowed values',
      '',
      '✗ 3 problems in 2 files (7 content files checked).',
    ]);
  });

  it('says when there are no problems', () => {
    expect(formatReport([], 12)).toBe('✓ 12 content files checked, no problems.');
  });

  it('counts in the singular', () => {
    expect(
      formatReport([problem('a.mdx', 3)], 1)
        .split('\n')
        .at(-1),
    ).toBe('✗ 1 problem in 1 file (1 content file checked).');
    expect(formatReport([], 1)).toBe('✓ 1 content file checked, no problems.');
  });
});

describe('when the validator re-reads a date from the source', () => {
  it('only an impossible day can have been rolled over by the YAML reader', () => {
    expect(hasImpossibleDate('date: 2019-10-04\nupdated: 2024-02-29\n')).toBe(false);
    expect(hasImpossibleDate('date: 2019-13-45\n')).toBe(true);
    expect(hasImpossibleDate('date: 2021-02-29\n')).toBe(true);
    expect(hasImpossibleDate('date: 1900-02-29\n')).toBe(true);
    expect(hasImpossibleDate('date: 2019-04-31\n')).toBe(true);
    expect(hasImpossibleDate("  - date: '2019-00-10'\n")).toBe(true);
    // EDTF forms js-yaml leaves as strings, and URLs with digits, are not timestamps
    expect(hasImpossibleDate('date: 2019-10~\nurl: https://x.org/a-2019-10-04.html\n')).toBe(false);
  });
});
