/**
 * The header search box as a combobox (WAI-ARIA 1.2 pattern, list autocomplete): results appear under the box as
 * you type, grouped as on the search page; ↓/↑ move through them, Enter opens the highlighted one (or, with none
 * highlighted, the full results page), Escape closes the list and then clears the box. Loaded only when the box
 * is first focused; the form keeps working without it.
 */
import type { SearchResponse, SearchResult } from '../../lib/search/engine';
import { createSearchClient } from './client';
import { appendHighlighted, describe, summarize } from './render';
import { searchUrl } from '../../lib/urls';

const SHOWN_PER_KIND = 4;
const EXCERPT = 140;

export function enhance(form: HTMLFormElement): void {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const id = input.id || 'site-search';

  const popup = document.createElement('div');
  popup.className = 'search-popup';
  popup.hidden = true;
  const listbox = document.createElement('div');
  listbox.id = `${id}-listbox`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  // What the query language made of the words ("kind:lettr" read as kind:letter), above the list.
  const note = document.createElement('p');
  note.className = 'search-popup-note';
  note.hidden = true;
  popup.append(note, listbox);
  const status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(popup, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  const client = createSearchClient();
  let options: Array<{ el: HTMLElement; url: string }> = [];
  let active = -1;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (i: number) => {
    if (active >= 0) options[active]?.el.setAttribute('aria-selected', 'false');
    active = i;
    if (i < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    const opt = options[i]!;
    opt.el.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', opt.el.id);
    opt.el.scrollIntoView({ block: 'nearest' });
  };
  const open = () => {
    if (!options.length) return;
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const go = (url: string) => {
    close();
    location.assign(url);
  };

  const option = (optionId: string, url: string): HTMLElement => {
    const el = document.createElement('div');
    el.id = optionId;
    el.className = 'search-option';
    el.setAttribute('role', 'option');
    el.setAttribute('aria-selected', 'false');
    el.dataset.href = url;
    // Keep focus in the box while clicking, so the list does not close before the click lands.
    el.addEventListener('mousedown', (e) => e.preventDefault());
    el.addEventListener('click', () => go(url));
    options.push({ el, url });
    return el;
  };

  const resultOption = (r: SearchResult, n: number): HTMLElement => {
    const el = option(`${id}-option-${n}`, r.url);
    const d = describe(r);
    const title = document.createElement('span');
    title.className = 'search-option-title';
    if (d.quoted) title.append('“');
    appendHighlighted(title, d.title);
    if (d.quoted) title.append('”');
    const meta = document.createElement('span');
    meta.className = 'search-option-meta';
    // Short: who and when (and in which entry) for a quote; kind, date and actors for an entry.
    const parts = r.kind === 'quote' ? [r.speaker, r.date, r.entryTitle] : d.meta.slice(0, 3);
    let first = true;
    for (const p of parts) {
      const h = typeof p === 'string' ? { text: p, ranges: [] } : p;
      if (!h?.text) continue;
      if (!first) meta.append(' · ');
      appendHighlighted(meta, h);
      first = false;
    }
    el.append(title, meta);
    return el;
  };

  const render = (response: SearchResponse) => {
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const frag = document.createDocumentFragment();
    let n = 0;
    for (const g of response.groups) {
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      const label = document.createElement('div');
      label.id = `${id}-group-${g.kind}`;
      label.className = 'search-group-label';
      label.setAttribute('role', 'presentation');
      label.textContent = g.label;
      group.setAttribute('aria-labelledby', label.id);
      group.appendChild(label);
      for (const r of g.results.slice(0, SHOWN_PER_KIND)) group.appendChild(resultOption(r, n++));
      frag.appendChild(group);
    }
    const all = option(`${id}-option-all`, searchUrl(response.query));
    all.classList.add('search-option-all');
    all.textContent = response.groups.length
      ? `All results for “${response.query}”`
      : `No match for “${response.query}” — open the search page for help`;
    frag.appendChild(all);
    listbox.replaceChildren(frag);
    note.textContent = response.notes.map((n) => n.message).join(' ');
    note.hidden = !response.notes.length;
    open();
    clearTimeout(statusTimer);
    const text = response.groups.length
      ? `${summarize(response)}. Use the down arrow to go through them, Enter to open one.`
      : 'No results.';
    statusTimer = setTimeout(() => (status.textContent = text), 500);
  };

  client.onResults((response) => {
    if (response.query !== input.value || document.activeElement !== input) return;
    render(response);
  });
  client.onError((message) => {
    listbox.replaceChildren();
    options = [];
    const el = option(`${id}-option-error`, searchUrl(input.value));
    el.textContent = `Search could not start (${message}). Open the search page`;
    listbox.appendChild(el);
    open();
  });

  const search = () => {
    if (!input.value.trim()) {
      close();
      listbox.replaceChildren();
      options = [];
      return;
    }
    client.search(input.value, { limit: SHOWN_PER_KIND, excerpt: EXCERPT });
  };

  input.addEventListener('input', search);
  input.addEventListener('focus', () => {
    if (input.value.trim()) search();
  });
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (e) => {
    const isOpen = !popup.hidden;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!isOpen) {
          open();
          if (!options.length) search();
        }
        if (options.length) setActive(active + 1 >= options.length ? 0 : active + 1);
        break;
      case 'ArrowUp':
        if (!isOpen || !options.length) return;
        e.preventDefault();
        setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter':
        if (isOpen && active >= 0) {
          e.preventDefault();
          go(options[active]!.url);
        }
        break;
      case 'Escape':
        if (isOpen) {
          e.preventDefault();
          close();
        } else if (input.value) {
          e.preventDefault();
          input.value = '';
        }
        break;
    }
  });
  // Whatever was typed before this module arrived.
  if (document.activeElement === input && input.value.trim()) search();
}
