/**
 * The /search/ page: searches as you type, keeps the query in the address (`/search/?q=…`, replaced, not added
 * to history, on every keystroke) and restores it on load, so a search can be shared and reloaded.
 */
import type { SearchResponse, SearchSort } from '../../lib/search/engine';
import { createSearchClient } from './client';
import { renderGroups, summarize } from './render';

const SITE_TITLE = document.title;
const LOADING = 'Loading the search index…';

export function initSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const notes = root.querySelector<HTMLUListElement>('[data-search-notes]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const client = createSearchClient();
  let loaded = false;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  // Announced after a short pause, so a screen reader is not read every keystroke's count.
  const say = (text: string, now = false) => {
    clearTimeout(statusTimer);
    if (now) status.textContent = text;
    else statusTimer = setTimeout(() => (status.textContent = text), 400);
  };

  const sortValue = (): SearchSort => {
    const v = sort?.value;
    return v === 'newest' || v === 'oldest' ? v : 'relevance';
  };

  const remember = (q: string) => {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    if (sortValue() !== 'relevance') url.searchParams.set('sort', sortValue());
    else url.searchParams.delete('sort');
    history.replaceState(history.state, '', url);
    document.title = q ? `“${q}” — ${SITE_TITLE}` : SITE_TITLE;
  };

  const run = () => {
    const q = input.value;
    remember(q.trim() ? q : '');
    if (!q.trim()) {
      results.replaceChildren();
      notes.replaceChildren();
      say('', true);
      return;
    }
    if (!loaded) say(LOADING, true);
    client.search(q, { limit: 20, sort: sortValue() });
  };

  client.onResults((response: SearchResponse) => {
    loaded = true;
    if (response.query !== input.value) return;
    renderGroups(results, response);
    notes.replaceChildren(
      ...response.notes.map((n) => {
        const li = document.createElement('li');
        li.textContent = n.message;
        return li;
      }),
    );
    const found = response.groups.length
      ? `Found ${summarize(response)} for “${response.query}”.`
      : `Nothing matches “${response.query}”. Check the spelling of names, use fewer words, or browse the timeline.`;
    // The first answer replaces "Loading…" at once; later ones wait for a pause in typing.
    say(found, status.textContent === LOADING);
  });
  client.onError((message) => {
    say(`Search could not start: ${message}. Reload the page to try again, or browse the timeline.`, true);
  });

  input.addEventListener('input', run);
  sort?.addEventListener('change', run);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  const params = new URLSearchParams(location.search);
  const initialSort = params.get('sort');
  if (sort && (initialSort === 'newest' || initialSort === 'oldest')) sort.value = initialSort;
  const initial = params.get('q');
  if (initial) {
    input.value = initial;
    run();
  }
}
