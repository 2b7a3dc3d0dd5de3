/** Incremental-build keys that need the whole record, computed once per snapshot (see src/lib/page-keys.ts). */
import { actorPageKeys } from '../lib/page-keys';
import { derived, type Content } from './content';
import { KEY_SITE } from './site';

export function getActorPageKeys(content: Content): ReadonlyMap<string, string> {
  return derived(content, 'actor-page-keys', ({ record, documents }) =>
    actorPageKeys(record, (slug) => documents.get(slug)?.body, KEY_SITE),
  );
}
