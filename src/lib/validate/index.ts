/**
 * The content validator: reads every file under the content folder and returns every problem at once.
 * `npm run validate` prints them; the build runs the same function first and stops on any problem.
 */
import path from 'node:path';
import { actorSchema } from '../../schema/actor';
import { entrySchema, type Entry } from '../../schema/entry';
import type { Actor } from '../../schema/actor';
import { dossierSchema, type Dossier } from '../../schema/dossier';
import { jurisdictionSchema, type Jurisdiction } from '../../schema/jurisdiction';
import { checkDossiers, checkJurisdictions } from './collections';
import { SLUG_PATTERN } from '../../schema/fields';
import { anchorYear, checkDate, normaliseDateInput } from '../dates';
import { hasImpossibleDate, lazyLocator, type Locator } from './locate';
import { readContent, type ContentFile } from './read';
import { schemaProblems } from './schema-issues';
import { didYouMean } from './suggest';
import type { PathSegment, Problem } from './types';
import { formatPath } from './types';
import { actorUrl } from '../urls';
import { bodyProblems, parsedFileProblems, recordProblems } from '../untrusted/validate';

export type { Problem } from './types';
export { formatReport } from './report';

export interface ValidatedEntry {
  slug: string;
  file: string;
  data: Entry;
  body: string;
}
export interface ValidatedActor {
  slug: string;
  file: string;
  data: Actor;
  body: string;
}

export interface ValidatedDossier {
  slug: string;
  file: string;
  data: Dossier;
  body: string;
}
export interface ValidatedJurisdiction {
  /** The jurisdiction code, upper case (`US`, `EU`); the file name is its lower case. */
  code: string;
  file: string;
  data: Jurisdiction;
  body: string;
}

export interface ValidationResult {
  problems: Problem[];
  /** Entries, actors, dossiers and jurisdictions that passed their schema (whether or not their references hold). */
  entries: ValidatedEntry[];
  actors: ValidatedActor[];
  dossiers: ValidatedDossier[];
  jurisdictions: ValidatedJurisdiction[];
  fileCount: number;
}

/** The files that passed their schema, by collection. */
type Validated = Pick<ValidationResult, 'entries' | 'actors' | 'dossiers' | 'jurisdictions'>;

const SCHEMAS = {
  entries: entrySchema,
  actors: actorSchema,
  dossiers: dossierSchema,
  jurisdictions: jurisdictionSchema,
} as const;

type Raw = Record<string, unknown>;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asObj = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Actor ids that would collide with pages under /actors/. */
const RESERVED_ACTOR_SLUGS = ['network'];

/**
 * js-yaml (what gray-matter and Astro's loader use) reads an unquoted `2019-13-45` as a Date, rolling it over to
 * 2020-02-14, and `2019-02-29` as 1 March. Wherever the Date does not spell the text the author wrote, put the
 * text back, so the date check sees (and reports) what is in the file.
 */
function restoreRawDates(node: unknown, path: PathSegment[], loc: Locator): void {
  if (Array.isArray(node))
    node.forEach((v, i) => (v instanceof Date ? fix(node, i) : restoreRawDates(v, [...path, i], loc)));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (v instanceof Date) fix(node as Raw, k);
      else restoreRawDates(v, [...path, k], loc);
    }
  function fix(container: Raw | unknown[], key: string | number) {
    const value = (container as Record<string | number, unknown>)[key] as Date;
    const raw = loc
      .source([...path, key])
      ?.replace(/^['"]|['"]$/g, '')
      .trim();
    if (raw === undefined || Number.isNaN(value.getTime())) return;
    const iso = value.toISOString();
    if (!(
      raw === iso.slice(0, 10) ||
      raw === iso ||
      raw.startsWith(iso.slice(0, 10) + 'T') ||
      raw.startsWith(iso.slice(0, 10) + ' ')
    ))
      (container as Record<string | number, unknown>)[key] = raw;
  }
}

/** What the checks across files read: every file's id, and where problems go. */
interface Checks {
  root: string;
  problems: Problem[];
  actorSlugs: string[];
  actorSet: Set<string>;
  entrySlugs: string[];
  entrySet: Set<string>;
}

export function validateContent(root: string): ValidationResult {
  const { files, stray, links } = readContent(root);
  const validated: Validated = { entries: [], actors: [], dossiers: [], jurisdictions: [] };
  const problems: Problem[] = strayProblems(stray, root);
  const rel = (abs: string) => path.relative(process.cwd(), abs) || abs;
  const entryFiles = files.filter((f) => f.collection === 'entries');
  const actorFiles = files.filter((f) => f.collection === 'actors');
  const checks: Checks = {
    root,
    problems,
    actorSlugs: actorFiles.map((f) => f.slug),
    actorSet: new Set(actorFiles.map((f) => f.slug)),
    entrySlugs: entryFiles.map((f) => f.slug),
    entrySet: new Set(entryFiles.map((f) => f.slug)),
  };

  // Content as untrusted input (src/lib/untrusted/): links, unreadable files, characters, YAML aliases.
  for (const { abs, issue } of links) problems.push({ file: rel(abs), ...issue });
  for (const f of files) for (const issue of f.refused) problems.push({ file: f.file, ...issue });

  // 1. Each file on its own: frontmatter present, YAML well-formed, file name, schema.
  const locators = new Map<ContentFile, Locator>();
  for (const f of files) {
    const loc = checkFile(f, problems, validated);
    if (loc) locators.set(f, loc);
  }

  // 2. Across files: duplicate ids, references, folders, MDX bodies (the safe subset and their components' ids).
  //    Read the raw data defensively, so a file with a schema problem still has its references checked and the
  //    author sees everything at once. Dossiers' and position summaries' fields are checked in part 3.
  problems.push(...duplicateIds(entryFiles, actorFiles));
  for (const f of files) {
    const loc = locators.get(f);
    if (!loc || !f.data) continue;
    const noIds = { quoteIds: [], sourceIds: [] };
    if (f.collection === 'entries') {
      const ids = checkEntryReferences(f, f.data, loc, checks);
      checkYearFolder(f, f.data, loc, checks);
      problems.push(...bodyProblems({ ...f, ...ids, actorSlugs: checks.actorSlugs }));
    } else {
      if (f.collection === 'actors') checkActorReferences(f, f.data, loc, checks);
      problems.push(...bodyProblems({ ...f, ...noIds, actorSlugs: checks.actorSlugs }));
    }
  }

  // 3. The record as a whole (src/lib/untrusted), then dossiers and jurisdictions against what they cite.
  const located = (f: ContentFile) => ({ file: f, loc: locators.get(f) });
  problems.push(
    ...recordProblems(
      root,
      entryFiles.length + stray.length + links.length,
      actorFiles.map((f) => ({ file: f.file, slug: f.slug, data: f.data, loc: locators.get(f) })),
    ),
    ...checkDossiers(files.filter((f) => f.collection === 'dossiers').map(located), {
      entryFiles,
      actorSlugs: checks.actorSlugs,
    }),
    ...checkJurisdictions(files.filter((f) => f.collection === 'jurisdictions').map(located), {
      entryFiles,
      root,
      rel,
    }),
  );

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  return { problems, ...validated, fileCount: files.length };
}

/** The collection folder a file sits under: `actors` for `<root>/actors/old/x.mdx`. */
const collectionOf = (abs: string, root: string): string => path.relative(root, abs).split(path.sep)[0]!;

/** Files the loader would skip though they are neither drafts nor READMEs. */
function strayProblems(stray: readonly string[], root: string): Problem[] {
  const problems: Problem[] = [];
  const rel = (abs: string) => path.relative(process.cwd(), abs) || abs;
  for (const abs of stray)
    problems.push({
      file: rel(abs),
      line: 1,
      col: 1,
      field: '(file)',
      ...(abs.endsWith('.mdx')
        ? {
            message: `is in a subfolder, where ${collectionOf(abs, root)} are not read, so it would be ignored`,
            hint: `move it to ${rel(path.join(root, collectionOf(abs, root), path.basename(abs)))}, or start its name with _ to keep it as a draft`,
          }
        : {
            message: 'is not an .mdx file, so it would be ignored',
            hint: `rename it to ${path.basename(abs).replace(/\.[^.]*$/, '')}.mdx, or start its name with _ to keep it as a draft`,
          }),
    });

  return problems;
}

/**
 * One file on its own: its id, its frontmatter, its YAML, what the untrusted-input checks refuse in its data, and
 * its schema. Files that pass their schema join `validated`; returns the file's locator when its YAML could be read.
 */
function checkFile(f: ContentFile, problems: Problem[], validated: Validated): Locator | undefined {
  const at = (line: number, col: number, field: string, message: string, hint?: string) =>
    problems.push({ file: f.file, line, col, field, message, hint });
  if (f.collection === 'actors' && RESERVED_ACTOR_SLUGS.includes(f.slug))
    at(
      1,
      1,
      '(file)',
      `the id "${f.slug}" is taken by the page ${actorUrl(f.slug)}`,
      `rename the file, e.g. ${f.slug}-org.mdx`,
    );
  if (!SLUG_PATTERN.test(f.slug))
    at(
      1,
      1,
      '(file)',
      `file name "${f.slug}" is not a valid id`,
      'use lowercase letters, digits and hyphens, e.g. barr-letter-to-facebook.mdx',
    );
  if (!f.readable || (f.refused.length && !f.data)) return undefined;
  if (f.missingFrontmatter) {
    at(1, 1, '(frontmatter)', 'has no frontmatter', 'start the file with a --- line, the fields, and another --- line');
    return undefined;
  }
  const loc = lazyLocator(f.frontmatter, f.frontmatterLine);
  if (f.yamlError || !f.data) {
    // Message and position from the same parser: js-yaml's (what Astro reads with), else the yaml package's.
    const pos = f.yamlError
      ? { line: f.yamlError.line, col: f.yamlError.col }
      : (loc.syntaxError?.position ?? { line: 1, col: 1 });
    at(
      pos.line,
      pos.col,
      '(yaml)',
      `malformed YAML: ${f.yamlError?.message ?? loc.syntaxError?.message}`,
      'check indentation, colons and quotes on this line or the one before it',
    );
    return loc;
  }
  // js-yaml turns `2019-13-45` into 14 Feb 2020; put back what was written so the date check reports it.
  if (hasImpossibleDate(f.frontmatter)) restoreRawDates(f.data, [], loc);
  problems.push(...parsedFileProblems(f.file, f.data, f.frontmatter, loc, f.refused.length > 0));
  const schema = SCHEMAS[f.collection];
  const parsed = schema.safeParse(f.data, { reportInput: true });
  if (!parsed.success) problems.push(...schemaProblems(f.file, schema, parsed.error.issues, loc));
  else if (f.collection === 'entries')
    validated.entries.push({ slug: f.slug, file: f.file, data: parsed.data as Entry, body: f.body });
  else if (f.collection === 'dossiers')
    validated.dossiers.push({ slug: f.slug, file: f.file, data: parsed.data as Dossier, body: f.body });
  else if (f.collection === 'jurisdictions')
    validated.jurisdictions.push({
      code: f.slug.toUpperCase(),
      file: f.file,
      data: parsed.data as Jurisdiction,
      body: f.body,
    });
  else validated.actors.push({ slug: f.slug, file: f.file, data: parsed.data as Actor, body: f.body });
  return loc;
}

/** Ids must be unique: entries' across all year folders, actors' whatever their case. */
function duplicateIds(entryFiles: readonly ContentFile[], actorFiles: readonly ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const seenEntry = new Map<string, string>();
  for (const f of entryFiles) {
    const prev = seenEntry.get(f.slug);
    if (prev)
      problems.push({
        file: f.file,
        line: 1,
        col: 1,
        field: '(file)',
        message: `duplicate entry id "${f.slug}" (also ${prev})`,
        hint: 'entry ids are file names and must be unique across years: rename one',
      });
    else seenEntry.set(f.slug, f.file);
  }
  const seenActor = new Map<string, string>();
  for (const f of actorFiles) {
    const key = f.slug.toLowerCase();
    const prev = seenActor.get(key);
    if (prev)
      problems.push({
        file: f.file,
        line: 1,
        col: 1,
        field: '(file)',
        message: `duplicate actor id "${f.slug}" (also ${prev})`,
        hint: 'rename or merge one of them',
      });
    else seenActor.set(key, f.file);
  }

  return problems;
}

/** A reference to an actor, checked (the actor must exist), with a did-you-mean. */
function actorRef(f: ContentFile, loc: Locator, { problems, actorSet, actorSlugs }: Checks) {
  return (p: PathSegment[], value: unknown) => {
    const v = str(value);
    if (v !== undefined && !actorSet.has(v))
      problems.push({
        file: f.file,
        ...loc.value(p),
        field: formatPath(p),
        message: `"${v}" is not an actor`,
        hint: didYouMean(v, actorSlugs) ?? `add content/actors/${v}.mdx, or use an existing actor`,
      });
  };
}

const adder =
  (f: ContentFile, loc: Locator, problems: Problem[]) => (p: PathSegment[], message: string, hint?: string) =>
    problems.push({ file: f.file, ...loc.value(p), field: formatPath(p), message, hint });

/** An actor's organisations and parent are actors, and it is not its own parent. */
function checkActorReferences(f: ContentFile, data: Raw, loc: Locator, checks: Checks): void {
  const add = adder(f, loc, checks.problems);
  const refActor = actorRef(f, loc, checks);
  asList(data['roles']).forEach((r, i) => refActor(['roles', i, 'org'], asObj(r)['org']));
  refActor(['parent'], data['parent']);
  if (data['parent'] === f.slug) add(['parent'], 'an actor cannot be its own parent');
}

/**
 * An entry's references: unique source and quote ids; actors, speakers, authors and the like are actors; quotes
 * and status steps name sources of the entry; related entries exist. Returns the entry's source and quote ids.
 */
function checkEntryReferences(
  f: ContentFile,
  data: Raw,
  loc: Locator,
  checks: Checks,
): { sourceIds: string[]; quoteIds: string[] } {
  const { entrySet, entrySlugs } = checks;
  const add = adder(f, loc, checks.problems);
  const refActor = actorRef(f, loc, checks);
  const dupes = (list: unknown[], field: string, key: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const id = str(asObj(item)[key]);
      if (id === undefined) return;
      if (seen.has(id))
        add(
          [field, i, key],
          `duplicate ${field === 'sources' ? 'source' : 'quote'} id "${id}"`,
          'ids must be unique within the entry: rename one',
        );
      seen.add(id);
    });
  };
  const sources = asList(data['sources']);
  const sourceIds = sources.map((s) => str(asObj(s)['id'])).filter((s): s is string => !!s);
  const quotes = asList(data['quotes']);
  const quoteIds = quotes.map((q) => str(asObj(q)['id'])).filter((s): s is string => !!s);
  dupes(sources, 'sources', 'id');
  dupes(quotes, 'quotes', 'id');

  asList(data['actors']).forEach((a, i) => refActor(['actors', i, 'actor'], asObj(a)['actor']));
  quotes.forEach((q, i) => {
    const quote = asObj(q);
    const speaker = quote['speaker'];
    if (Array.isArray(speaker)) speaker.forEach((s, j) => refActor(['quotes', i, 'speaker', j], s));
    else refActor(['quotes', i, 'speaker'], speaker);
    const src = str(quote['source']);
    if (src !== undefined && !sourceIds.includes(src))
      add(
        ['quotes', i, 'source'],
        `"${src}" is not one of this entry's sources`,
        didYouMean(src, sourceIds) ??
          (sourceIds.length ? `use one of: ${sourceIds.join(', ')}` : 'add the source under sources first'),
      );
  });
  const doc = asObj(data['document']);
  for (const field of ['authors', 'recipients'] as const)
    asList(doc[field]).forEach((a, i) => refActor(['document', field, i], a));
  refActor(['document', 'issuer'], doc['issuer']);
  const refSource = (p: PathSegment[], value: unknown) => {
    const v = str(value);
    if (v !== undefined && !sourceIds.includes(v))
      add(
        p,
        `"${v}" is not one of this entry's sources`,
        didYouMean(v, sourceIds) ?? (sourceIds.length ? `use one of: ${sourceIds.join(', ')}` : undefined),
      );
  };
  const status = asObj(data['status']);
  refSource(['status', 'source'], status['source']);
  asList(status['history']).forEach((h, i) => refSource(['status', 'history', i, 'source'], asObj(h)['source']));

  asList(data['related']).forEach((r, i) => {
    const target = str(asObj(r)['entry']);
    if (target === undefined) return;
    if (target === f.slug) add(['related', i, 'entry'], 'an entry cannot relate to itself');
    else if (!entrySet.has(target))
      add(
        ['related', i, 'entry'],
        `"${target}" is not an entry`,
        didYouMean(
          target,
          entrySlugs.filter((s) => s !== f.slug),
        ) ?? 'use the file name (without .mdx) of an existing entry',
      );
  });

  return { sourceIds, quoteIds };
}

/** The year folder must match the date. */
function checkYearFolder(f: ContentFile, data: Raw, loc: Locator, { problems, root }: Checks): void {
  const date = checkDate(data['date']) === null ? normaliseDateInput(data['date']) : undefined;
  if (date) {
    const year = String(anchorYear(date)).padStart(4, '0');
    if (f.folder !== year)
      problems.push({
        file: f.file,
        ...loc.value(['date']),
        field: 'date',
        message:
          f.folder && /^\d{4}$/.test(f.folder)
            ? `is in ${year} but the file is in the ${f.folder} folder`
            : `the file is not in a year folder`,
        hint: `move it to ${path.join(path.relative(process.cwd(), root) || '.', 'entries', year, path.basename(f.file))}`,
      });
  }
}
