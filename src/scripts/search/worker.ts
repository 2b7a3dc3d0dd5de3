/**
 * The search worker: fetches `/search-index.json` on its first question, builds the engine, and answers queries
 * off the main thread, so typing never waits for searching.
 */
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine';
import { decodePayload, type SearchPayload } from '../../lib/search/payload';
import type { SearchRequest, WorkerReply } from './protocol';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<SearchRequest>) => void): void;
  postMessage(message: WorkerReply): void;
};

let engine: Promise<SearchEngine> | undefined;
let loadMs: number | undefined;

async function load(url: string): Promise<SearchEngine> {
  const started = performance.now();
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the search index (${url}) answered ${res.status} ${res.statusText}`);
  const payload = (await res.json()) as SearchPayload;
  const built = createSearchEngine(decodePayload(payload));
  loadMs = performance.now() - started;
  return built;
}

scope.addEventListener('message', (e) => void answer(e));

async function answer(e: MessageEvent<SearchRequest>): Promise<void> {
  const msg = e.data;
  if (msg.type !== 'search') return;
  try {
    engine ??= load(msg.indexUrl);
    const ready = await engine;
    const reply: WorkerReply = { type: 'results', id: msg.id, response: ready.search(msg.query, msg.options) };
    if (loadMs !== undefined) {
      reply.loadMs = loadMs;
      loadMs = undefined;
    }
    scope.postMessage(reply);
  } catch (err) {
    engine = undefined;
    scope.postMessage({ type: 'error', id: msg.id, message: err instanceof Error ? err.message : String(err) });
  }
}
