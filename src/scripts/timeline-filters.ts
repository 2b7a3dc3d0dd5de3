/**
 * The timeline's filters in the browser (the bar and form are src/components/TimelineFilters.astro). The state
 * lives in the address (`?kind=letter&actor=…&year=2019`, src/lib/filter-state.ts): each change pushes a history
 * step, back and forward restore earlier states, rows the state excludes are hidden (with groups left empty),
 * each box's count follows the selection, and the number of matches is announced in a live region. When nothing
 * matches, a hint names the filter to drop and drops it in one click.
 *
 * On a paged timeline the filters apply to the whole record: the rows of every page (`/timeline-rows.json`) are
 * loaded the first time a filter is set, and the matches are listed in place of the page's own list.
 *
 * Each group's checkboxes wait in a `<template>` until the group is first opened, typed into, or until the address
 * chooses a value in it (see the component for why).
 */
import {
  LIST_FACETS,
  decodeRow,
  dropSuggestions,
  facetCounts,
  isEmptyFilters,
  matchesFilters,
  parseFilters,
  serialiseFilters,
  withoutPart,
  type FilterPart,
  type FilterState,
  type RowFacets,
} from '../lib/filter-state';
import { unpackRows, type RowsPayload, type ShownRow } from '../lib/timeline-rows';

interface Elements {
  form: HTMLFormElement;
  status: HTMLElement;
  toggle: HTMLButtonElement | null;
  active: HTMLElement | null;
  hint: HTMLElement | null;
  compact: HTMLInputElement | null;
  /** The page's own rows. */
  rows: Array<{ el: HTMLElement; facets: RowFacets }>;
  /** Decade and year groups, innermost first (reversed document order), so a decade sees its years' final state. */
  groups: HTMLElement[];
  /** The page's list, and where the whole record's matches go on a paged timeline. */
  list: HTMLElement | null;
  all: HTMLElement | null;
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
    toggle: document.querySelector<HTMLButtonElement>('[data-tl-toggle]'),
    active: document.querySelector<HTMLElement>('[data-tl-active]'),
    hint: document.querySelector<HTMLElement>('[data-tl-hint]'),
    compact: document.querySelector<HTMLInputElement>('[data-tl-compact]'),
    rows: [...document.querySelectorAll<HTMLElement>('[data-tl-row]')].map((el) => ({
      el,
      facets: decodeRow(el.dataset),
    })),
    groups: [...document.querySelectorAll<HTMLElement>('[data-tl-group]')].reverse(),
    list: document.querySelector<HTMLElement>('.timeline'),
    all: document.querySelector<HTMLElement>('[data-tl-all]'),
    clear: form.querySelector<HTMLButtonElement>('[data-clear]')!,
    from: form.elements.namedItem('from') as HTMLSelectElement,
    to: form.elements.namedItem('to') as HTMLSelectElement,
  };
}

const boxes = (form: HTMLFormElement, facet: string) => [
  ...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${facet}"]`),
];

/** Put a group's checkboxes in place (once) from the template they wait in. */
function materialise(details: Element | null): boolean {
  const t = details?.querySelector<HTMLTemplateElement>(':scope > template');
  t?.replaceWith(t.content);
  return Boolean(t);
}

const group = (form: HTMLFormElement, facet: string) =>
  form.querySelector<HTMLDetailsElement>(`details[data-facet="${facet}"]`);

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

/** How a part of the state is named in the hint: the group's legend, or "years". */
function partName(form: HTMLFormElement, part: FilterPart): string {
  if (part === 'years') return 'the years';
  return `the ${(group(form, part)?.dataset.legend ?? part).toLowerCase()} filter`;
}

/** The status line: how many rows match, and whether the address asked for values the form lacks. */
function statusText(els: Elements, shown: number, total: number, state: FilterState, requested: FilterState): string {
  const ignored = serialiseFilters(requested) !== serialiseFilters(state);
  return (
    (isEmptyFilters(state)
      ? (els.form.dataset.showing ?? `Showing all ${total} entries.`)
      : `${shown} of ${total} ${total === 1 ? 'entry matches' : 'entries match'} the filters.`) +
    (ignored ? ' Some filters in the address name values the record does not have and were ignored.' : '')
  );
}

/** Each box's count, for the selection as it is; a box that would show nothing is greyed (still choosable). */
function writeCounts(form: HTMLFormElement, counts: ReturnType<typeof facetCounts>): void {
  for (const facet of LIST_FACETS)
    for (const b of boxes(form, facet)) {
      const n = counts[facet].get(b.value) ?? 0;
      const label = b.closest('label');
      const out = label?.querySelector('[data-count]');
      if (out) out.textContent = `(${n})`;
      label?.classList.toggle('none', n === 0 && !b.checked);
    }
}

/** The whole record's matches as a flat list (a paged timeline): date, kind, title, jurisdictions. */
function renderAll(container: HTMLElement, rows: readonly ShownRow[]): void {
  const items = rows.map((r) => {
    const li = document.createElement('li');
    const meta = document.createElement('div');
    meta.className = 'meta';
    for (const [text, datetime] of r.date) {
      if (!datetime) {
        meta.append(text);
        continue;
      }
      const time = document.createElement('time');
      time.dateTime = datetime;
      time.textContent = text;
      meta.append(time);
    }
    meta.append(` · ${r.kind} · ${r.jurisdictions}`);
    const a = document.createElement('a');
    a.className = 'title';
    a.href = r.href;
    a.textContent = r.title;
    li.append(meta, a);
    return li;
  });
  container.replaceChildren(...items);
}

/** Wire the bar and the form: changes push a history step, back and forward restore, "Clear filters" empties. */
export function initTimelineFilters(): void {
  const els = findElements();
  if (!els) return;
  const { form, clear, toggle, compact, hint } = els;
  const rowsUrl = form.dataset.rows;
  let whole: ShownRow[] | undefined;
  let loading: Promise<ShownRow[]> | undefined;
  const wholeRecord = () =>
    (loading ??= fetch(rowsUrl!)
      .then((r) => r.json() as Promise<RowsPayload>)
      .then((payload) => (whole = unpackRows(payload))));

  /** Show the rows the form's state selects; `requested` is what the address asked for. */
  const apply = (requested: FilterState): void => {
    const state = readForm(els);
    const filtering = !isEmptyFilters(state);
    if (rowsUrl && filtering && !whole) {
      els.status.textContent = 'Loading every entry of the record…';
      void wholeRecord().then(
        () => apply(requested),
        () => (els.status.textContent = 'The entries of the other pages could not be loaded; reload to try again.'),
      );
      return;
    }
    // The rows the filters read: the whole record on a paged timeline, else the page's own.
    const facets = whole && rowsUrl ? whole.map((r) => r.facets) : els.rows.map((r) => r.facets);
    let shown = 0;
    if (rowsUrl && whole && filtering) {
      const matches = whole.filter((r) => matchesFilters(r.facets, state));
      shown = matches.length;
      renderAll(els.all!, matches);
      els.all!.hidden = false;
      els.list!.hidden = true;
    } else {
      if (els.all) els.all.hidden = true;
      if (els.list) els.list.hidden = false;
      for (const { el, facets: f } of els.rows) {
        const ok = matchesFilters(f, state);
        el.hidden = !ok;
        if (ok) shown++;
      }
      for (const g of els.groups) g.hidden = !g.querySelector('[data-tl-row]:not([hidden])');
    }
    const counts = facetCounts(facets, state);
    writeCounts(form, counts);
    let chosen = 0;
    for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      const n = boxes(form, details.dataset.facet!).filter((b) => b.checked).length;
      chosen += n;
      details.querySelector('[data-selected]')!.textContent = n ? `(${n} chosen)` : '';
      if (n) details.open = true;
    }
    if (state.from !== undefined || state.to !== undefined) chosen++;
    if (els.active) els.active.textContent = chosen ? ` (${chosen})` : '';
    clear.disabled = !filtering;
    els.status.textContent = statusText(els, shown, facets.length, state, requested);
    showHint(filtering && shown === 0 ? dropSuggestions(facets, state) : [], state);
  };

  /** The zero-result hint: the part to drop that shows most, as a button that drops it. */
  const showHint = (suggestions: ReturnType<typeof dropSuggestions>, state: FilterState) => {
    if (!hint) return;
    const best = suggestions[0];
    if (!best) {
      hint.hidden = true;
      hint.replaceChildren();
      return;
    }
    const p = document.createElement('p');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Drop ${partName(form, best.part)}`;
    button.addEventListener('click', () => {
      const next = withoutPart(state, best.part);
      writeForm(els, next);
      go(next);
      els.status.focus();
    });
    p.append(
      `No entry matches all of these filters. Dropping ${partName(form, best.part)} would show ${best.count} ${
        best.count === 1 ? 'entry' : 'entries'
      }: `,
      button,
    );
    hint.replaceChildren(p);
    hint.hidden = false;
  };

  const go = (state: FilterState) => {
    history.pushState(null, '', location.pathname + serialiseFilters(state) + location.hash);
    apply(state);
  };

  // The inline script after the bar has shown its controls; this is a fallback should it not have run.
  toggle?.classList.add('on');
  compact?.closest('label')?.classList.add('on');
  els.status.tabIndex = -1;

  const setOpen = (open: boolean) => {
    form.hidden = !open;
    toggle?.setAttribute('aria-expanded', String(open));
    if (!open) return;
    // Kind and position are short lists, opened at once on wide screens.
    if (matchMedia('(min-width: 48rem)').matches)
      for (const d of form.querySelectorAll<HTMLDetailsElement>('details[data-wide-open]')) {
        materialise(d);
        d.open = true;
      }
    apply(parseFilters(location.search));
  };
  toggle?.addEventListener('click', () => {
    const open = Boolean(form.hidden);
    setOpen(open);
    if (open) form.querySelector<HTMLElement>('details[open] input, summary')?.focus();
  });

  // Titles only: remembered on this device.
  const timeline = els.list;
  const setCompact = (on: boolean) => {
    timeline?.classList.toggle('titles-only', on);
    if (compact) compact.checked = on;
  };
  try {
    setCompact(localStorage.getItem('tl-view') === 'titles');
  } catch {
    // Storage may be refused (private modes): the switch still works for this page.
  }
  compact?.addEventListener('change', () => {
    setCompact(compact.checked);
    try {
      localStorage.setItem('tl-view', compact.checked ? 'titles' : 'full');
    } catch {
      // See above.
    }
  });

  // Before a group opens (a click on its summary, by mouse or keyboard), and whenever it opens otherwise; then
  // its boxes get the current counts.
  const opened = (details: Element | null) => {
    if (materialise(details)) apply(parseFilters(location.search));
  };
  form.addEventListener(
    'click',
    (ev) => opened((ev.target as Element).closest('summary')?.parentElement ?? null),
    true,
  );
  form.addEventListener('toggle', (ev) => opened(ev.target as Element), true);
  // Type to find: the group's boxes whose label holds the typed letters.
  form.addEventListener('input', (ev) => {
    const input = ev.target as HTMLInputElement;
    if (!input.matches('[data-facet-find]')) return;
    const details = input.closest('details');
    opened(details);
    const typed = input.value.trim().toLowerCase();
    for (const label of details?.querySelectorAll<HTMLElement>('fieldset label') ?? [])
      label.hidden = typed !== '' && !(label.textContent ?? '').toLowerCase().includes(typed);
  });
  form.addEventListener('change', (ev) => {
    if ((ev.target as Element).matches('[data-facet-find]')) return;
    go(readForm(els));
  });
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
    apply(state);
  };
  addEventListener('popstate', fromUrl);
  fromUrl();
}
