export interface Problem {
  /** Path of the file, relative to the working directory. */
  file: string;
  line: number;
  col: number;
  /** The field, as `quotes[2].speaker`; `(file)` for problems with the file itself. */
  field: string;
  message: string;
  /** The fix, or the likely intended value. */
  hint?: string | undefined;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || '(frontmatter)';
}
