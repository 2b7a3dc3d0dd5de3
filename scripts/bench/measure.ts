/** Process measurement for benchmarks: wall time and peak resident memory of a command and all its children. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

function childrenOf(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function rssOfTree(root: number): number {
  const kids = childrenOf();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // gone
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return total;
}

/**
 * CPU time (user + system, ms) of this process's children that have ended and been waited for: Linux adds a
 * child's time, threads included, to its parent's when the parent reaps it. Less sensitive than wall time to other
 * work on a shared machine, so the bench reports both.
 */
function childrenCpuMs(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat(5) (cutime, cstime), in clock ticks of 10 ms; fields[0] here is field 3.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

export interface RunResult {
  ms: number;
  /** CPU time of the command and everything it ran (user + system), ms. */
  cpuMs: number;
  peakRss: number;
  code: number;
  output: string;
}

/** Runs `cmd args` with `env`, sampling the RSS of its process tree every 200 ms. */
export function measure(
  cmd: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const start = performance.now();
    const cpuStart = childrenCpuMs();
    const child = spawn(cmd, args, {
      env: { ...process.env, ...options.env },
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, rssOfTree(child.pid));
    }, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        ms: performance.now() - start,
        cpuMs: childrenCpuMs() - cpuStart,
        peakRss: peak,
        code: code ?? 1,
        output,
      });
    });
  });
}
