/** Messages between the page and the search worker. */
import type { SearchOptions, SearchResponse } from '../../lib/search/engine';

export interface SearchRequest {
  type: 'search';
  id: number;
  query: string;
  options: SearchOptions;
  /** Where the index is (`/search-index.json`). */
  indexUrl: string;
}

/** The page asked a newer question while `id` was being answered: the worker need not fetch more for it. */
export interface StaleNotice {
  type: 'stale';
  id: number;
}

export type WorkerReply =
  | {
      type: 'results';
      id: number;
      response: SearchResponse;
      /** ms to fetch and index, on the first answer */ loadMs?: number;
    }
  | { type: 'error'; id: number; message: string }
  /** Dropped for a newer question (see `StaleNotice`). */
  | { type: 'stale'; id: number };
