/**
 * The search records: what can be found, in three kinds, each with the address of the exact place it is shown.
 * Built from the record at build time (pure: unit-tested without Astro), then packed by `payload.ts`.
 *
 * - quote  → `/entries/<slug>/#quote-<id>`: the words, who said them, in which entry, when, from which source;
 * - entry  → `/entries/<slug>/`: title, summary, actors' names, tags, kind, jurisdictions, date;
 * - actor  → `/actors/<slug>/`: name, aliases, the titles of the roles they held.
 */
import { anchorPoint, formatDate, parseDate, type ParsedDate } from '../dates';
import type { TrackerRecord } from '../record';
import {
  actorUrl,
  entryUrl,
  OPEN_END,
  quoteUrl,
  type ActorSearchRecord,
  type EntrySearchRecord,
  type QuoteSearchRecord,
  type SearchRecords,
  type YearSpan,
} from './types';

export * from './types';

/** First and last year an EDTF date covers (an open end runs on; an unknown end is the start year). */
export function yearSpan(edtf: string | ParsedDate): YearSpan {
  const date = typeof edtf === 'string' ? parseDate(edtf) : edtf;
  const start = anchorPoint(date).year;
  if (date.type === 'point') return [start, start];
  if (date.end === 'open') return [start, OPEN_END];
  if (date.end === 'unknown') return [start, start];
  return [start, date.end.year];
}

export function buildSearchRecords(record: TrackerRecord): SearchRecords {
  const nameOf = (slug: string) => record.actor(slug)?.data.name ?? slug;
  const entries: EntrySearchRecord[] = [];
  const quotes: QuoteSearchRecord[] = [];
  for (const [order, e] of record.entries.entries()) {
    const d = e.data;
    // Parsed once: EDTF parsing is the slow part of building the records.
    const parsed = parseDate(d.date);
    const date = formatDate(parsed);
    const years = yearSpan(parsed);
    const actors = [...new Set(d.actors.map((a) => a.actor))];
    entries.push({
      kind: 'entry',
      slug: e.slug,
      url: entryUrl(e.slug),
      title: d.title,
      aliases: [...d.aliases],
      summary: d.summary,
      entryKind: d.kind,
      date,
      years,
      jurisdictions: [...d.jurisdictions],
      actors,
      actorNames: actors.map(nameOf),
      tags: [...d.tags],
      links: record.relations(e.slug).length,
      order,
    });
    for (const q of d.quotes)
      quotes.push({
        kind: 'quote',
        id: q.id,
        url: quoteUrl(e.slug, q.id),
        text: q.text,
        speakers: [...q.speaker],
        speakerName: q.speaker.map(nameOf).join(', '),
        attribution: q.attribution,
        entrySlug: e.slug,
        entryTitle: d.title,
        entryKind: d.kind,
        date,
        years,
        jurisdictions: [...d.jurisdictions],
        sourceTitle: d.sources.find((s) => s.id === q.source)?.title ?? '',
        order,
      });
  }
  const named = new Map<string, number>();
  for (const e of entries) for (const slug of e.actors) named.set(slug, (named.get(slug) ?? 0) + 1);
  const actors: ActorSearchRecord[] = record.actors.map((a) => ({
    kind: 'actor',
    slug: a.slug,
    url: actorUrl(a.slug),
    name: a.data.name,
    actorKind: a.data.kind,
    country: a.data.country,
    aliases: [...a.data.aliases],
    roles: [...new Set(a.data.roles.map((r) => r.title))],
    entries: named.get(a.slug) ?? 0,
  }));
  return { entries, quotes, actors };
}
