// Opens search on intent: a click, hover or focus on the trigger, "/" or Ctrl/Cmd+K.
// The dialog code (and Pagefind) is fetched only then, never on load or idle.

let loading: Promise<{ openSearch: (opener: Element | null) => void }> | undefined;

function load() {
  loading ??= import('./search-dialog.ts');
  return loading;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(input|textarea|select)$/i.test(el.tagName));
}

/** Wires every [data-search-trigger] link and the keyboard shortcuts. Without JS the link goes to /search/. */
export function initSearchTrigger(): void {
  const triggers = document.querySelectorAll<HTMLAnchorElement>('[data-search-trigger]');
  for (const t of triggers) {
    t.addEventListener('pointerenter', () => void load(), { once: true });
    t.addEventListener('focus', () => void load(), { once: true });
    t.addEventListener('click', (event) => {
      event.preventDefault();
      void load().then((m) => m.openSearch(t));
    });
  }
  addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if ((event.key === '/' && !isTyping(event.target)) || shortcut) {
      event.preventDefault();
      const opener = document.activeElement;
      void load().then((m) => m.openSearch(opener));
    }
  });
}
