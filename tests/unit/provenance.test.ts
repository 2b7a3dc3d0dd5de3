/** "Last updated" and "Report an error": the pure parts (src/lib/last-changed.ts, src/lib/report-error.ts). */
import { describe, expect, test } from 'vitest';
import { lastChanged, lastCommitDays } from '../../src/lib/last-changed';
import { excerpt, reportErrorHref } from '../../src/lib/report-error';

describe('lastChanged', () => {
  test('the latest of the updated day, the corrections and the commit day', () => {
    expect(lastChanged('2025-01-02', [{ date: '2026-03-04' }, { date: '2024-01-01' }], '2025-06-30')).toBe(
      '2026-03-04',
    );
    expect(lastChanged('2026-11-30', [], '2026-10-01')).toBe('2026-11-30');
    expect(lastChanged(undefined, [], '2026-12-01')).toBe('2026-12-01');
  });
  test('nothing known, nothing shown; partial dates are not days', () => {
    expect(lastChanged(undefined, [], undefined)).toBeUndefined();
    expect(lastChanged('2026-11', [{ date: '2026' }], undefined)).toBeUndefined();
  });
});

describe('lastCommitDays', () => {
  test('newest commit first: a file takes the first day it is seen under', () => {
    const log =
      '\0' +
      '2026-12-02\n\ncontent/entries/a.mdx\n' +
      '\0' +
      '2026-11-01\n\ncontent/entries/a.mdx\ncontent/entries/b.mdx\n';
    expect([...lastCommitDays(log)]).toEqual([
      ['content/entries/a.mdx', '2026-12-02'],
      ['content/entries/b.mdx', '2026-11-01'],
    ]);
  });
  test('an empty log knows no file', () => {
    expect(lastCommitDays('').size).toBe(0);
  });
});

describe('reportErrorHref', () => {
  const what = { title: 'The “Lawful Access” letter & more', permalink: 'https://example.org/entries/x/#quote-q1' };
  test('mailto: subject and body carry the title and the permalink, encoded', () => {
    const href = reportErrorHref('mailto:editors@example.org', what);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('editors@example.org');
    expect(url.searchParams.get('subject')).toBe('Error in “The “Lawful Access” letter & more”');
    expect(url.searchParams.get('body')).toContain('Page: https://example.org/entries/x/#quote-q1');
  });
  test('an address with its own query keeps only the address', () => {
    const href = reportErrorHref('mailto:editors@example.org?subject=old', what);
    expect(href.startsWith('mailto:editors@example.org?subject=Error')).toBe(true);
    expect(href).not.toContain('subject=old');
  });
  test('an issue tracker gets title and body parameters', () => {
    const url = new URL(reportErrorHref('https://tracker.example/issues/new?labels=record', what));
    expect(url.searchParams.get('labels')).toBe('record');
    expect(url.searchParams.get('title')).toBe('Error in “The “Lawful Access” letter & more”');
    expect(url.searchParams.get('body')).toContain(what.permalink);
  });
  test('untrusted text with lone surrogates does not throw and stays a valid URI', () => {
    const href = reportErrorHref('mailto:e@example.org', { title: 'a\uD800b\uDFFFc', permalink: what.permalink });
    expect(() => decodeURIComponent(href)).not.toThrow();
    expect(decodeURIComponent(href)).toContain('a\uFFFDb\uFFFDc');
  });
});

describe('excerpt', () => {
  test('cuts by code points, never inside a pair', () => {
    expect(excerpt('😀😀😀', 2)).toBe('😀😀…');
    expect(excerpt('short', 60)).toBe('short');
  });
});
