// Runs inline, before the rest of the timeline renders (no flash of a closed filter form on wide screens). Its
// SHA-256 is in the page's Content-Security-Policy (src/lib/untrusted/csp.ts hashes this file), so it must stay
// an inline script of exactly this text: edit it here, never in the page.
(() => {
  const form = document.getElementById('tl-filters');
  if (matchMedia('(min-width: 48rem)').matches)
    for (const d of form.querySelectorAll('details[data-wide-open]')) {
      const t = d.querySelector(':scope > template');
      if (t) t.replaceWith(t.content);
      d.open = true;
    }
  form.hidden = false;
})();
