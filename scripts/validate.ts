/**
 * `npm run validate [-- <content dir>]`: checks every file of the record and lists every problem at once.
 * Exit code 1 on any problem.
 */
import path from 'node:path';
import { contentDir } from '../src/lib/content-dir';
import { formatReport, validateContent } from '../src/lib/validate';

const root = process.argv[2] ? path.resolve(process.argv[2]) : contentDir();
const result = validateContent(root);
const report = formatReport(result.problems, result.fileCount);
if (result.problems.length) {
  console.error(report);
  process.exit(1);
}
console.log(
  `${report} (${result.entries.length} entries, ${result.actors.length} actors in ${path.relative(process.cwd(), root) || '.'})`,
);
