/**
 * The "/" shortcut: from anywhere on a page (except while typing in a field), "/" moves focus to the search box
 * marked `data-search-input`. Tiny on purpose: it is part of the script every page loads.
 */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function installSlashShortcut(): void {
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
    const input = document.querySelector<HTMLInputElement>('input[data-search-input]');
    if (!input) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
}
