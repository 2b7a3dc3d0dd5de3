// Runs inline, right after the timeline's filter bar, while the page is still being parsed: shows the bar's
// controls (the Filters button, "Titles only") before anything below them is laid out, so nothing moves. Its
// SHA-256 is in the page's Content-Security-Policy (src/lib/untrusted/csp.ts hashes this file), so it must stay an
// inline script of exactly this text: edit it here, never in the page.
for (const el of document.querySelectorAll('[data-tl-toggle], [data-tl-compact-wrap]')) el.hidden = false;
