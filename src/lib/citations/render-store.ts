/**
 * Rendered citations kept between builds. citeproc-js needs about 1.2 ms per item and style on these machines,
 * which at thousands of entries is most of a build; an item whose input has not changed renders the same, so its
 * output is kept in a JSON file in Astro's cache folder and reused.
 *
 * What decides reuse: the key is a hash of the style and of the exact item citeproc is given, and the whole file
 * is discarded when its fingerprint (a hash of the three CSL files and the versions of citation-js and citeproc)
 * differs from the running one. A save keeps only the keys used since the store was opened, so the file never
 * holds citations of entries that are gone. Without a file (unit tests, scripts) the store lives in memory only.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Names the store's file: set by src/integrations/citation-cache.ts to `citations.json` in Astro's cacheDir. */
export const RENDER_CACHE_ENV = 'TRACKER_CITATION_CACHE';

interface StoreFile {
  fingerprint: string;
  entries: Record<string, string>;
}

export function hashKey(...parts: string[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('base64url');
}

export class RenderStore {
  private readonly known = new Map<string, string>();
  private readonly used = new Map<string, string>();
  private added = 0;
  /** How many renderings were added since opening (for the build log). */
  addedTotal = 0;
  /** How many lookups were answered from the file (for the build log and the tests). */
  hits = 0;

  constructor(
    readonly file: string | undefined,
    readonly fingerprint: string,
  ) {
    if (!file || !fs.existsSync(file)) return;
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as StoreFile;
      if (data.fingerprint !== fingerprint || typeof data.entries !== 'object') return;
      for (const [k, v] of Object.entries(data.entries)) if (typeof v === 'string') this.known.set(k, v);
    } catch {
      // A damaged cache file is only a cache: start empty, and the next save replaces it.
    }
  }

  get size(): number {
    return this.known.size;
  }

  /** Whether the store holds a rendering for the key (without counting it as used). */
  has(key: string): boolean {
    return this.known.has(key);
  }

  get(key: string): string | undefined {
    const v = this.known.get(key);
    if (v !== undefined) {
      this.used.set(key, v);
      this.hits++;
    }
    return v;
  }

  set(key: string, value: string): void {
    this.known.set(key, value);
    this.used.set(key, value);
    this.added++;
    this.addedTotal++;
  }

  /** Writes the keys used since opening (atomically), when anything was added or dropped. Returns whether it wrote. */
  save(): boolean {
    if (!this.file || (this.added === 0 && this.used.size === this.known.size)) return false;
    const data: StoreFile = { fingerprint: this.fingerprint, entries: Object.fromEntries(this.used) };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(data));
    fs.renameSync(tmp, this.file);
    this.added = 0;
    for (const k of [...this.known.keys()]) if (!this.used.has(k)) this.known.delete(k);
    return true;
  }
}

/**
 * The store one build shares between the integration that fills it ahead of the pages (a worker pool started
 * before Astro bundles, src/integrations/citation-cache.ts) and the page renderer, which runs in the same process
 * but from Astro's own bundle of src/lib/citations: a module-level variable would be two variables, a global is one.
 */
const SHARED = Symbol.for('encryption-policy-tracker.render-store');

export interface SharedRenderStore {
  store: RenderStore;
  /** Resolves when every rendering the pages will ask for is in the store. */
  ready: Promise<void>;
}

export function shareRenderStore(shared: SharedRenderStore | undefined): void {
  (globalThis as Record<symbol, unknown>)[SHARED] = shared;
}

/** The shared store, if one was set up for this process and its fingerprint is the renderer's. */
export function sharedRenderStore(fingerprint: string): SharedRenderStore | undefined {
  const shared = (globalThis as Record<symbol, unknown>)[SHARED] as SharedRenderStore | undefined;
  return shared?.store.fingerprint === fingerprint ? shared : undefined;
}
