/**
 * The timeline's filters in the browser (the form is src/components/TimelineFilters.astro). The state lives in
 * the address (`?kind=letter&actor=…&from=2015&to=2020`, src/lib/filter-state.ts): each change pushes a history
 * step, back and forward restore earlier states, rows the state excludes are hidden (with groups left empty), and
 * the number of matches is announced in a live region.
 *
 * Each group's checkboxes wait in a `<template>` until the group is first opened, or until the address chooses a
 * value in it (see the component for why).
 */
import {
  LIST_FACETS,
  decodeRow,
  isEmptyFilters,
  matchesFilters,
  parseFilters,
  serialiseFilters,
  type FilterState,
  type RowFacets,
} from '../lib/filter-state';

interface Elements {
  form: HTMLFormElement;
  status: HTMLElement;
  rows: Array<{ el: HTMLElement; facets: RowFacets }>;
  /** Decade and year groups, innermost first (reversed document order), so a decade sees its years' final state. */
  groups: HTMLElement[];
  clear: HTMLButtonElement;
  from: HTMLSelectElement;
  to: HTMLSelectElement;
}

/** The page's filter form, its rows and its status line, if the page has them. */
function findElements(): Elements | undefined {
  const form = document.querySelector<HTMLFormElement>('#tl-filters');
  const status = document.querySelector<HTMLElement>('#tl-status');
  if (!form || !status) return undefined;
  return {
    form,
    status,
    rows: [...document.querySelectorAll<HTMLElement>('[data-tl-row]')].map((el) => ({
      el,
      facets: decodeRow(el.dataset),
    })),
    groups: [...document.querySelectorAll<HTMLElement>('[data-tl-group]')].reverse(),
    clear: form.querySelector<HTMLButtonElement>('[data-clear]')!,
    from: form.elements.namedItem('from') as HTMLSelectElement,
    to: form.elements.namedItem('to') as HTMLSelectElement,
  };
}

const boxes = (form: HTMLFormElement, facet: string) => [
  ...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]`),
];

/** Put a group's checkboxes in place (once) from the template they wait in. */
function materialise(details: Element | null): void {
  const t = details?.querySelector<HTMLTemplateElement>(':scope > template');
  t?.replaceWith(t.content);
}

const group = (form: HTMLFormElement, facet: string) => form.querySelector(`details[data-facet="${facet}"]`);

/** The state the form shows. */
function readForm({ form, from, to }: Elements): FilterState {
  const state = parseFilters('');
  for (const facet of LIST_FACETS)
    state[facet] = boxes(form, facet)
      .filter((b) => b.checked)
      .map((b) => b.value);
  if (from.value) state.from = Number(from.value);
  if (to.value) state.to = Number(to.value);
  return state;
}

/** Show a state in the form; values the form has no box or option for are left out. */
function writeForm({ form, from, to }: Elements, state: FilterState): void {
  for (const facet of LIST_FACETS) if (state[facet].length) materialise(group(form, facet));
  for (const facet of LIST_FACETS) for (const b of boxes(form, facet)) b.checked = state[facet].includes(b.value);
  from.value = state.from === undefined ? '' : String(state.from);
  to.value = state.to === undefined ? '' : String(state.to);
  // A select left on a value it has no option for shows nothing; treat it as "any".
  if (from.selectedIndex < 0) from.value = '';
  if (to.selectedIndex < 0) to.value = '';
}

/** The status line: how many rows match, and whether the address asked for values the form lacks. */
function statusText(shown: number, total: number, state: FilterState, requested: FilterState): string {
  const ignored = serialiseFilters(requested) !== serialiseFilters(state);
  return (
    (isEmptyFilters(state)
      ? `Showing all ${total} entries.`
      : `${shown} of ${total} ${total === 1 ? 'entry matches' : 'entries match'} the filters.`) +
    (ignored ? ' Some filters in the address name values the record does not have and were ignored.' : '')
  );
}

/** Show the rows the form's state selects; `requested` is what the address asked for. */
function apply(els: Elements, requested: FilterState): void {
  const state = readForm(els);
  let shown = 0;
  for (const { el, facets } of els.rows) {
    const ok = matchesFilters(facets, state);
    el.hidden = !ok;
    if (ok) shown++;
  }
  for (const g of els.groups) g.hidden = !g.querySelector('[data-tl-row]:not([hidden])');
  for (const details of els.form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
    const n = boxes(els.form, details.dataset.facet!).filter((b) => b.checked).length;
    details.querySelector('[data-selected]')!.textContent = n ? `(${n} chosen)` : '';
    if (n) details.open = true;
  }
  els.clear.disabled = isEmptyFilters(state);
  els.status.textContent = statusText(shown, els.rows.length, state, requested);
}

/** Wire the form: changes push a history step, back and forward restore, "Clear filters" empties. */
export function initTimelineFilters(): void {
  const els = findElements();
  if (!els) return;
  const { form, clear } = els;
  const go = (state: FilterState) => {
    history.pushState(null, '', location.pathname + serialiseFilters(state) + location.hash);
    apply(els, state);
  };
  // The inline script after the form has shown it already; this is a fallback should that script not have run.
  form.hidden = false;
  // Before a group opens (a click on its summary, by mouse or keyboard), and whenever it opens otherwise.
  form.addEventListener(
    'click',
    (ev) => materialise((ev.target as Element).closest('summary')?.parentElement ?? null),
    true,
  );
  form.addEventListener('toggle', (ev) => materialise(ev.target as Element), true);
  form.addEventListener('change', () => go(readForm(els)));
  form.addEventListener('submit', (ev) => ev.preventDefault());
  clear.addEventListener('click', () => {
    writeForm(els, parseFilters(''));
    go(readForm(els));
    // The first checkbox of an open group (the disabled button keeps no focus), else the first group's summary.
    (form.querySelector<HTMLElement>('details[open] input') ?? form.querySelector<HTMLElement>('summary'))?.focus();
  });
  const fromUrl = () => {
    const state = parseFilters(location.search);
    writeForm(els, state);
    apply(els, state);
  };
  addEventListener('popstate', fromUrl);
  fromUrl();
}
