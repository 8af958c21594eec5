// The only script every content page loads before interaction. Keep it tiny (budget: 3 KB gzip with search trigger).
// It wires the theme toggle and copy-link buttons; the search code itself loads on intent (see search-trigger.ts).
import { initSearchTrigger } from './search-trigger.ts';

const root = document.documentElement;

function setupThemeToggle(button: HTMLButtonElement): void {
  const isDark = () =>
    root.dataset['theme'] === 'dark' || (!root.dataset['theme'] && matchMedia('(prefers-color-scheme: dark)').matches);
  const render = () => button.setAttribute('aria-pressed', String(isDark()));
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    render();
  });
}

function setupCopyLinks(): void {
  if (!('clipboard' in navigator)) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const href = button.dataset['copyLink'] ?? '';
      const url = new URL(href, location.href).href;
      navigator.clipboard.writeText(url).then(
        () => announce(button, 'Link copied'),
        () => announce(button, 'Copy failed; use the # link'),
      );
    });
  }
}

function announce(button: HTMLButtonElement, text: string): void {
  const icon = [...button.childNodes];
  button.textContent = text;
  setTimeout(() => {
    button.replaceChildren(...icon);
  }, 1500);
}

/** A linked <details> opens when its anchor is the target, on load and on later hash changes. */
function openTargetDetails(): void {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape in a hand-typed address: look the raw text up instead.
  }
  const moved = document.getElementById('main')?.dataset['anchorAliases'];
  const target = !id || document.getElementById(id) || !moved ? id : ((JSON.parse(moved) as Record<string, string>)[id] ?? id);
  // A published anchor that moved: follow its declared alias so old links keep landing on the right item.
  if (target !== id) location.replace(`#${target}`);
  const el = target ? document.getElementById(target) : null;
  const details = el?.closest('details');
  if (details && !details.open) {
    details.open = true;
    el?.scrollIntoView();
  }
}

const toggle = document.querySelector<HTMLButtonElement>('button[data-theme-toggle]');
if (toggle) setupThemeToggle(toggle);
setupCopyLinks();
openTargetDetails();
addEventListener('hashchange', openTargetDetails);
initSearchTrigger();
