/** Finds and reads the content files, with gray-matter (the same YAML reading Astro's loader does). */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { COLLECTION_NAMES, COLLECTIONS, contentId, isDraft, isLoaded, type CollectionName } from '../content-files';
import { guardFile } from '../untrusted/validate';
import { fileKind, symlinkIssue, type FileIssue } from '../untrusted/files';

export interface ContentFile {
  /** `entries`, `actors`, `dossiers` or `jurisdictions`. */
  collection: CollectionName;
  /** Path shown in messages, relative to the working directory. */
  file: string;
  /** The id: the file name without `.mdx`. */
  slug: string;
  /** For entries: the name of the folder the file sits in (should be the year). */
  folder: string | undefined;
  /** Parsed frontmatter, or undefined when the YAML is broken. */
  data: Record<string, unknown> | undefined;
  /** The YAML text between the `---` lines, and the file line it starts on. */
  frontmatter: string;
  frontmatterLine: number;
  /** The MDX body and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** A YAML syntax error reported by gray-matter (js-yaml), with its file line. */
  yamlError: { message: string; line: number; col: number } | undefined;
  /** True if the file has no `---` frontmatter block at all. */
  missingFrontmatter: boolean;
  /** What the untrusted-input checks refused (src/lib/untrusted/): link, size, encoding, characters, YAML aliases. */
  refused: FileIssue[];
  /** False when the file could not be read at all (a link, too large, not UTF-8): nothing else is checked. */
  readable: boolean;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Every file under `dir`; symbolic links (to files or folders) are listed, never followed. */
function walk(dir: string): string[] {
  if (fileKind(dir) !== 'dir') return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.isSymbolicLink()) out.push(...walk(full));
    else out.push(full);
  }
  return out.sort();
}

function readFile(abs: string, collection: ContentFile['collection'], root: string): ContentFile {
  const guarded = guardFile(abs);
  const raw = guarded.ok ? guarded.text : '';
  const rel = path.relative(process.cwd(), abs) || abs;
  const relInCollection = path.relative(path.join(root, COLLECTIONS[collection].folder), abs);
  const parts = relInCollection.split(path.sep);
  const m = FRONTMATTER.exec(raw);
  const frontmatter = m ? m[1]! : '';
  const fmLines = m ? m[0].split('\n').length - 1 : 0;
  const file: ContentFile = {
    collection,
    file: rel,
    slug: contentId(abs),
    folder: parts.length > 1 ? parts[parts.length - 2] : undefined,
    data: undefined,
    frontmatter,
    frontmatterLine: 2,
    body: m ? raw.slice(m[0].length) : raw,
    bodyLine: fmLines + 1,
    yamlError: undefined,
    missingFrontmatter: guarded.ok && !m,
    refused: guarded.issues,
    readable: guarded.ok,
  };
  if (!m || !guarded.ok || guarded.skipYaml) return file;
  try {
    // Pass a fresh string so gray-matter's cache never hands back another file's data.
    const parsed = matter(raw, {});
    file.data = parsed.data ?? {};
  } catch (e) {
    const err = e as { reason?: string; message: string; mark?: { line: number; column: number } };
    file.yamlError = {
      message: err.reason ?? err.message.split('\n')[0] ?? 'malformed YAML',
      // gray-matter hands js-yaml the text right after the opening `---`, newline included: mark line 0 is file line 1.
      line: (err.mark?.line ?? 0) + 1,
      col: (err.mark?.column ?? 0) + 1,
    };
  }
  return file;
}

/**
 * Every file the loader reads under `<root>/entries`, `actors`, `dossiers` and `jurisdictions`
 * (src/lib/content-files.ts), the stray ones it would skip though they are not drafts, READMEs or hidden files, and
 * the symbolic links, which are never followed.
 */
export function readContent(root: string): {
  files: ContentFile[];
  stray: string[];
  links: Array<{ abs: string; issue: FileIssue }>;
} {
  const files: ContentFile[] = [];
  const stray: string[] = [];
  const links: Array<{ abs: string; issue: FileIssue }> = [];
  for (const collection of COLLECTION_NAMES) {
    const base = path.join(root, COLLECTIONS[collection].folder);
    if (fileKind(base) === 'symlink') links.push({ abs: base, issue: symlinkIssue(base) });
    for (const abs of walk(base)) {
      const rel = path.relative(base, abs);
      if (isDraft(rel) || path.basename(abs) === 'README.md' || path.basename(abs).startsWith('.')) continue;
      if (fileKind(abs) === 'symlink') {
        links.push({ abs, issue: symlinkIssue(abs) });
        continue;
      }
      if (isLoaded(collection, rel)) files.push(readFile(abs, collection, root));
      else stray.push(abs);
    }
  }
  return { files, stray, links };
}
