/**
 * The files the site serves besides its pages: the feeds (the site's, each actor's, jurisdiction's and kind's, and
 * each dossier's) and the open data under /data/ (src/lib/reuse/catalogue.ts lists them). Each path comes with its media type and
 * a function that writes its body, which the one endpoint of each kind calls.
 */
import { bibliographyItems } from '../lib/citations';
import { downloadBody } from '../lib/citations/downloads';
import { FEED_FACETS } from '../lib/facets';
import { subsetKey } from '../lib/page-keys';
import { DATA_FILES, SCHEMA_FILES } from '../lib/reuse/catalogue';
import {
  dossierFeedUrl,
  dossierJsonFeed,
  dossiersJson,
  dossierStepsCsv,
  dossierTimelineJson,
  dossierTimelineUrl,
} from '../lib/reuse/dossiers';
import { actorsJson, entriesCsv, entriesJson, quotesCsv } from '../lib/reuse/exports';
import { jsonFeed, rssFeed, siteFeedSpec, subsetFeedSpec, type FeedSpec } from '../lib/reuse/feeds';
import { SCHEMAS } from '../lib/reuse/schemas';
import { timelineJson } from '../lib/reuse/timelinejs';
import { dataUrl, homeUrl, timelineJsUrl, timelineUrl, withoutBase } from '../lib/urls';
import { getContent, type Content } from './content';
import { getDossiers } from './dossiers';
import { valuesOf } from './routes';
import { KEY_SITE, SITE } from './site';

/** A file: its body and media type, written when the build asks for it. */
export type FileProps = { render: () => { body: string; type: string } };

type FileRoute<P extends string> = { params: Record<P, string>; props: FileProps; cacheKey?: string };

const JSON_TYPE = 'application/json; charset=utf-8';
const json = (data: unknown) => JSON.stringify(data, null, 2) + '\n';
const typed = (type: string, body: () => string): FileProps => ({ render: () => ({ body: body(), type }) });

/** A site path as the rest parameter of a route at `under` takes it: `/data/entries.json` → `entries.json`. */
const param = (path: string, under = homeUrl()) => withoutBase(path).slice(withoutBase(under).length);

/**
 * `/rss.xml`, `/feed.json`, and `<page>rss.xml`, `<page>feed.json` beside each actor's, jurisdiction's and kind's
 * page; a dossier's steps as `<page>feed.json` beside its page.
 */
export async function feedRoutes(): Promise<Array<FileRoute<'feed'>>> {
  const content = await getContent();
  const both = (spec: FeedSpec, cacheKey?: string): Array<FileRoute<'feed'>> => [
    {
      params: { feed: param(spec.rss) },
      props: typed('application/rss+xml; charset=utf-8', () => rssFeed(spec, SITE)),
      ...(cacheKey ? { cacheKey } : {}),
    },
    {
      params: { feed: param(spec.json) },
      props: typed('application/feed+json; charset=utf-8', () => jsonFeed(spec, SITE)),
      ...(cacheKey ? { cacheKey } : {}),
    },
  ];
  return [
    ...both(siteFeedSpec(content.record.entries)),
    ...FEED_FACETS.flatMap((facet) =>
      valuesOf(content, facet).flatMap((v) => both(subsetFeedSpec(v), subsetKey(subsetKeyData(v), KEY_SITE))),
    ),
    ...getDossiers(content).all.map((d) => ({
      params: { feed: param(dossierFeedUrl(d.slug)) },
      props: typed('application/feed+json; charset=utf-8', () => dossierJsonFeed(d, SITE)),
    })),
  ];
}

/** What a subset's files are made of: the keys of its feeds and TimelineJS file hash it. */
function subsetKeyData(v: { facet: string; urlValue: string; label: string; href: string; entries: unknown }) {
  return { facet: v.facet, value: v.urlValue, label: v.label, page: v.href, entries: v.entries };
}

/** Every file under /data/: the exports, the bibliography, the TimelineJS files and the JSON Schemas. */
export async function dataFileRoutes(): Promise<Array<FileRoute<'file'>>> {
  const content = await getContent();
  const file = (path: string, props: FileProps, cacheKey?: string): FileRoute<'file'> => ({
    params: { file: param(path, dataUrl()) },
    props,
    ...(cacheKey ? { cacheKey } : {}),
  });
  return [
    ...DATA_FILES.map((f) => file(f.path, exportFile(content, param(f.path, dataUrl())))),
    ...FEED_FACETS.flatMap((facet) =>
      valuesOf(content, facet).map((v) =>
        file(
          timelineJsUrl(v.facet, v.urlValue),
          typed(JSON_TYPE, () => JSON.stringify(timelineJson(v.entries, v.label, v.href, SITE))),
          subsetKey(subsetKeyData(v), KEY_SITE),
        ),
      ),
    ),
    ...getDossiers(content).all.map((d) =>
      file(
        dossierTimelineUrl(d.slug),
        typed(JSON_TYPE, () => JSON.stringify(dossierTimelineJson(d, SITE))),
      ),
    ),
    ...SCHEMA_FILES.map((f) => {
      const name = /([\w-]+)\.schema\.json$/.exec(f.path)![1]!;
      return file(
        f.path,
        typed('application/schema+json; charset=utf-8', () => json(SCHEMAS[name])),
      );
    }),
  ];
}

/** The body of one of the files DATA_FILES lists, by its name under /data/. */
function exportFile(content: Content, name: string): FileProps {
  const { record } = content;
  const csv = 'text/csv; charset=utf-8; header=present';
  const bibliography = (format: 'bib' | 'ris' | 'json'): FileProps => ({
    render: () => downloadBody(format, bibliographyItems(record)),
  });
  switch (name) {
    case 'entries.json':
      return typed(JSON_TYPE, () => json(entriesJson(record, SITE)));
    case 'actors.json':
      return typed(JSON_TYPE, () => json(actorsJson(record, SITE)));
    case 'entries.csv':
      return typed(csv, () => entriesCsv(record, SITE));
    case 'quotes.csv':
      return typed(csv, () => quotesCsv(record, SITE));
    case 'bibliography.bib':
      return bibliography('bib');
    case 'bibliography.ris':
      return bibliography('ris');
    case 'bibliography.json':
      return bibliography('json');
    case 'dossiers.json':
      return typed(JSON_TYPE, () => json(dossiersJson(getDossiers(content).all, SITE)));
    case 'dossier-steps.csv':
      return typed(csv, () => dossierStepsCsv(getDossiers(content).all, SITE));
    case 'timelinejs/all.json':
      return typed(JSON_TYPE, () =>
        JSON.stringify(timelineJson(record.entries, 'The whole record', timelineUrl(), SITE)),
      );
    default:
      throw new Error(`src/lib/reuse/catalogue.ts lists /data/${name}, which src/data/files.ts does not write`);
  }
}
