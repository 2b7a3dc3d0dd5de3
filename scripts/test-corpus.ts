/**
 * `npm run test:corpus`: the dist tests (tests/dist/) over a generated corpus larger than a page, so that every
 * paged route is built and checked: the timeline's pages 2…, and pages 2… of a value of every facet (the corpus
 * gives a dense share of its entries the same kind, year, jurisdiction, topic and position; see
 * scripts/bench/generate-corpus.ts). The shipped record is too small to page; `npm run test:dist` covers it.
 *
 *   npm run test:corpus [-- --entries 200 --keep]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/generate-corpus';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
  },
});

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ept-corpus-test-'));
const env = {
  ...process.env,
  TRACKER_CONTENT_DIR: path.join(work, 'content'),
  TRACKER_OUT_DIR: path.join(work, 'dist'),
  TRACKER_CACHE_DIR: path.join(work, 'cache'),
  TRACKER_EXPECT_PAGING: '1',
};
const run = (command: string, args: string[]) => {
  console.log(`\n== ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`test-corpus: ${command} ${args.join(' ')} failed (work folder kept: ${work})`);
    process.exit(result.status ?? 1);
  }
};

const corpus = generateCorpus({ entries: Number(values.entries), seed: 1, out: env.TRACKER_CONTENT_DIR, dense: 0.8 });
console.log(
  `test-corpus: ${corpus.entries} entries, ${corpus.actors} actors, ${corpus.quotes} quotes in ${corpus.dir}`,
);
run('node_modules/.bin/astro', ['build']);
run('node_modules/.bin/vitest', ['run', '--project', 'dist']);
if (values.keep) console.log(`test-corpus: kept ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
