/**
 * `npm run build [-- astro build options]`: a build never leaves a half site.
 *
 * 1. `astro build` writes into a fresh folder beside the output folder (`dist.building-<pid>/`). Its first step is
 *    the content guard (src/integrations/content-guard.ts: the validator, which also parses every body's MDX): on
 *    any problem it prints the report, without a stack trace, and stops before anything is written.
 * 2. Only when the build succeeded does that folder replace the output folder (two renames on the same disk); on
 *    any failure it is deleted, and the previous `dist/` is exactly as it was. Folders left by a killed build are
 *    removed by the next one.
 *
 * The output folder is `dist/`, or TRACKER_OUT_DIR; the content folder is `content/`, or TRACKER_CONTENT_DIR.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const target = path.resolve(process.env.TRACKER_OUT_DIR ?? 'dist');
const parent = path.dirname(target);
const base = path.basename(target);
const building = path.join(parent, `${base}.building-${process.pid}`);
const previous = path.join(parent, `${base}.previous-${process.pid}`);

/** Leftovers of builds that were killed: their process is gone. */
function removeStale(): void {
  if (!fs.existsSync(parent)) return;
  for (const name of fs.readdirSync(parent)) {
    const m = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:building|previous)-(\\d+)$`).exec(name);
    if (!m) continue;
    if (!running(Number(m[1]))) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

/** Whether a process is running (a zombie, killed but not yet reaped, is not). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // Linux: the state after the command name in /proc/<pid>/stat; Z is a zombie.
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

removeStale();
fs.rmSync(building, { recursive: true, force: true });
const astro = path.resolve('node_modules/.bin/astro');
const run = spawnSync(astro, ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TRACKER_OUT_DIR: building },
});
const ok = run.status === 0 && fs.existsSync(path.join(building, 'index.html'));
if (!ok) {
  fs.rmSync(building, { recursive: true, force: true });
  console.error(
    `\nThe build failed${run.signal ? ` (${run.signal})` : ''}; ${path.relative(process.cwd(), target) || target}/ was left as it was.`,
  );
  process.exit(run.status || 1);
}
fs.mkdirSync(parent, { recursive: true });
if (fs.existsSync(target)) fs.renameSync(target, previous);
fs.renameSync(building, target);
fs.rmSync(previous, { recursive: true, force: true });
console.log(`Built into ${path.relative(process.cwd(), target) || target}/.`);
