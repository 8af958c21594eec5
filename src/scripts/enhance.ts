// The only script every content page loads before interaction. Keep it tiny (budget: 3 KB gzip with search trigger).
// It wires the theme control, the "On this page" marker, the two disclosures of the frame and, on first hover or
// focus of an anchored item, the shared copy-link button (copy-link.ts, fetched then). Search loads on intent.
import { initSearchTrigger } from './search-trigger.ts';

const root = document.documentElement;

/**
 * Three states, in turn: system (follows the OS again: nothing stored), light, dark. The button's text, and so its
 * name, shows the state on (global CSS picks the span from html[data-theme]), so only the click needs code.
 */
function setupTheme(button: HTMLButtonElement): void {
  button.addEventListener('click', () => {
    const now = root.dataset['theme'];
    const next = now === 'light' ? 'dark' : now === 'dark' ? '' : 'light';
    try {
      if (next) localStorage.setItem('theme', next);
      else localStorage.removeItem('theme');
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    if (next) root.dataset['theme'] = next;
    else delete root.dataset['theme'];
  });
}

/**
 * The menu and "On this page" are <details>, shown by CSS on wide screens; keep their open state true there (so
 * assistive tech agrees with the screen), close them after a link is followed or on Escape on narrow screens.
 */
function setupDisclosure(details: HTMLDetailsElement, wideQuery: string): void {
  const wide = matchMedia(wideQuery);
  const sync = () => (details.open = wide.matches);
  wide.addEventListener('change', sync);
  sync();
  details.addEventListener('click', (event) => {
    if (!wide.matches && (event.target as Element).closest('a')) details.open = false;
  });
  // Tabbing out of the open panel closes it, so focus never lands on the page hidden behind it.
  details.addEventListener('focusout', (event) => {
    const to = event.relatedTarget;
    if (!wide.matches && to instanceof Node && !details.contains(to)) details.open = false;
  });
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || wide.matches || !details.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  });
}

/** The copy-link button is one element, created by copy-link.ts on the first hover or focus of an anchored item. */
function setupCopyLinks(): void {
  if (!('clipboard' in navigator)) return;
  const events = ['pointerover', 'focusin'] as const;
  const start = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.anchored, .anchor-link')) return;
    for (const e of events) removeEventListener(e, start, true);
    import('./copy-link.ts').then(
      (m) => m.startCopyLinks(event),
      () => undefined, // Offline or blocked: the link icons still work.
    );
  };
  for (const e of events) addEventListener(e, start, true);
}

const toggle = document.querySelector<HTMLButtonElement>('button[data-theme-toggle]');
if (toggle) setupTheme(toggle);
const menu = document.querySelector<HTMLDetailsElement>('details[data-menu]');
if (menu) setupDisclosure(menu, '(min-width: 50rem)');
const toc = document.querySelector<HTMLDetailsElement>('details[data-toc]');
if (toc) {
  setupDisclosure(toc, '(min-width: 72rem)');
  // The section marker is fetched on the first scroll (or at once on a page opened scrolled), like the copy button.
  const mark = () =>
    void import('./toc-marker.ts').then(
      (m) => m.markCurrentSection(toc),
      () => undefined,
    );
  if (scrollY > 0) mark();
  else addEventListener('scroll', mark, { once: true, passive: true });
}
setupCopyLinks();
// Only a page opened at an anchor, or a later jump to one, fetches the code that follows moved anchors.
const target = () =>
  void (
    location.hash &&
    import('./anchor-target.ts').then(
      (m) => m.openTarget(),
      () => undefined,
    )
  );
target();
addEventListener('hashchange', target);
initSearchTrigger();
