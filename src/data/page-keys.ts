/** Incremental-build keys that need the whole record, computed once per build (see src/lib/page-keys.ts). */
import { actorPageKeys } from '../lib/page-keys';
import { getEntryDocument, getRecord } from './record';

/** The site's address as the keys record it (Astro's `site`, empty when unset). */
export const KEY_SITE = String(import.meta.env.SITE ?? '');

let actorKeys: Promise<Map<string, string>> | undefined;

export function getActorPageKeys(): Promise<Map<string, string>> {
  actorKeys ??= (async () => {
    const record = await getRecord();
    const bodies = new Map(
      await Promise.all(record.entries.map(async (e) => [e.slug, (await getEntryDocument(e.slug))?.body] as const)),
    );
    return actorPageKeys(record, (slug) => bodies.get(slug), KEY_SITE);
  })();
  return actorKeys;
}
