/**
 * Reading a content file as untrusted input, before any parser sees it: it must be a regular file inside the
 * content folder (no symbolic link, which could publish a file from anywhere on the machine), no larger than
 * {@link MAX_FILE_BYTES}, and UTF-8 (a byte-order mark is accepted and dropped; UTF-16 and Windows-1252 are refused
 * with the file named, rather than read as U+FFFD inside a "verbatim" quote). Its frontmatter may not use YAML
 * anchors or aliases (`&a`, `*a`): the record never needs them, and a few lines of them expand to gigabytes
 * (a "billion laughs" alias bomb) in the YAML reader Astro and gray-matter use.
 */
import fs from 'node:fs';
import { isAlias, isNode, LineCounter, parseDocument, visit } from 'yaml';
import { lineCol } from './text';

/** The largest content file accepted. The largest entry of the record is about 11 KB. */
const MAX_FILE_BYTES = 256 * 1024;

export interface FileIssue {
  line: number;
  col: number;
  field: string;
  message: string;
  hint?: string | undefined;
}

export type ReadOutcome = { ok: true; text: string; bom: boolean } | { ok: false; issue: FileIssue };

const kib = (n: number) => `${Math.round(n / 1024)} KB`;

/** What kind of thing sits at `abs`, without following a link. */
export function fileKind(abs: string): 'file' | 'dir' | 'symlink' | 'other' | 'missing' {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(abs);
  } catch {
    return 'missing';
  }
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isDirectory()) return 'dir';
  if (st.isFile()) return 'file';
  return 'other';
}

export function symlinkIssue(abs: string): FileIssue {
  let target = '';
  try {
    target = fs.readlinkSync(abs);
  } catch {
    /* unreadable link: say so without the target */
  }
  return {
    line: 1,
    col: 1,
    field: '(file)',
    message: `is a symbolic link${target ? ` (to ${target})` : ''}; links are not read, since they could publish a file from outside the record`,
    hint: 'replace the link with the file itself',
  };
}

/** Reads a content file's text, or says why it cannot be read. */
export function readContentText(abs: string): ReadOutcome {
  const kind = fileKind(abs);
  if (kind === 'symlink') return { ok: false, issue: symlinkIssue(abs) };
  if (kind !== 'file')
    return {
      ok: false,
      issue: {
        line: 1,
        col: 1,
        field: '(file)',
        message: 'is not a regular file',
        hint: 'content files are plain .mdx files; remove this one',
      },
    };
  const size = fs.statSync(abs).size;
  if (size > MAX_FILE_BYTES)
    return {
      ok: false,
      issue: {
        line: 1,
        col: 1,
        field: '(file)',
        message: `is ${kib(size)}, over the limit of ${kib(MAX_FILE_BYTES)} per content file`,
        hint: 'shorten it: an entry holds a summary, sources and quotes, not the document itself',
      },
    };
  const bytes = fs.readFileSync(abs);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      ok: false,
      issue: {
        line: 1,
        col: 1,
        field: '(encoding)',
        message: 'is UTF-16 text; content files must be UTF-8',
        hint: 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
      },
    };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), bom };
  } catch {
    const bad = firstInvalidUtf8(body);
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const pos = lineCol(before, before.length);
    const byte = body[bad] ?? 0;
    return {
      ok: false,
      issue: {
        ...pos,
        field: '(encoding)',
        message: `is not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} here${
          byte >= 0x80 && byte <= 0x9f ? ' looks like Windows-1252 (a curly quote or dash)' : ''
        }`,
        hint: 'save the file as UTF-8 and check the characters around this position (quotes must stay verbatim)',
      },
    };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need =
      c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    // Overlongs, surrogates and values past U+10FFFF.
    if (need === 2 && ((c === 0xe0 && b[i + 1]! < 0xa0) || (c === 0xed && b[i + 1]! > 0x9f))) return i;
    if (need === 3 && ((c === 0xf0 && b[i + 1]! < 0x90) || (c === 0xf4 && b[i + 1]! > 0x8f))) return i;
    i += need + 1;
  }
  return b.length;
}

/**
 * YAML anchors and aliases in a frontmatter, each with its file position (`firstLine`: the file line the YAML text
 * starts on). Read with the `yaml` package's parser, which keeps aliases as references and never expands them.
 */
export function yamlAliasIssues(frontmatter: string, firstLine: number): FileIssue[] {
  if (!/[&*]/.test(frontmatter)) return [];
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(frontmatter, { lineCounter, prettyErrors: false });
  } catch {
    return [];
  }
  const out: FileIssue[] = [];
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + firstLine - 1, col: p.col };
  };
  let more = 0;
  visit(doc, (_key, node) => {
    if (out.length >= 8 && (isAlias(node) || (isNode(node) && node.anchor))) {
      more++;
      return undefined;
    }
    if (isAlias(node))
      out.push({
        ...at(node.range?.[0] ?? 0),
        field: '(yaml)',
        message: `the alias *${node.source} repeats another value; YAML anchors and aliases are not allowed`,
        hint: 'write the value out in full',
      });
    else if (isNode(node) && node.anchor)
      out.push({
        ...at(Math.max(0, frontmatter.lastIndexOf(`&${node.anchor}`, node.range?.[0] ?? 0))),
        field: '(yaml)',
        message: `the anchor &${node.anchor} is not allowed: YAML anchors and aliases are not used in the record`,
        hint: 'delete the anchor and write every value out in full',
      });
    return undefined;
  });
  if (more)
    out.push({
      ...out[out.length - 1]!,
      message: `and ${more} more anchors and aliases`,
      hint: 'write every value out in full',
    });
  return out;
}
