/**
 * `npm run test:html`: the Nu Html Checker (vnu-jar, on Java) over every HTML file in dist/.
 * Prints each error as `file:line:col message` and a count; exit 1 on any error.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(process.argv[2] ?? process.env.TRACKER_OUT_DIR ?? 'dist');
const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

function count(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce((n, e) => n + (e.isDirectory() ? count(path.join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);
}

const files = count(dist);
if (files === 0) {
  console.error(`check-html: no HTML files in ${dist}; build first`);
  process.exit(1);
}
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', dist], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) {
  console.error(
    `check-html: could not run java (${run.error.message}); install a JRE (apt-get install default-jre-headless)`,
  );
  process.exit(1);
}
type Message = { type: string; url: string; lastLine?: number; firstColumn?: number; message: string };
const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: Message[] };
const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
for (const m of errors)
  console.error(
    `${path.relative(process.cwd(), new URL(m.url).pathname)}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}  ${m.message}`,
  );
console.log(`Nu Html Checker: ${files} HTML files checked, ${errors.length} errors.`);
process.exit(errors.length ? 1 : (run.status ?? 1));
