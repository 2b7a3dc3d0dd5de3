/**
 * The validator's checks of content as untrusted input, kept apart from the record's own rules
 * (src/lib/validate/index.ts calls them at two small points):
 *
 * - per file, while reading ({@link guardFile}): symbolic links and non-files, the size limit, UTF-8 (BOM
 *   accepted), forbidden characters anywhere in the file, YAML anchors and aliases;
 * - per file, once parsed ({@link parsedFileProblems}): forbidden characters produced by YAML escapes, numbers YAML
 *   read in another base (`date: -0500` is octal to YAML, so it is reported as written, not as -320);
 * - per body ({@link bodyProblems}): the safe MDX subset of src/lib/untrusted/body.ts, and every component's id
 *   checked against the entry;
 * - across files ({@link recordProblems}): an empty or missing content folder, look-alike actor names.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../validate/types';
import { formatPath, type PathSegment } from '../validate/types';
import type { Locator } from '../validate/locate';
import { didYouMean } from '../validate/suggest';
import { BODY_COMPONENTS, inspectBody } from './body';
import { lookAlikeNames } from './confusables';
import { readContentText, yamlAliasIssues, type FileIssue } from './files';
import { charProblems, lineCol } from './text';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export type Guarded =
  { ok: true; text: string; issues: FileIssue[]; skipYaml: boolean } | { ok: false; issues: FileIssue[] };

/**
 * Reads a content file and checks what must hold before any parser sees it. `ok: false`: the file cannot be read at
 * all. `skipYaml`: the frontmatter must not go to the YAML reader (it has an alias or a forbidden character).
 */
export function guardFile(abs: string): Guarded {
  const read = readContentText(abs);
  if (!read.ok) return { ok: false, issues: [read.issue] };
  const text = read.text;
  const issues: FileIssue[] = [];
  for (const c of charProblems(text, { crlf: true }))
    issues.push({ ...lineCol(text, c.index), field: '(text)', message: c.message, hint: c.hint });
  const m = FRONTMATTER.exec(text);
  const fmEnd = m ? m[0].length : 0;
  const fmIssues = issues.some((i) => i.line <= (m ? m[0].split('\n').length - 1 : 0));
  const aliases = m ? yamlAliasIssues(m[1]!, 2) : [];
  issues.push(...aliases);
  return { ok: true, text, issues, skipYaml: aliases.length > 0 || (fmIssues && fmEnd > 0) };
}

/** Every string in parsed frontmatter, with its path. */
function* strings(node: unknown, at: PathSegment[] = []): Generator<[PathSegment[], string]> {
  if (typeof node === 'string') yield [at, node];
  else if (Array.isArray(node)) for (let i = 0; i < node.length; i++) yield* strings(node[i], [...at, i]);
  else if (node && typeof node === 'object' && !(node instanceof Date))
    for (const [k, v] of Object.entries(node)) yield* strings(v, [...at, k]);
}

const ODD_NUMBER = /:[ \t]*[-+]?(?:0[0-9xXoObB]|\d[\d_]*_\d|\d+(?::[0-5]?\d)+[ \t]*(?:#|$))/m;

/**
 * After the YAML is read: characters that only a YAML escape can produce ("\u202E" in double quotes), and numbers
 * YAML read as octal, hex, sexagesimal or with underscores (put back as written, so the schema reports the text
 * the author sees). `raw` tells whether the file text itself was already reported for characters.
 */
export function parsedFileProblems(
  file: string,
  data: Record<string, unknown>,
  frontmatter: string,
  loc: Locator,
  rawReported: boolean,
): Problem[] {
  const problems: Problem[] = [];
  if (!rawReported)
    for (const [p, value] of strings(data))
      for (const c of charProblems(value).slice(0, 3))
        problems.push({ file, ...loc.value(p), field: formatPath(p), message: c.message, hint: c.hint });
  if (ODD_NUMBER.test(frontmatter)) restoreOddNumbers(data, [], loc);
  return problems;
}

function restoreOddNumbers(node: unknown, at: PathSegment[], loc: Locator): void {
  if (!node || typeof node !== 'object' || node instanceof Date) return;
  for (const [k, v] of Object.entries(node)) {
    const key: PathSegment = Array.isArray(node) ? Number(k) : k;
    if (typeof v === 'number') {
      const raw = loc.source([...at, key])?.trim();
      if (raw !== undefined && raw !== String(v) && !/^['"]/.test(raw)) (node as Record<string, unknown>)[k] = raw;
    } else restoreOddNumbers(v, [...at, key], loc);
  }
}

export interface BodyContext {
  file: string;
  /** Entries may use every component; other collections (actors, dossiers, jurisdictions) only `<Actor>`. */
  collection: 'entries' | 'actors' | 'dossiers' | 'jurisdictions';
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  quoteIds: readonly string[];
  sourceIds: readonly string[];
  actorSlugs: readonly string[];
}

/** The body's problems: the safe-MDX rules, and every component's id checked against the entry and the actors. */
export function bodyProblems(ctx: BodyContext): Problem[] {
  const problems: Problem[] = [];
  const { issues, refs } = inspectBody(ctx.body, ctx.bodyLine - 1);
  for (const i of issues) problems.push({ file: ctx.file, ...i });
  for (const ref of refs) {
    const pos = { file: ctx.file, line: ref.line, col: ref.col };
    const field = `<${ref.component} ${ref.attr}>`;
    if (ctx.collection !== 'entries' && ref.component !== 'Actor') {
      problems.push({
        ...pos,
        field: `<${ref.component}>`,
        message: `<${ref.component}> works in entry bodies only`,
        hint: `use ${BODY_COMPONENTS.Actor.example}, or put the quote or citation in an entry`,
      });
      continue;
    }
    if (ref.component === 'Quote' && !ref.block)
      problems.push({
        ...pos,
        field: '<Quote>',
        message: 'shares its line with other text, but renders as a block quote',
        hint: 'put <Quote id="…" /> on a line of its own, with a blank line before and after',
      });
    if (ref.value === undefined) continue;
    const [known, what] =
      ref.component === 'Quote'
        ? [ctx.quoteIds, 'a quote id of this entry']
        : ref.component === 'Cite'
          ? [ctx.sourceIds, 'a source id of this entry']
          : [ctx.actorSlugs, 'an actor'];
    if (!known.includes(ref.value))
      problems.push({
        ...pos,
        field,
        message: `"${ref.value}" is not ${what}`,
        hint:
          didYouMean(ref.value, known) ??
          (ref.component === 'Actor' ? undefined : known.length ? `use one of: ${known.join(', ')}` : undefined),
      });
  }
  return problems;
}

/**
 * Problems of the folder as a whole: it must exist and hold entries (`candidates`: entry files, plus files already
 * reported as stray or links); actor names must not be look-alikes.
 */
export function recordProblems(
  root: string,
  candidates: number,
  actors: ReadonlyArray<{
    file: string;
    slug: string;
    data: Record<string, unknown> | undefined;
    loc?: Locator | undefined;
  }>,
): Problem[] {
  const problems: Problem[] = [];
  const rel = path.relative(process.cwd(), root) || root;
  if (!fs.existsSync(root))
    problems.push({
      file: rel,
      line: 1,
      col: 1,
      field: '(folder)',
      message: 'the content folder does not exist',
      hint: 'check the path (or TRACKER_CONTENT_DIR); the record lives in content/',
    });
  else if (candidates === 0)
    problems.push({
      file: rel,
      line: 1,
      col: 1,
      field: '(folder)',
      message: 'the content folder has no entries, so the site would be empty',
      hint: `check the path (or TRACKER_CONTENT_DIR); entries go in ${path.join(rel, 'entries', '<yyyy>', '<slug>.mdx')}`,
    });
  const named = actors.map((a) => {
    const names: Array<{ path: PathSegment[]; text: string }> = [];
    if (typeof a.data?.['name'] === 'string') names.push({ path: ['name'], text: a.data['name'] });
    const aliases = a.data?.['aliases'];
    if (Array.isArray(aliases))
      aliases.forEach((t, i) => typeof t === 'string' && names.push({ path: ['aliases', i], text: t }));
    return { slug: a.slug, names };
  });
  const bySlug = new Map(actors.map((a) => [a.slug, a]));
  for (const l of lookAlikeNames(named)) {
    const a = bySlug.get(l.slug)!;
    problems.push({
      file: a.file,
      ...(a.loc ? a.loc.value(l.path) : { line: 1, col: 1 }),
      field: formatPath(l.path),
      message: l.message,
      hint: l.hint,
    });
  }
  return problems;
}
