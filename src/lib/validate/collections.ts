/**
 * The validator's checks across files for dossiers and jurisdictions: every entry, actor and source they cite
 * exists; a step's source belongs to the dossier or to the step's entry; an actor's entry names the actor; a
 * position's entries name the jurisdiction; and, where the content folder has a `jurisdictions/` folder, every
 * jurisdiction the entries use has its file. Reads the raw data defensively, so a file with a schema problem still
 * has its references checked and the author sees everything at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JURISDICTIONS, SUPRANATIONAL } from '../../schema/vocabulary';
import type { Locator } from './locate';
import type { ContentFile } from './read';
import { didYouMean } from './suggest';
import { formatPath, type PathSegment, type Problem } from './types';

type Raw = Record<string, unknown>;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asObj = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

interface Located {
  file: ContentFile;
  loc: Locator | undefined;
}

/** The source ids of an entry's raw data. */
function sourceIds(entry: Raw | undefined): string[] {
  return asList(entry?.['sources'])
    .map((s) => str(asObj(s)['id']))
    .filter((s): s is string => !!s);
}

/** Every actor an entry names: its actors, its document's authors, issuer and recipients, its quotes' speakers. */
function actorsInEntry(entry: Raw | undefined): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => {
    const s = str(v);
    if (s) out.add(s);
  };
  asList(entry?.['actors']).forEach((a) => add(asObj(a)['actor']));
  const doc = asObj(entry?.['document']);
  asList(doc['authors']).forEach(add);
  asList(doc['recipients']).forEach(add);
  add(doc['issuer']);
  asList(entry?.['quotes']).forEach((q) => {
    const speaker = asObj(q)['speaker'];
    if (Array.isArray(speaker)) speaker.forEach(add);
    else add(speaker);
  });
  return out;
}

export function checkDossiers(
  files: readonly Located[],
  ctx: { entryFiles: readonly ContentFile[]; actorSlugs: readonly string[] },
): Problem[] {
  const problems: Problem[] = [];
  const entries = new Map(ctx.entryFiles.map((f) => [f.slug, f.data]));
  const entrySlugs = [...entries.keys()];
  const actorSet = new Set(ctx.actorSlugs);
  for (const { file: f, loc } of files) {
    if (!loc || !f.data) continue;
    const data = f.data;
    const add = (p: PathSegment[], message: string, hint?: string) =>
      problems.push({ file: f.file, ...loc.value(p), field: formatPath(p), message, hint });
    const refEntry = (p: PathSegment[], value: unknown): string | undefined => {
      const v = str(value);
      if (v === undefined) return undefined;
      if (entries.has(v)) return v;
      add(p, `"${v}" is not an entry`, didYouMean(v, entrySlugs) ?? 'use the file name (without .mdx) of an entry');
      return undefined;
    };
    const own = asList(data['sources'])
      .map((s) => str(asObj(s)['id']))
      .filter((s): s is string => !!s);
    const seen = new Set<string>();
    own.forEach((id, i) => {
      if (seen.has(id))
        add(['sources', i, 'id'], `duplicate source id "${id}"`, 'ids must be unique within the dossier');
      seen.add(id);
    });
    /** A source id: the dossier's own, else the entry's; never both (the reader could not tell which is meant). */
    const refSource = (p: PathSegment[], value: unknown, entry: string | undefined) => {
      const v = str(value);
      if (v === undefined) return;
      const inEntry = entry ? sourceIds(asObj(entries.get(entry))) : [];
      const mine = own.includes(v);
      const theirs = inEntry.includes(v);
      if (mine && theirs)
        add(
          p,
          `"${v}" is both a source of this dossier and of ${entry}`,
          'rename the dossier’s source, so the step says which one it means',
        );
      else if (!mine && !theirs)
        add(
          p,
          entry
            ? `"${v}" is not a source of this dossier or of ${entry}`
            : `"${v}" is not a source of this dossier (name the step's entry to use one of its sources)`,
          didYouMean(v, [...own, ...inEntry]) ??
            (own.length + inEntry.length ? `use one of: ${[...own, ...inEntry].join(', ')}` : 'add it under sources'),
        );
    };
    const dossierEntries = new Set<string>();
    asList(data['versions']).forEach((v, i) => {
      const e = refEntry(['versions', i, 'entry'], asObj(v)['entry']);
      if (e) dossierEntries.add(e);
    });
    asList(data['steps']).forEach((s, i) => {
      const step = asObj(s);
      const e = refEntry(['steps', i, 'entry'], step['entry']);
      if (e) dossierEntries.add(e);
      refSource(['steps', i, 'source'], step['source'], e);
    });
    const current = asObj(data['current']);
    const currentEntry = refEntry(['current', 'entry'], current['entry']);
    if (currentEntry) dossierEntries.add(currentEntry);
    refSource(['current', 'source'], current['source'], currentEntry);
    asList(data['actors']).forEach((a, i) => {
      const actor = str(asObj(a)['actor']);
      if (actor !== undefined && !actorSet.has(actor))
        add(
          ['actors', i, 'actor'],
          `"${actor}" is not an actor`,
          didYouMean(actor, ctx.actorSlugs) ?? `add content/actors/${actor}.mdx, or use an existing actor`,
        );
      const e = refEntry(['actors', i, 'entry'], asObj(a)['entry']);
      if (!e) return;
      if (!dossierEntries.has(e))
        add(
          ['actors', i, 'entry'],
          `"${e}" is not one of this dossier's entries`,
          'cite an entry that a step, version or the current stage names',
        );
      else if (actor !== undefined && actorSet.has(actor) && !actorsInEntry(asObj(entries.get(e))).has(actor))
        add(
          ['actors', i, 'entry'],
          `${e} does not name ${actor}`,
          'cite the entry that names the actor (in its actors, document or quotes)',
        );
    });
  }
  return problems;
}

const GROUPS = Object.keys(SUPRANATIONAL);

export function checkJurisdictions(
  files: readonly Located[],
  ctx: { entryFiles: readonly ContentFile[]; root: string; rel: (abs: string) => string },
): Problem[] {
  const problems: Problem[] = [];
  const entries = new Map(ctx.entryFiles.map((f) => [f.slug, f.data]));
  const entrySlugs = [...entries.keys()];
  const codes = new Set<string>();
  for (const { file: f, loc } of files) {
    const code = f.slug.toUpperCase();
    if (!JURISDICTIONS.includes(code) || f.slug !== code.toLowerCase()) {
      problems.push({
        file: f.file,
        line: 1,
        col: 1,
        field: '(file)',
        message: `"${f.slug}" is not a jurisdiction code`,
        hint: 'name the file after the code in lower case: us.mdx, uk.mdx, eu.mdx, fvey.mdx',
      });
      continue;
    }
    codes.add(code);
    if (!loc || !f.data) continue;
    const data = f.data;
    const add = (p: PathSegment[], message: string, hint?: string) =>
      problems.push({ file: f.file, ...loc.value(p), field: formatPath(p), message, hint });
    const group = data['group'] === true;
    if (group !== GROUPS.includes(code))
      add(
        ['group'],
        group ? `${code} is a country, not a grouping` : `${code} is a grouping: write group: true`,
        group ? 'remove group: true' : 'add group: true',
      );
    asList(data['positions']).forEach((p, i) => {
      asList(asObj(p)['entries']).forEach((e, j) => {
        const slug = str(e);
        if (slug === undefined) return;
        const entry = entries.get(slug);
        if (!entries.has(slug))
          add(
            ['positions', i, 'entries', j],
            `"${slug}" is not an entry`,
            didYouMean(slug, entrySlugs) ?? 'use the file name (without .mdx) of an entry',
          );
        else if (!asList(asObj(entry)['jurisdictions']).includes(code))
          add(
            ['positions', i, 'entries', j],
            `${slug} does not name ${code} among its jurisdictions`,
            'cite an entry about this jurisdiction',
          );
      });
    });
  }
  // A content folder that keeps position summaries keeps one for every jurisdiction its entries use.
  const folder = path.join(ctx.root, 'jurisdictions');
  if (fs.existsSync(folder)) {
    const used = new Map<string, string>();
    for (const f of ctx.entryFiles)
      for (const j of asList(f.data?.['jurisdictions'])) {
        const code = str(j);
        if (code && JURISDICTIONS.includes(code) && !used.has(code)) used.set(code, f.slug);
      }
    for (const [code, example] of [...used].sort())
      if (!codes.has(code))
        problems.push({
          file: ctx.rel(path.join(folder, `${code.toLowerCase()}.mdx`)),
          line: 1,
          col: 1,
          field: '(file)',
          message: `is missing: entries use ${code} (e.g. ${example}) but it has no position summary`,
          hint: `add ${code.toLowerCase()}.mdx with summary, asOf and positions (see content/README.md)`,
        });
  }
  return problems;
}
