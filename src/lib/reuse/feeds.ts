/**
 * Feeds of new and corrected entries: RSS 2.0 and JSON Feed 1.1, for the whole record and for every actor,
 * jurisdiction and kind. JSON Feed is written with the `feed` package (JSON.stringify escapes everything). RSS is
 * written here, by {@link rssFeed} with the escaper of src/lib/reuse/xml.ts: no CDATA sections (the `feed` package
 * closed a CDATA section at a title's first `]]>`, so the rest of the title became markup a reader follows), every
 * text escaped, and characters XML cannot carry refused rather than written (the validator refuses them earlier).
 * `<description>` is plain text: feed readers read it as HTML, so the text is HTML-escaped, then XML-escaped.
 *
 * An item's date is the latest of the entry's `updated` day and its corrections' days: the day it last changed.
 * The record has no separate publication date, and no date is invented: an entry with neither is left out of the
 * feeds (it still appears everywhere else). When that latest change is a correction, the item says so and carries
 * the correction's text. The item's id includes that date, so a correction reaches readers as a new item, published
 * that day (JSON Feed's `date_published`; RSS's `pubDate`).
 *
 * RSS `<description>` is HTML (RSS 2.0 says so, and the W3C feed validator checks it as such), so its text is
 * HTML-escaped ("AT&amp;T"); JSON Feed's `summary` is plain text and is not.
 */
import { Feed } from 'feed';
import { formatDate } from '../dates';
import type { RecordEntry } from '../record';
import { jurisdictionName, KIND_LABELS } from '../../schema/vocabulary';
import { absoluteUrl, CONTENT_LICENCE, SITE_NAME } from '../site';
import { entryUrl, feedUrls, homeUrl } from '../urls';
import { FACETS, type FacetValue } from '../facets';
import { xmlAttr, xmlText } from './xml';

type Site = URL | string | null | undefined;

export interface FeedItem {
  entry: RecordEntry;
  /** YYYY-MM-DD: the day the entry last changed. */
  date: string;
  /** The correction made that day, if the change was one. */
  correction: { date: string; text: string } | undefined;
}

/**
 * How many items a feed carries: the newest changes, as feed readers expect. A feed of every entry would be
 * megabytes at thousands of entries, fetched again on every poll; the whole record is in /data/entries.json.
 */
export const FEED_LIMIT = 50;

/** The entries that can be dated, newest change first (ties: by title). A feed carries the first FEED_LIMIT. */
export function feedItems(entries: readonly RecordEntry[]): FeedItem[] {
  const out: FeedItem[] = [];
  for (const entry of entries) {
    const corrections = [...entry.data.corrections].sort((a, b) => a.date.localeCompare(b.date));
    const lastCorrection = corrections[corrections.length - 1];
    const candidates = [entry.data.updated, lastCorrection?.date].filter((d): d is string => !!d).sort();
    const date = candidates[candidates.length - 1];
    if (!date) continue;
    out.push({ entry, date, correction: lastCorrection && lastCorrection.date === date ? lastCorrection : undefined });
  }
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.entry.data.title.localeCompare(b.entry.data.title));
}

/** A feed: what it covers and where it lives. `path` is the site path without extension (`/rss` → /rss.xml). */
export interface FeedSpec {
  /** "Encryption Policy Tracker" or "William P. Barr — Encryption Policy Tracker". */
  title: string;
  description: string;
  /** The HTML page the feed follows (`/`, `/actors/william-barr/`). */
  page: string;
  /** The RSS path (`/rss.xml`, `/actors/william-barr/rss.xml`); the JSON Feed sits beside it as feed.json. */
  rss: string;
  json: string;
  entries: readonly RecordEntry[];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function buildFeed(spec: FeedSpec, site: Site, format: 'rss' | 'json'): Feed {
  const items = feedItems(spec.entries).slice(0, FEED_LIMIT);
  const latest = items[0]?.date;
  const feed = new Feed({
    id: absoluteUrl(spec.page, site),
    title: spec.title,
    description: spec.description,
    link: absoluteUrl(spec.page, site),
    language: 'en',
    copyright: `Text and data: ${CONTENT_LICENCE.name}, ${CONTENT_LICENCE.url}. Credit the ${SITE_NAME}.`,
    feedLinks: { rss: absoluteUrl(spec.rss, site), json: absoluteUrl(spec.json, site) },
    author: { name: SITE_NAME, link: absoluteUrl(homeUrl(), site) },
    // The channel's date is its newest item's, never the build time.
    ...(latest ? { updated: dayToDate(latest) } : {}),
  });
  for (const item of items) {
    const d = item.entry.data;
    const url = absoluteUrl(entryUrl(item.entry.slug), site);
    const facts = `${KIND_LABELS[d.kind]} · ${formatDate(d.date)} · ${d.jurisdictions.map(jurisdictionName).join(', ')}`;
    const text = item.correction ? `${d.summary} Correction: ${item.correction.text}` : d.summary;
    const correction = item.correction
      ? `<p><strong>Correction, ${formatDate(item.correction.date)}:</strong> ${escapeHtml(item.correction.text)}</p>`
      : '';
    feed.addItem({
      title: item.correction ? `Corrected: ${d.title}` : d.title,
      id: `${url}#changed-${item.date}`,
      guid: `${url}#changed-${item.date}`,
      link: url,
      date: dayToDate(item.date),
      published: dayToDate(item.date),
      description: format === 'rss' ? escapeHtml(text) : text,
      content: `<p>${escapeHtml(facts)}</p><p>${escapeHtml(d.summary)}</p>${correction}`,
      category: [{ name: KIND_LABELS[d.kind] }, ...d.tags.map((t) => ({ name: t }))],
    });
  }
  return feed;
}

const RSS_DATE = (d: Date) => d.toUTCString();

/** RSS 2.0 with the Atom self link, Dublin Core and content:encoded namespaces; text escaped, never CDATA. */
export function rssFeed(spec: FeedSpec, site: Site): string {
  const items = feedItems(spec.entries).slice(0, FEED_LIMIT);
  const latest = items[0]?.date;
  const el = (indent: number, name: string, text: string) => `${' '.repeat(indent)}<${name}>${xmlText(text)}</${name}>`;
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '    <channel>',
    el(8, 'title', spec.title),
    el(8, 'link', absoluteUrl(spec.page, site)),
    el(8, 'description', spec.description),
    // The channel's date is its newest item's, never the build time.
    ...(latest ? [el(8, 'lastBuildDate', RSS_DATE(dayToDate(latest)))] : []),
    el(8, 'docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    el(8, 'language', 'en'),
    el(8, 'copyright', `Text and data: ${CONTENT_LICENCE.name}, ${CONTENT_LICENCE.url}. Credit the ${SITE_NAME}.`),
    `        <atom:link href="${xmlAttr(absoluteUrl(spec.rss, site))}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const item of items) {
    const d = item.entry.data;
    const url = absoluteUrl(entryUrl(item.entry.slug), site);
    const facts = `${KIND_LABELS[d.kind]} · ${formatDate(d.date)} · ${d.jurisdictions.map(jurisdictionName).join(', ')}`;
    const correction = item.correction
      ? `<p><strong>Correction, ${formatDate(item.correction.date)}:</strong> ${escapeHtml(item.correction.text)}</p>`
      : '';
    const description = item.correction ? `${d.summary} Correction: ${item.correction.text}` : d.summary;
    out.push(
      '        <item>',
      el(12, 'title', item.correction ? `Corrected: ${d.title}` : d.title),
      el(12, 'link', url),
      `            <guid isPermaLink="false">${xmlText(`${url}#changed-${item.date}`)}</guid>`,
      el(12, 'pubDate', RSS_DATE(dayToDate(item.date))),
      // Readers render <description> as HTML: escape the text for HTML first, so it shows as the text it is.
      el(12, 'description', escapeHtml(description)),
      el(12, 'content:encoded', `<p>${escapeHtml(facts)}</p><p>${escapeHtml(d.summary)}</p>${correction}`),
      ...[KIND_LABELS[d.kind], ...d.tags].map((c) => el(12, 'category', c)),
      '        </item>',
    );
  }
  out.push('    </channel>', '</rss>');
  return out.join('\n') + '\n';
}

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). The `feed` package writes version 1; 1.1 only adds
 * `language` and `authors` (which replaces `author`), so its output is raised to 1.1 here.
 */
export function jsonFeed(spec: FeedSpec, site: Site): string {
  const out = JSON.parse(buildFeed(spec, site, 'json').json1()) as Record<string, unknown> & {
    items: Array<Record<string, unknown>>;
  };
  const author = out.author;
  delete out.author;
  const upgraded = {
    version: 'https://jsonfeed.org/version/1.1',
    ...out,
    language: 'en',
    ...(author ? { authors: [author] } : {}),
  };
  upgraded.version = 'https://jsonfeed.org/version/1.1';
  return JSON.stringify(upgraded, null, 2) + '\n';
}

/** The site-wide feeds: every entry. */
export function siteFeedSpec(entries: readonly RecordEntry[]): FeedSpec {
  return {
    title: `${SITE_NAME}: new and corrected entries`,
    description: 'New and corrected entries in the sourced record of the encryption-policy debate.',
    page: homeUrl(),
    ...feedUrls(homeUrl()),
    entries,
  };
}

/**
 * The feeds of one value of a facet that has them (src/lib/facets.ts: actors, jurisdictions, kinds), beside its
 * page (`/actors/x/rss.xml`, `/actors/x/feed.json`).
 */
export function subsetFeedSpec(subset: Pick<FacetValue, 'facet' | 'label' | 'href' | 'entries'>): FeedSpec {
  return {
    title: `${subset.label}: new and corrected entries — ${SITE_NAME}`,
    description: `New and corrected entries ${FACETS[subset.facet].feeds?.noun ?? 'of'} ${subset.label} in the ${SITE_NAME}.`,
    page: subset.href,
    ...feedUrls(subset.href),
    entries: subset.entries,
  };
}

/**
 * The visible links to a subset's own feeds, for its page: "Follow this actor: RSS · JSON Feed" (the same addresses
 * as its `<link rel="alternate">`s, which most readers never see).
 */
export function followLinks(subset: Pick<FacetValue, 'facet' | 'label' | 'href' | 'entries'>): FollowLinks {
  const spec = subsetFeedSpec(subset);
  return { label: `Follow ${FACETS[subset.facet].feeds?.follow ?? subset.label}`, rss: spec.rss, json: spec.json };
}

/** What `followLinks` returns. */
export interface FollowLinks {
  label: string;
  rss: string;
  json: string;
}

/**
 * The feeds to announce on a page with <link rel="alternate">: the site's everywhere, plus the page's own on the
 * page of an actor, jurisdiction or kind (a `subset` with feeds).
 */
export function feedLinks(
  subset?: Pick<FacetValue, 'facet' | 'label' | 'href' | 'entries'>,
): Array<{ type: string; href: string; title: string }> {
  const site = siteFeedSpec([]);
  const links = [
    { type: 'application/rss+xml', href: site.rss, title: `${SITE_NAME} (RSS)` },
    { type: 'application/feed+json', href: site.json, title: `${SITE_NAME} (JSON Feed)` },
  ];
  if (subset) {
    const spec = subsetFeedSpec(subset);
    links.push(
      { type: 'application/rss+xml', href: spec.rss, title: `${subset.label} (RSS)` },
      { type: 'application/feed+json', href: spec.json, title: `${subset.label} (JSON Feed)` },
    );
  }
  return links;
}
