/**
 * The page side of search: one worker per page, started on first use, asked one question at a time. While it
 * answers, only the newest query waits (older ones are dropped), so a fast typist never queues up stale work; the
 * worker is told the question in hand is stale, so it fetches no more index fragments for it.
 */
import type { SearchOptions, SearchResponse } from '../../lib/search/engine';
import type { SearchRequest, StaleNotice, WorkerReply } from './protocol';
import SearchWorker from './worker.ts?worker';
import { searchIndexUrl } from '../../lib/urls';

type Listener = (response: SearchResponse) => void;
type ErrorListener = (message: string) => void;

export interface SearchClient {
  /** Ask; `onResults` hears the answer unless a newer question overtakes it. */
  search(query: string, options?: SearchOptions): void;
  onResults(listener: Listener): void;
  onError(listener: ErrorListener): void;
}

let shared: Worker | undefined;
/** Request ids are unique per page, so clients sharing the worker never take each other's answers. */
let nextId = 1;

export function createSearchClient(): SearchClient {
  shared ??= new SearchWorker();
  const worker = shared;
  let inFlight: number | undefined;
  let waiting: Omit<SearchRequest, 'id'> | undefined;
  const listeners: Listener[] = [];
  const errorListeners: ErrorListener[] = [];

  const send = (req: Omit<SearchRequest, 'id'>) => {
    inFlight = nextId++;
    worker.postMessage({ ...req, id: inFlight } satisfies SearchRequest);
  };
  worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
    const reply = e.data;
    if (reply.id !== inFlight) return;
    inFlight = undefined;
    if (reply.type === 'results') {
      // A newer question is waiting: this answer is already stale, skip drawing it.
      if (!waiting) for (const l of listeners) l(reply.response);
    } else if (reply.type === 'error') for (const l of errorListeners) l(reply.message);
    if (waiting) {
      const next = waiting;
      waiting = undefined;
      send(next);
    }
  });
  worker.addEventListener('error', (e) => {
    for (const l of errorListeners) l(e.message || 'the search worker stopped');
  });

  return {
    search(query, options = {}) {
      const req = { type: 'search' as const, query, options, indexUrl: searchIndexUrl() };
      if (inFlight === undefined) send(req);
      else {
        if (!waiting) worker.postMessage({ type: 'stale', id: inFlight } satisfies StaleNotice);
        waiting = req;
      }
    },
    onResults: (l) => listeners.push(l),
    onError: (l) => errorListeners.push(l),
  };
}
