/**
 * The search worker: fetches `/search-index.json` on its first question and answers queries off the main thread,
 * so typing never waits for searching. The index is either the whole payload (the engine is built from it here)
 * or, for a large record, a manifest: then each query fetches the fragments it needs, in parallel, each once
 * (src/lib/search/fragments.ts), from the same site.
 */
import {
  Superseded,
  createLoadingSearch,
  createSearchEngine,
  type SearchOptions,
  type SearchResponse,
} from '../../lib/search/engine';
import { fragmentSource, isManifest } from '../../lib/search/fragments';
import { decodePayload, type SearchPayload } from '../../lib/search/payload';
import { searchFragmentUrl } from '../../lib/urls';
import type { SearchRequest, StaleNotice, WorkerReply } from './protocol';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<SearchRequest | StaleNotice>) => void): void;
  postMessage(message: WorkerReply): void;
};

type Search = (query: string, options: SearchOptions, stale: () => boolean) => Promise<SearchResponse>;

let engine: Promise<Search> | undefined;
let loadMs: number | undefined;

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the search index (${url}) answered ${res.status} ${res.statusText}`);
  return res.json();
}

async function load(url: string): Promise<Search> {
  const started = performance.now();
  const json = await getJson(url);
  let search: Search;
  if (isManifest(json)) {
    const loading = createLoadingSearch(fragmentSource(json, (name) => getJson(searchFragmentUrl(json.dir, name))));
    search = async (query, options, stale) => {
      const { passes: _passes, ...response } = await loading.search(query, options, stale);
      return response;
    };
  } else {
    const whole = createSearchEngine(decodePayload(json as SearchPayload));
    search = (query, options) => Promise.resolve(whole.search(query, options));
  }
  loadMs = performance.now() - started;
  return search;
}

/** Questions the page has since replaced with newer ones. */
const staleIds = new Set<number>();

scope.addEventListener('message', (e) => {
  if (e.data.type === 'stale') staleIds.add(e.data.id);
  else void answer(e.data);
});

async function answer(msg: SearchRequest): Promise<void> {
  if (msg.type !== 'search') return;
  const stale = () => staleIds.has(msg.id);
  const fail = (err: unknown) =>
    scope.postMessage({ type: 'error', id: msg.id, message: err instanceof Error ? err.message : String(err) });
  let search: Search;
  try {
    engine ??= load(msg.indexUrl);
    search = await engine;
  } catch (err) {
    // The index is fetched again on the next question.
    engine = undefined;
    return fail(err);
  }
  try {
    // A fragment that failed to load is fetched again by the next question that needs it.
    if (stale()) throw new Superseded();
    const reply: WorkerReply = { type: 'results', id: msg.id, response: await search(msg.query, msg.options, stale) };
    if (loadMs !== undefined) {
      reply.loadMs = loadMs;
      loadMs = undefined;
    }
    scope.postMessage(reply);
  } catch (err) {
    if (err instanceof Superseded) scope.postMessage({ type: 'stale', id: msg.id });
    else fail(err);
  } finally {
    staleIds.delete(msg.id);
  }
}
