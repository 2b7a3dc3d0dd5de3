import type { Problem } from './types';

/** One line per problem — `path:line:col  field  message  (hint)` — then a count. */
export function formatReport(problems: readonly Problem[], fileCount: number): string {
  const checked = `${fileCount} content file${fileCount === 1 ? '' : 's'} checked`;
  if (problems.length === 0) return `✓ ${checked}, no problems.`;
  const lines = problems.map(
    (p) => `${p.file}:${p.line}:${p.col}  ${p.field}  ${p.message}${p.hint ? `  (${p.hint})` : ''}`,
  );
  const files = new Set(problems.map((p) => p.file)).size;
  lines.push(
    '',
    `✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${checked}).`,
  );
  return lines.join('\n');
}
