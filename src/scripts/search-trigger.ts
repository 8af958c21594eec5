// Opens search on intent: a click, hover or focus on the trigger, "/" or Ctrl/Cmd+K.
// The dialog code (and Pagefind) is fetched only then, never on load or idle.

let loading: Promise<{ openSearch: (opener: Element | null) => void }> | undefined;

function load() {
  loading ??= import('./search-dialog.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Opens the dialog; if its code cannot be fetched, the full search page still works. */
function open(opener: Element | null): void {
  load().then(
    (m) => m.openSearch(opener),
    () => {
      const link = document.querySelector<HTMLAnchorElement>('a[data-search-trigger]');
      if (link) location.assign(link.href);
    },
  );
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(input|textarea|select)$/i.test(el.tagName));
}

/** Wires every [data-search-trigger] link and the keyboard shortcuts. Without JS the link goes to /search/. */
export function initSearchTrigger(): void {
  // Arriving from a search result: mark the terms (that code is fetched only when the parameter is there).
  if (/[?&]highlight=/.test(location.search)) void import('./search/highlight.ts');
  const triggers = document.querySelectorAll<HTMLAnchorElement>('[data-search-trigger]');
  for (const t of triggers) {
    t.addEventListener('pointerenter', () => void load(), { once: true });
    t.addEventListener('focus', () => void load(), { once: true });
    t.addEventListener('click', (event) => {
      // A new tab or window (modifier keys, middle button) still gets the full search page.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      open(t);
    });
  }
  addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if ((event.key === '/' && !isTyping(event.target)) || shortcut) {
      event.preventDefault();
      open(document.activeElement);
    }
  });
}
