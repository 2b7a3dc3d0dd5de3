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

export type WorkerReply =
  | {
      type: 'results';
      id: number;
      response: SearchResponse;
      /** ms to fetch and index, on the first answer */ loadMs?: number;
    }
  | { type: 'error'; id: number; message: string };
