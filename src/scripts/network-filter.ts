/**
 * The network's filter by jurisdiction and era (src/pages/actors/network.astro): each actor, pair and label carries
 * the `JURISDICTION@decade` of its entries (`data-f="UK@2010 US@2010"`); choosing a jurisdiction, an era or both
 * keeps the actors and links that have an entry there and then. Without JavaScript the whole network is drawn.
 */
export function initNetworkFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-network-filter]');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-network-status]')!;
  const jurisdiction = form.elements.namedItem('jurisdiction') as HTMLSelectElement;
  const era = form.elements.namedItem('era') as HTMLSelectElement;
  const items = [...document.querySelectorAll<SVGElement>('.network [data-f]')];
  const apply = () => {
    const j = jurisdiction.value;
    const e = era.value;
    const wanted = (token: string) => {
      const [tj, te] = token.split('@');
      return (!j || tj === j) && (!e || te === e);
    };
    let actors = 0;
    for (const el of items) {
      const on = !j && !e ? true : (el.dataset.f ?? '').split(' ').some(wanted);
      el.classList.toggle('off', !on);
      if (on && el.dataset.slug) actors++;
    }
    status.textContent = j || e ? `${actors} actors shown.` : '';
  };
  form.addEventListener('change', apply);
  form.hidden = false;
}
