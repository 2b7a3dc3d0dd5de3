/**
 * Drawing results. Every piece of record text goes into the page as a text node; matched words are wrapped in
 * <mark> elements created here. Nothing is ever parsed as HTML, so a quote or query containing markup shows as
 * the characters it is.
 */
import type { ResultGroup, SearchResponse, SearchResult } from '../../lib/search/engine';
import type { Highlighted } from '../../lib/search/highlight';

/** Append the text to `parent`, with the highlighted ranges in <mark>. */
export function appendHighlighted(parent: Node, h: Highlighted): void {
  const doc = parent.ownerDocument ?? document;
  let at = 0;
  for (const [start, end] of h.ranges) {
    if (start > at) parent.appendChild(doc.createTextNode(h.text.slice(at, start)));
    const mark = doc.createElement('mark');
    mark.appendChild(doc.createTextNode(h.text.slice(start, end)));
    parent.appendChild(mark);
    at = end;
  }
  if (at < h.text.length) parent.appendChild(doc.createTextNode(h.text.slice(at)));
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Meta line pieces joined by " · ", skipping empty ones. */
function appendMeta(parent: HTMLElement, parts: Array<Highlighted | string | undefined>): void {
  let first = true;
  for (const p of parts) {
    const h = typeof p === 'string' ? { text: p, ranges: [] } : p;
    if (!h || !h.text) continue;
    if (!first) parent.appendChild(document.createTextNode(' · '));
    appendHighlighted(parent, h);
    first = false;
  }
}

/** The words of a result as the dropdown and the page show them: a title line and a meta line. */
export function describe(r: SearchResult): {
  title: Highlighted;
  quoted: boolean;
  meta: Array<Highlighted | string | undefined>;
} {
  switch (r.kind) {
    case 'quote':
      return {
        title: r.text,
        quoted: true,
        meta: [r.speaker, r.attribution, r.entryTitle, r.date, r.sourceTitle ? r.sourceTitle : undefined],
      };
    case 'entry':
      return { title: r.title, quoted: false, meta: [r.kindLabel, r.date, r.actors] };
    case 'actor':
      return { title: r.name, quoted: false, meta: [r.kindLabel, r.aliases, r.roles] };
  }
}

function resultItem(r: SearchResult): HTMLLIElement {
  const li = el('li', `result result-${r.kind}`);
  const d = describe(r);
  const a = el('a', 'result-title');
  a.href = r.url;
  if (d.quoted) a.appendChild(document.createTextNode('“'));
  appendHighlighted(a, d.title);
  if (d.quoted) a.appendChild(document.createTextNode('”'));
  li.appendChild(a);
  const meta = el('p', 'result-meta');
  if (r.kind === 'quote') meta.appendChild(document.createTextNode('— '));
  appendMeta(meta, d.meta);
  li.appendChild(meta);
  if (r.kind === 'entry' && r.summary.text) {
    const p = el('p', 'result-summary');
    appendHighlighted(p, r.summary);
    li.appendChild(p);
  }
  return li;
}

function countLabel(g: ResultGroup): string {
  const shown = g.results.length;
  const total = g.totalExact ? `${g.total}` : `about ${g.total}`;
  return shown < g.total ? `${shown} of ${total}` : `${g.total}`;
}

/** The results page: one section per kind, quotes first. */
export function renderGroups(container: HTMLElement, response: SearchResponse): void {
  const frag = document.createDocumentFragment();
  for (const g of response.groups) {
    const section = el('section', 'result-group');
    const headingId = `results-${g.kind}`;
    section.setAttribute('aria-labelledby', headingId);
    const h2 = el('h2', undefined, `${g.label} `);
    h2.id = headingId;
    h2.appendChild(el('span', 'result-count', `(${countLabel(g)})`));
    section.appendChild(h2);
    const ol = el('ol', 'results');
    for (const r of g.results) ol.appendChild(resultItem(r));
    section.appendChild(ol);
    frag.appendChild(section);
  }
  container.replaceChildren(frag);
}

/** "3 quotes, 2 entries and 1 actor" */
export function summarize(response: SearchResponse): string {
  const names: Record<string, [string, string]> = {
    quote: ['quote', 'quotes'],
    entry: ['entry', 'entries'],
    actor: ['actor', 'actors'],
  };
  const parts = response.groups.map(
    (g) => `${g.totalExact ? '' : 'about '}${g.total} ${names[g.kind]![g.total === 1 ? 0 : 1]}`,
  );
  if (!parts.length) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
