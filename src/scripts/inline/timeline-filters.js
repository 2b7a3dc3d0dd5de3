// Runs inline, right after the timeline's filter bar, while the page is still being parsed: makes the bar's
// controls (the Filters button, "Titles only") visible; they hold their place invisibly until then, so nothing
// moves. Its SHA-256 is in the page's Content-Security-Policy (src/lib/untrusted/csp.ts hashes this file), so it
// must stay an inline script of exactly this text: edit it here, never in the page.
for (const el of document.querySelectorAll('[data-tl-toggle], [data-tl-compact-wrap]')) el.classList.add('on');
