/**
 * "Last updated": the day an entry last changed, never the day the site was built. The latest of the entry's own
 * `updated` day, its corrections' days, and the day its file was last committed (git, read at build time); none of
 * them known, nothing is shown.
 */
export function lastChanged(
  updated: string | undefined,
  corrections: ReadonlyArray<{ date: string }>,
  committed: string | undefined,
): string | undefined {
  const days = [updated, committed, ...corrections.map((c) => c.date)].filter(
    (d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d),
  );
  return days.sort().at(-1);
}

/**
 * `git log --format=%x00%cs --name-only` output (newest commit first) to the day each file was last committed:
 * the first day a path is seen under.
 */
export function lastCommitDays(log: string): Map<string, string> {
  const days = new Map<string, string>();
  for (const commit of log.split('\0')) {
    const [day, ...files] = commit.split('\n').filter(Boolean);
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    for (const file of files) if (!days.has(file)) days.set(file, day);
  }
  return days;
}
