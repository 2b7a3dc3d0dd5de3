/**
 * Dossiers as open data: /data/dossiers.json (its JSON Schema is `SCHEMAS.dossiers`), one row per step in
 * /data/dossier-steps.csv, a TimelineJS file per dossier (/data/timelinejs/dossiers/<id>.json) whose events are the
 * dossier's dated steps, and a JSON Feed per dossier (/dossiers/<id>/feed.json). Dates keep their precision
 * everywhere: a step known to the year has only a year.
 */
import type { DossierStepView, DossierView, StepSource } from '../dossiers';
import { OUTCOME_TEXT } from '../dossiers';
import { formatDate, parseDate } from '../dates';
import { absoluteUrl, CONTENT_LICENCE, SITE_NAME } from '../site';
import { dataUrl, dossierUrl, entryUrl, feedUrls, homeUrl, timelineJsUrl } from '../urls';
import { exportDate, toCsv, type Column } from './exports';
import { timelineDates, type TimelineJson, TITLE_SLIDE_ID } from './timelinejs';

type Site = URL | string | null | undefined;

/** A dossier's TimelineJS file (`/data/timelinejs/dossiers/<id>.json`) and JSON Feed, beside its page. */
export const dossierTimelineUrl = (slug: string): string => timelineJsUrl('dossiers', slug);
export const dossierFeedUrl = (slug: string): string => feedUrls(dossierUrl(slug)).json;

function sourceExport(s: StepSource) {
  return {
    id: s.source.id,
    title: s.source.title,
    publisher: s.source.publisher,
    url: s.source.url,
    checked: s.source.checked,
    type: s.source.type,
    entry: s.entry ?? null,
  };
}

function stepExport(step: DossierStepView, site: Site) {
  return {
    n: step.n,
    date: exportDate(step.date),
    step: step.step,
    label: step.label,
    kind: step.kind,
    version: step.version?.id ?? null,
    entry: step.entry ? { slug: step.entry.slug, url: absoluteUrl(entryUrl(step.entry.slug), site) } : null,
    source: sourceExport(step.source),
    note: step.note ?? null,
  };
}

function dossierExport(d: DossierView, site: Site) {
  return {
    slug: d.slug,
    url: absoluteUrl(dossierUrl(d.slug), site),
    title: d.data.title,
    short_names: d.data.shortNames,
    summary: d.data.summary,
    jurisdictions: d.data.jurisdictions,
    procedure: d.data.procedure,
    procedure_label: d.model.label,
    versions: d.data.versions.map((v) => ({
      id: v.id,
      title: v.title,
      number: v.number ?? null,
      session: v.session ?? null,
      entry: v.entry ?? null,
    })),
    stages: d.track.map((t) => ({ stage: t.stage, label: t.label, state: t.state, step: t.at?.n ?? null })),
    steps: d.steps.map((s) => stepExport(s, site)),
    current: {
      stage: d.current.stage,
      label: d.current.label,
      outcome: d.current.outcome,
      as_of: d.current.asOf,
      confirmed: exportDate(d.current.confirmed),
      source: sourceExport(d.current.source),
      note: d.current.note,
    },
    next: d.data.next ?? null,
    actors: d.actorsByRole.flatMap((g) =>
      g.actors.map((a) => ({
        actor: a.actor,
        name: a.name,
        role: g.role,
        capacity: a.capacity ?? null,
        stance: a.stance ?? null,
        entry: a.entry.slug,
      })),
    ),
    entries: d.entries.map((e) => e.slug),
    timelinejs: absoluteUrl(dossierTimelineUrl(d.slug), site),
    feed: absoluteUrl(dossierFeedUrl(d.slug), site),
  };
}

export function dossiersJson(dossiers: readonly DossierView[], site: Site) {
  return {
    title: `${SITE_NAME}: dossiers`,
    source: absoluteUrl(dataUrl(), site),
    license: { name: CONTENT_LICENCE.name, url: CONTENT_LICENCE.url },
    attribution: `${SITE_NAME} (${absoluteUrl(homeUrl(), site)})`,
    dossiers: dossiers.map((d) => dossierExport(d, site)),
  };
}

interface StepRow {
  dossier: DossierView;
  step: DossierStepView;
  site: Site;
}

export const DOSSIER_STEP_COLUMNS: ReadonlyArray<Column<StepRow>> = [
  { name: 'dossier', description: 'The dossier’s id; its page is /dossiers/<dossier>/.', value: (r) => r.dossier.slug },
  { name: 'dossier_title', description: 'The procedure’s name.', value: (r) => r.dossier.data.title },
  {
    name: 'procedure',
    description: 'us-bill, uk-bill, au-bill, eu-olp, court-case or regulatory.',
    value: (r) => r.dossier.data.procedure,
  },
  { name: 'n', description: 'The step’s place in the history, from 1.', value: (r) => r.step.n },
  { name: 'date', description: 'EDTF, at the precision the source gives.', value: (r) => r.step.date },
  { name: 'date_text', description: 'The date as the site shows it.', value: (r) => formatDate(r.step.date) },
  {
    name: 'step',
    description: 'The stage reached or the event (an id of the stage model).',
    value: (r) => r.step.step,
  },
  { name: 'label', description: 'The stage or event, in words.', value: (r) => r.step.label },
  { name: 'kind', description: '“stage” (moves the procedure) or “event”.', value: (r) => r.step.kind },
  {
    name: 'version',
    description: 'The bill, act, notice or case the step belongs to.',
    value: (r) => r.step.version?.title ?? null,
  },
  { name: 'entry', description: 'The entry that records the step, if any.', value: (r) => r.step.entry?.slug ?? null },
  {
    name: 'entry_url',
    description: 'Its page.',
    value: (r) => (r.step.entry ? absoluteUrl(entryUrl(r.step.entry.slug), r.site) : null),
  },
  { name: 'source_title', description: 'The source that records the step.', value: (r) => r.step.source.source.title },
  { name: 'source_url', description: 'Its address.', value: (r) => r.step.source.source.url },
  { name: 'note', description: 'What happened, in the editors’ words.', value: (r) => r.step.note ?? null },
];

export function dossierStepsCsv(dossiers: readonly DossierView[], site: Site): string {
  return toCsv(
    DOSSIER_STEP_COLUMNS,
    dossiers.flatMap((dossier) => dossier.steps.map((step) => ({ dossier, step, site }))),
  );
}

const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A dossier as a TimelineJS timeline: a title slide with the current stage, then one event per dated step. */
export function dossierTimelineJson(d: DossierView, site: Site): TimelineJson {
  const page = absoluteUrl(dossierUrl(d.slug), site);
  return {
    title: {
      unique_id: TITLE_SLIDE_ID,
      text: {
        headline: escapeHtml(`${d.data.title}: ${SITE_NAME}`),
        text:
          `<p>${escapeHtml(d.data.summary)}</p><p>Status as of ${escapeHtml(formatDate(d.current.asOf))}: ` +
          `${escapeHtml(d.current.label)}. ${escapeHtml(OUTCOME_TEXT[d.current.outcome])}</p>` +
          `<p><a href="${escapeHtml(page)}">The dossier in the ${SITE_NAME}</a>. Text and data: ` +
          `<a href="${CONTENT_LICENCE.url}">${CONTENT_LICENCE.short}</a>.</p>`,
      },
    },
    events: d.steps.map((s) => ({
      unique_id: `${d.slug}-step-${s.n}`,
      ...timelineDates(s.date),
      text: {
        headline: escapeHtml(s.label),
        text:
          (s.note ? `<p>${escapeHtml(s.note)}</p>` : '') +
          `<p>Source: <a href="${escapeHtml(s.source.source.url)}">${escapeHtml(s.source.source.title)}</a></p>` +
          (s.entry
            ? `<p><a href="${escapeHtml(absoluteUrl(entryUrl(s.entry.slug), site))}">${escapeHtml(s.entry.data.title)}</a></p>`
            : ''),
      },
    })),
  };
}

/** A JSON Feed 1.1 of a dossier's steps, newest first; a step dated to the day carries it as `date_published`. */
export function dossierJsonFeed(d: DossierView, site: Site): string {
  const page = absoluteUrl(dossierUrl(d.slug), site);
  const items = [...d.steps].reverse().map((s) => {
    const parsed = parseDate(s.date);
    // Only a certain day is a publication date; "2022-02-01?" or "2022-02" stays in the title only.
    const p = parsed.type === 'point' ? parsed.point : undefined;
    const day =
      p && p.precision === 'day' && !p.uncertain && !p.approximate
        ? `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}T00:00:00Z`
        : undefined;
    return {
      id: `${page}#step-${s.n}`,
      url: `${page}#step-${s.n}`,
      title: `${formatDate(s.date)}: ${s.label}`,
      content_text: [s.note, `Source: ${s.source.source.title} (${s.source.source.url})`].filter(Boolean).join('\n\n'),
      ...(day ? { date_published: day } : {}),
      ...(s.entry ? { external_url: absoluteUrl(entryUrl(s.entry.slug), site) } : {}),
    };
  });
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: `${d.data.title} — ${SITE_NAME}`,
      home_page_url: page,
      feed_url: absoluteUrl(dossierFeedUrl(d.slug), site),
      description: `The dated steps of ${d.data.title}. Status as of ${formatDate(d.current.asOf)}: ${d.current.label}.`,
      language: 'en',
      items,
    },
    null,
    2,
  );
}

const bibEscape = (t: string) => t.replace(/[\\{}&%$#_]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));

/** "Cite this dossier": a note-style text citation and a BibLaTeX @online record, with the day it was read. */
export function dossierCitation(d: DossierView, site: Site, accessed: string): { text: string; bibtex: string } {
  const url = absoluteUrl(dossierUrl(d.slug), site);
  return {
    text:
      `${SITE_NAME}. “${d.data.title}.” Dossier, status as of ${formatDate(d.current.asOf)}. ${url}. ` +
      `Accessed ${formatDate(accessed)}.`,
    bibtex: [
      `@online{ept-dossier-${d.slug},`,
      `  title = {${bibEscape(d.data.title)}},`,
      `  organization = {${SITE_NAME}},`,
      `  date = {${d.data.updated ?? d.current.asOf}},`,
      `  url = {${url}},`,
      `  urldate = {${accessed}},`,
      `  note = {Dossier; status as of ${d.current.asOf}},`,
      `}`,
    ].join('\n'),
  };
}
