/**
 * Where the record lives. `content/` by default; benchmarks and tests point `TRACKER_CONTENT_DIR` at another
 * folder (a synthetic corpus, a broken fixture) so the same build runs on it.
 */
import path from 'node:path';

export function contentDir(): string {
  return path.resolve(process.env.TRACKER_CONTENT_DIR ?? 'content');
}
