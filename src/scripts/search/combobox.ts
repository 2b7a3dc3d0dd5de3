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

/** The elements the combobox adds under the form: the popup with its note and listbox, and a status region. */
function createPopup(form: HTMLFormElement, id: string) {
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
  return { popup, listbox, note, status };
}

/** One result as an option: its title (quoted for a quote) and a short meta line, matched words marked. */
function fillOption(el: HTMLElement, r: SearchResult): void {
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
}

/**
 * The combobox's state: the popup, its options and the highlighted one. The input keeps focus throughout
 * (`aria-activedescendant` names the highlighted option).
 */
class Combobox {
  private options: Array<{ el: HTMLElement; url: string }> = [];
  private active = -1;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly input: HTMLInputElement,
    private readonly id: string,
    private readonly els: ReturnType<typeof createPopup>,
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', els.listbox.id);
  }

  get isOpen(): boolean {
    return !this.els.popup.hidden;
  }

  get hasOptions(): boolean {
    return this.options.length > 0;
  }

  setActive(i: number): void {
    if (this.active >= 0) this.options[this.active]?.el.setAttribute('aria-selected', 'false');
    this.active = i;
    if (i < 0) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    const opt = this.options[i]!;
    opt.el.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', opt.el.id);
    opt.el.scrollIntoView({ block: 'nearest' });
  }

  /** Highlight the next (1) or previous (-1) option, wrapping around. */
  move(step: 1 | -1): void {
    const n = this.options.length;
    if (step === 1) this.setActive(this.active + 1 >= n ? 0 : this.active + 1);
    else this.setActive(this.active <= 0 ? n - 1 : this.active - 1);
  }

  /** The highlighted option's address, if one is highlighted. */
  get activeUrl(): string | undefined {
    return this.active >= 0 ? this.options[this.active]!.url : undefined;
  }

  open(): void {
    if (!this.options.length) return;
    this.els.popup.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close(): void {
    this.els.popup.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  }

  /** Close and forget the options. */
  empty(): void {
    this.close();
    this.els.listbox.replaceChildren();
    this.options = [];
  }

  go(url: string): void {
    this.close();
    location.assign(url);
  }

  private option(optionId: string, url: string): HTMLElement {
    const el = document.createElement('div');
    el.id = optionId;
    el.className = 'search-option';
    el.setAttribute('role', 'option');
    el.setAttribute('aria-selected', 'false');
    el.dataset.href = url;
    // Keep focus in the box while clicking, so the list does not close before the click lands.
    el.addEventListener('mousedown', (e) => e.preventDefault());
    el.addEventListener('click', () => this.go(url));
    this.options.push({ el, url });
    return el;
  }

  /** The results, grouped by kind, and a last option for the full results page; announced after a pause. */
  render(response: SearchResponse): void {
    const { id } = this;
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
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
      for (const r of g.results.slice(0, SHOWN_PER_KIND)) {
        const el = this.option(`${id}-option-${n++}`, r.url);
        fillOption(el, r);
        group.appendChild(el);
      }
      frag.appendChild(group);
    }
    const all = this.option(`${id}-option-all`, searchUrl(response.query));
    all.classList.add('search-option-all');
    all.textContent = response.groups.length
      ? `All results for “${response.query}”`
      : `No match for “${response.query}” — open the search page for help`;
    frag.appendChild(all);
    this.els.listbox.replaceChildren(frag);
    this.els.note.textContent = response.notes.map((note) => note.message).join(' ');
    this.els.note.hidden = !response.notes.length;
    this.open();
    clearTimeout(this.statusTimer);
    const text = response.groups.length
      ? `${summarize(response)}. Use the down arrow to go through them, Enter to open one.`
      : 'No results.';
    this.statusTimer = setTimeout(() => (this.els.status.textContent = text), 500);
  }

  /** The search could not start: one option, to the search page. */
  renderError(message: string): void {
    this.els.listbox.replaceChildren();
    this.options = [];
    const el = this.option(`${this.id}-option-error`, searchUrl(this.input.value));
    el.textContent = `Search could not start (${message}). Open the search page`;
    this.els.listbox.appendChild(el);
    this.open();
  }
}

/** ↓ opens the list and moves down, ↑ moves up, Enter opens the highlighted option, Escape closes, then clears. */
function onKeydown(box: Combobox, search: () => void, e: KeyboardEvent): void {
  const { input } = box;
  switch (e.key) {
    case 'ArrowDown':
      e.preventDefault();
      if (!box.isOpen) {
        box.open();
        if (!box.hasOptions) search();
      }
      if (box.hasOptions) box.move(1);
      break;
    case 'ArrowUp':
      if (!box.isOpen || !box.hasOptions) return;
      e.preventDefault();
      box.move(-1);
      break;
    case 'Enter': {
      const url = box.isOpen ? box.activeUrl : undefined;
      if (url) {
        e.preventDefault();
        box.go(url);
      }
      break;
    }
    case 'Escape':
      if (box.isOpen) {
        e.preventDefault();
        box.close();
      } else if (input.value) {
        e.preventDefault();
        input.value = '';
      }
      break;
  }
}

export function enhance(form: HTMLFormElement): void {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const id = input.id || 'site-search';
  const box = new Combobox(input, id, createPopup(form, id));
  const client = createSearchClient();

  client.onResults((response) => {
    if (response.query !== input.value || document.activeElement !== input) return;
    box.render(response);
  });
  client.onError((message) => box.renderError(message));

  const search = () => {
    if (!input.value.trim()) return box.empty();
    client.search(input.value, { limit: SHOWN_PER_KIND, excerpt: EXCERPT });
  };
  input.addEventListener('input', search);
  input.addEventListener('focus', () => {
    if (input.value.trim()) search();
  });
  input.addEventListener('blur', () => box.close());
  input.addEventListener('keydown', (e) => onKeydown(box, search, e));
  // Whatever was typed before this module arrived.
  if (document.activeElement === input && input.value.trim()) search();
}
