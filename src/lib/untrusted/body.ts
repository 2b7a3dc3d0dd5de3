/**
 * What an entry or actor body may contain: Markdown, plus the project's own components with literal attribute
 * values. Nothing in a body can run code, load anything from another site, or write raw HTML.
 *
 * This module is the one place that decides. The validator calls {@link inspectBody} on every body (so
 * `npm run validate` lists every problem with its file, line and column), and the build runs the same rules as a
 * Sätteri mdast plugin on the MDX processor ({@link safeBodyPlugin}), so a body that never went through the validator
 * still cannot be compiled.
 *
 * Refused, each with a hint: `import`/`export`; every `{expression}` (an MDX comment alone is kept: it compiles to
 * nothing); any element that is not
 * one of {@link BODY_COMPONENTS} (raw HTML tags: `<img>`, `<script>`, `<iframe>`, `<form>`, `<meta>`, `<svg>`…,
 * Astro's `<Fragment set:html>`, unknown components); an attribute that is not the component's own or whose value
 * is not a literal string; content inside a component; a link whose scheme is not http or https (`javascript:`,
 * `data:`, `vbscript:`, `file:`…); an image that is not a path on this site. MDX syntax errors (a bare `<` before a
 * digit, an HTML comment, a stray `{`) are reported with the parser's own position and message.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { defineMdastPlugin, mdxToMdast } from 'satteri';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The components a body may use, with the one attribute each takes. */
export const BODY_COMPONENTS = {
  Quote: { attr: 'id', example: '<Quote id="q1" />', what: 'a quote of this entry, by its id' },
  Cite: { attr: 'source', example: '<Cite source="letter" />', what: 'a citation marker for one of its sources' },
  Actor: { attr: 'id', example: '<Actor id="william-barr" />', what: 'a link to an actor' },
} as const;
export type BodyComponent = keyof typeof BODY_COMPONENTS;

export interface BodyIssue {
  line: number;
  col: number;
  /** What the problem is about: `<img>`, `import`, `{…}`, `link`, `(mdx)`. */
  field: string;
  message: string;
  hint?: string | undefined;
}

/** A use of one of the components, for the validator's reference checks (ids of quotes, sources, actors). */
export interface BodyRef {
  component: BodyComponent;
  attr: string;
  value: string | undefined;
  line: number;
  col: number;
  /** False when the component sits inside a paragraph (inline) rather than on a line of its own. */
  block: boolean;
}

const COMPONENT_LIST = Object.values(BODY_COMPONENTS)
  .map((c) => c.example)
  .join(', ');

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  url?: string;
  value?: string;
}

/** Node types that are plain Markdown and safe as they are (links, images and definitions are checked). */
const MARKDOWN = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'code',
  'inlineCode',
  'text',
  'emphasis',
  'strong',
  'break',
  'delete',
  'table',
  'tableRow',
  'tableCell',
  'footnoteDefinition',
  'footnoteReference',
  'linkReference',
  'imageReference',
  'yaml',
  'toml',
]);

const SITE = 'https://tracker.invalid/';

/** An expression that is one block comment and nothing else (an MDX comment). */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** Why a link target is refused, or undefined when it is fine (http(s) anywhere, or a path on this site). */
function linkProblem(url: string): string | undefined {
  if (url.trim() === '' || url.trim().startsWith('#')) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, SITE);
  } catch {
    return `the address "${url}" is not a valid URL`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return `links to "${parsed.protocol}" addresses are not allowed`;
  return undefined;
}

/** Why an image source is refused: only paths on this site (`/…`) load, nothing from another origin. */
function imageProblem(url: string): string | undefined {
  const trimmed = url.trim();
  let parsed: URL | undefined;
  try {
    parsed = new URL(trimmed, SITE);
  } catch {
    parsed = undefined;
  }
  if (!/^\/(?![/\\])/.test(trimmed) || !parsed || parsed.origin !== new URL(SITE).origin)
    return `the image "${url}" is not a file on this site`;
  return undefined;
}

function posOf(node: Node, lineOffset: number): { line: number; col: number } {
  const s = node.position?.start;
  return s ? { line: s.line + lineOffset, col: s.column } : { line: lineOffset + 1, col: 1 };
}

/** Walks a parsed body and returns every issue and every component use. */
function inspectTree(root: Node, lineOffset: number): { issues: BodyIssue[]; refs: BodyRef[] } {
  const issues: BodyIssue[] = [];
  const refs: BodyRef[] = [];
  const add = (node: Node, field: string, message: string, hint?: string) =>
    issues.push({ ...posOf(node, lineOffset), field, message, hint });

  const visit = (node: Node, parent: Node | undefined) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import',
          'import and export are not allowed in a body: a body cannot run code',
          'delete the line; <Quote>, <Cite> and <Actor> need no import',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // An editor's note (an MDX comment) compiles to nothing; anything else in braces is code.
        if (COMMENT_ONLY.test(node.value ?? '')) return;
        add(
          node,
          '{…}',
          `the expression {${truncate(node.value ?? '')}} is not allowed in a body: a body cannot run code`,
          'write the text itself; for a literal brace, write \\{',
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(node, parent);
        return;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '');
        if (problem) add(node, 'link', problem, 'link to an http(s) address or a path on this site (/entries/…)');
        break;
      }
      case 'image': {
        const problem = imageProblem(node.url ?? '');
        if (problem)
          add(
            node,
            'image',
            `${problem}: pages load nothing from other sites`,
            'link to the image instead: [description](https://…)',
          );
        break;
      }
      case 'html':
        add(node, '(html)', 'raw HTML is not allowed in a body', 'use Markdown');
        return;
      default:
        if (!MARKDOWN.has(node.type)) {
          add(node, `(${node.type})`, `${node.type} is not allowed in a body`, 'use plain Markdown');
          return;
        }
    }
    for (const child of node.children ?? []) visit(child, node);
  };

  const element = (node: Node, parent: Node | undefined) => {
    const name = node.name;
    if (!name) {
      add(node, '<>', 'fragments <>…</> are not allowed in a body', 'delete the <> and </>');
      return;
    }
    const spec = (BODY_COMPONENTS as Record<string, (typeof BODY_COMPONENTS)[BodyComponent]>)[name];
    if (!spec) {
      const html = /^[a-z]/.test(name) && !name.includes('.');
      add(
        node,
        `<${name}>`,
        name === 'Fragment'
          ? '<Fragment> is not allowed in a body: it can inject raw HTML'
          : html
            ? `the HTML tag <${name}> is not allowed in a body`
            : `<${name}> is not a component a body can use`,
        html
          ? `use Markdown instead (**bold**, [text](https://…), > quotation); components: ${COMPONENT_LIST}`
          : `use one of ${COMPONENT_LIST}`,
      );
      return;
    }
    const component = name as BodyComponent;
    const field = `<${component}>`;
    let value: string | undefined;
    const seen = new Set<string>();
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        add(node, field, `${field} takes no {…spread} attributes`, `write ${spec.example}`);
        continue;
      }
      if (attr.name !== spec.attr) {
        add(node, field, `${field} has no attribute "${attr.name}"`, `write ${spec.example}`);
        continue;
      }
      if (seen.has(attr.name)) add(node, field, `${field} has ${attr.name}="…" twice`, `write ${spec.example}`);
      seen.add(attr.name);
      if (typeof attr.value !== 'string')
        add(
          node,
          field,
          attr.value === null || attr.value === undefined
            ? `${field} ${attr.name} needs a value`
            : `${field} ${attr.name}={…} must be a literal value, not an expression`,
          `write ${spec.example}`,
        );
      else value = attr.value;
    }
    if (!seen.has(spec.attr) && !(node.attributes ?? []).length)
      add(node, field, `${field} has no ${spec.attr}="…"`, `write ${spec.example}`);
    if (node.children?.length)
      add(node, field, `${field} takes no content between its tags`, `write it self-closing: ${spec.example}`);
    refs.push({
      component,
      attr: spec.attr,
      value,
      ...posOf(node, lineOffset),
      block: node.type === 'mdxJsxFlowElement' && parent?.type !== 'paragraph',
    });
  };

  visit(root, undefined);
  return { issues, refs };
}

const truncate = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s).replace(/\s+/g, ' ');

/** `12:5: Unexpected character … (note: …) (mdx-jsx:unexpected-character)` → position, message and hint. */
function syntaxIssue(error: unknown, lineOffset: number): BodyIssue {
  let text = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(text);
  if (at) text = text.slice(at[0].length);
  text = text.replace(/\s*\([\w-]+:[\w-]+\)$/, '');
  const noteAt = text.indexOf(' (note: ');
  const note = noteAt >= 0 ? text.slice(noteAt + 8).replace(/\)$/, '') : undefined;
  const message = noteAt >= 0 ? text.slice(0, noteAt) : text;
  const comment = /comment/.test(note ?? '') && /`!`/.test(message);
  return {
    line: (at ? Number(at[1]) : 1) + lineOffset,
    col: at ? Number(at[2]) : 1,
    field: '(mdx)',
    message: `MDX syntax error: ${message}`,
    hint: comment
      ? 'HTML comments <!-- --> are not allowed in a body: delete the comment'
      : /after `<`|before name/.test(message)
        ? 'a bare < starts a tag in MDX: write &lt; (e.g. "fewer than &lt;10 percent")'
        : /expression|brace|`\{`|`\}`/i.test(message)
          ? 'a { starts an expression in MDX: write \\{ for a literal brace'
          : (note ?? 'fix the syntax at this position'),
  };
}

/**
 * Parses a body as MDX and returns every issue (a syntax error is reported alone: the parser stops there) and every
 * component use. `lineOffset`: the file line before the body's first line, so positions are file positions.
 */
export function inspectBody(source: string, lineOffset = 0): { issues: BodyIssue[]; refs: BodyRef[] } {
  let root: Node;
  try {
    root = mdxToMdast(source) as unknown as Node;
  } catch (e) {
    return { issues: [syntaxIssue(e, lineOffset)], refs: [] };
  }
  return inspectTree(root, lineOffset);
}

class UnsafeBodyError extends Error {
  constructor(file: string, issues: readonly BodyIssue[]) {
    super(
      `${file}: the body is not allowed, nothing was built:\n` +
        issues
          .map((i) => `${file}:${i.line}:${i.col}  ${i.field}  ${i.message}${i.hint ? `  (${i.hint})` : ''}`)
          .join('\n'),
    );
    this.name = 'UnsafeBodyError';
    // The list above is the whole message; a stack trace would only hide it.
    this.stack = this.message;
  }
}

/**
 * The same rules in the build: a Sätteri mdast plugin for the MDX processor (astro.config.mjs). It reads the source
 * Astro hands the processor (the frontmatter blanked, so lines are the file's) and throws on any issue, before any
 * code is generated, so a body that was never validated still cannot run code or reach the page.
 */
const safeBodyPlugin = defineMdastPlugin({
  name: 'tracker-safe-body',
  before(_root, ctx) {
    const { issues } = inspectBody(ctx.source);
    if (!issues.length) return;
    const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(mdx)';
    throw new UnsafeBodyError(file, issues);
  },
});

/** The MDX processor the site compiles bodies with (astro.config.mjs): Astro's Sätteri, with the rules above. */
export function bodyProcessor() {
  return satteri({ mdastPlugins: [safeBodyPlugin] });
}
