/**
 * Maps a field path (`quotes[2].speaker`) to its line and column in the file, by re-reading the frontmatter
 * with the `yaml` package, which keeps source positions.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { PathSegment } from './types';

export interface Position {
  line: number;
  col: number;
}

export interface Locator {
  /** Position of the value at `path`, or of the deepest part of it that exists. */
  value(path: readonly PathSegment[]): Position;
  /** Position of the key of `path`'s last segment (for unknown fields). */
  key(path: readonly PathSegment[]): Position;
  /** The source text of the scalar at `path`, as written. */
  source(path: readonly PathSegment[]): string | undefined;
  /** A YAML syntax error, if the frontmatter has one. */
  syntaxError: { message: string; position: Position } | undefined;
}

/** `firstLine` is the file line on which the frontmatter text starts (2, after the opening `---`). */
function createLocator(frontmatter: string, firstLine: number): Locator {
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontmatter, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + firstLine - 1, col: p.col };
  };
  const top: Position = { line: firstLine, col: 1 };

  function walk(path: readonly PathSegment[]): { node: Node | null; keyNode: Node | null } {
    let node: unknown = doc.contents;
    let keyNode: Node | null = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
        if (!pair) return { node, keyNode };
        keyNode = pair.key as Node;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
        node = node.items[seg];
        keyNode = node as Node;
      } else {
        return { node: (node as Node) ?? null, keyNode };
      }
    }
    return { node: (node as Node) ?? null, keyNode };
  }

  const pos = (n: Node | null): Position => (n?.range ? at(n.range[0]) : top);
  const err = doc.errors[0];
  return {
    value: (path) => pos(walk(path).node),
    key: (path) => {
      const { keyNode, node } = walk(path);
      return pos(keyNode ?? node);
    },
    source: (path) => {
      const { node } = walk(path);
      return isScalar(node) && node.range ? frontmatter.slice(node.range[0], node.range[1]) : undefined;
    },
    syntaxError: err ? { message: err.message.split('\n')[0] ?? err.message, position: at(err.pos[0]) } : undefined,
  };
}

/**
 * A locator that reads the YAML again only when a position or source text is first asked for: valid files, the
 * common case, never pay for the second parse.
 */
export function lazyLocator(frontmatter: string, firstLine: number): Locator {
  let real: Locator | undefined;
  const get = () => (real ??= createLocator(frontmatter, firstLine));
  return {
    value: (path) => get().value(path),
    key: (path) => get().key(path),
    source: (path) => get().source(path),
    get syntaxError() {
      return get().syntaxError;
    },
  };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIMESTAMP = /(?<![\w.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g;

/**
 * Whether the frontmatter has a YAML timestamp that is not a real day (`2019-13-45`, `2021-02-29`), the only case
 * in which js-yaml rolls a date over to another one. When it has none, no date needs restoring from the source.
 */
export function hasImpossibleDate(frontmatter: string): boolean {
  for (const m of frontmatter.matchAll(TIMESTAMP)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
    if (month < 1 || month > 12 || day < 1 || day > max) return true;
  }
  return false;
}
