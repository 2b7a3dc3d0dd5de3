/**
 * The day each content file was last committed, read once per build from git (src/lib/last-changed.ts). Outside a
 * git checkout, or with git missing, no day is known and "Last updated" falls back to the entry's own dates.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { contentDir } from '../lib/content-dir';
import { lastCommitDays } from '../lib/last-changed';

let days: Map<string, string> | undefined;

/** The day a content file (absolute path, or relative to the working directory) was last committed. */
export function committedDay(file: string): string | undefined {
  if (!days) {
    try {
      const dir = contentDir();
      const git = (args: string[]) =>
        execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      const [top, shallow] = git(['rev-parse', '--show-toplevel', '--is-shallow-repository']).split('\n');
      // A shallow clone (CI's default checkout) has lost the history: its one commit would date every file to the
      // day of the deploy, so no day is known and "Last updated" falls back to the entries' own dates.
      if (shallow === 'true') throw new Error('shallow clone');
      const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', '.'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
      days = new Map([...lastCommitDays(log)].map(([f, d]) => [path.join(top!, f), d]));
    } catch {
      days = new Map();
    }
  }
  return days.get(path.resolve(file));
}
