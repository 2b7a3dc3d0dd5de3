/**
 * The schemas in ../shared/reference/schemas (CSL-JSON, schema.org), which only sit beside the project's own
 * checkouts. A user's clone has none: tests that need them say so and are skipped. CI has them, and there a
 * missing folder fails (the same rule as tests/unit/reference.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';

const REFERENCE_DIR = path.resolve(process.env.TRACKER_REFERENCE_DIR ?? path.join('..', 'shared', 'reference'));
const SCHEMAS_DIR = path.join(REFERENCE_DIR, 'schemas');
export const schemasPresent = fs.existsSync(SCHEMAS_DIR);

if (!schemasPresent) {
  if (process.env.CI) throw new Error(`CI must check against the reference schemas, but ${SCHEMAS_DIR} is missing`);
  console.warn(`Schema checks skipped: ${SCHEMAS_DIR} is not here (it is only beside the project's own checkouts).`);
}

/** A parsed schema file from the reference folder (call only when `schemasPresent`). */
export function referenceSchema(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(SCHEMAS_DIR, name), 'utf8'));
}
