/** The URL module with and without Astro's `base`, and absolute URLs on top of `site`. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  actorUrl,
  basePath,
  downloadUrls,
  entryUrl,
  facetUrl,
  feedUrls,
  homeUrl,
  pageUrl,
  quoteUrl,
  searchUrl,
  timelineJsUrl,
  timelineUrl,
  withoutBase,
} from '../../src/lib/urls';
import { absoluteUrl } from '../../src/lib/site';

afterEach(() => vi.unstubAllEnvs());

describe('without a base', () => {
  test('paths from the site root', () => {
    expect(basePath()).toBe('/');
    expect(homeUrl()).toBe('/');
    expect(entryUrl('calea-1994')).toBe('/entries/calea-1994/');
    expect(quoteUrl('calea-1994', 'q1')).toBe('/entries/calea-1994/#quote-q1');
    expect(actorUrl('william-barr')).toBe('/actors/william-barr/');
    expect(facetUrl('jurisdictions', 'uk')).toBe('/jurisdictions/uk/');
    expect(timelineUrl('?kind=letter')).toBe('/timeline/?kind=letter');
    expect(searchUrl('kind:letter barr')).toBe('/search/?q=kind%3Aletter%20barr');
    expect(searchUrl()).toBe('/search/');
    expect(feedUrls(homeUrl())).toEqual({ rss: '/rss.xml', json: '/feed.json' });
    expect(downloadUrls('x', 'src').bib).toBe('/entries/x/sources/src.bib');
    expect(timelineJsUrl()).toBe('/data/timelinejs/all.json');
    expect(timelineJsUrl('kind', 'law')).toBe('/data/timelinejs/kind/law.json');
    expect(pageUrl('/kinds/law/', 2)).toBe('/kinds/law/2/');
  });
});

describe('with base "/tracker"', () => {
  test('every path starts with the base, and absolute URLs carry it once', () => {
    vi.stubEnv('BASE_URL', '/tracker');
    expect(basePath()).toBe('/tracker/');
    expect(homeUrl()).toBe('/tracker/');
    expect(entryUrl('x')).toBe('/tracker/entries/x/');
    expect(feedUrls(actorUrl('a'))).toEqual({ rss: '/tracker/actors/a/rss.xml', json: '/tracker/actors/a/feed.json' });
    expect(pageUrl(facetUrl('tags', 'e2ee'), 3)).toBe('/tracker/tags/e2ee/3/');
    expect(withoutBase(entryUrl('x'))).toBe('/entries/x/');
    expect(withoutBase('/trackers/x/')).toBe('/trackers/x/');
    // `site` with or without the base path: the base appears once either way.
    expect(absoluteUrl(entryUrl('x'), 'https://example.org')).toBe('https://example.org/tracker/entries/x/');
    expect(absoluteUrl(entryUrl('x'), 'https://example.org/tracker/')).toBe('https://example.org/tracker/entries/x/');
  });
});
