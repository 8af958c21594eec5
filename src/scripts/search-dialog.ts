// The search dialog: loaded on intent by search-trigger.ts (hover, focus, click or shortcut), never on page load.
// A modal <dialog> keeps focus inside while open; Escape closes it and focus returns to what opened it.
import searchCss from '../styles/search.css?inline';
import { mountSearch } from './search/ui.ts';
import { el } from './search/render.ts';

let dialog: HTMLDialogElement | undefined;

// The dialog's CSS comes with the dialog, not with every page: adopted when this module loads (on intent). A
// constructed stylesheet needs no file and no CSP hash of its own.
const sheet = new CSSStyleSheet();
sheet.replaceSync(searchCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

let panel: { focus: () => void } | undefined;
let opener: Element | null = null;

function createDialog(): HTMLDialogElement {
  const d = el('dialog', 'search-dialog');
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  const head = el('div', 'search-dialog-head');
  const title = el('h2', 'search-dialog-title', 'Search');
  title.id = 'search-dialog-title';
  const close = el('button', 'button search-dialog-close', 'Close');
  close.type = 'button';
  close.setAttribute('aria-keyshortcuts', 'Escape');
  close.addEventListener('click', () => d.close());
  head.append(title, close);
  const body = el('div', 'search-panel');
  const keys = el('p', 'search-keys muted', 'Down and up arrows move through results, Enter opens one, Escape closes.');
  d.append(head, body, keys);
  // Escape always closes, even in a search field that has text (where the browser would first clear it).
  d.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      d.close();
    }
  });
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  d.addEventListener('click', (event) => {
    if (event.target === d) d.close();
  });
  d.addEventListener('close', () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });
  document.body.append(d);
  panel = mountSearch(body, { idPrefix: 'search', pageLink: true });
  return d;
}

/** Opens the search UI; `from` gets focus back when it closes. On the /search/ page its own field is used. */
export function openSearch(from: Element | null): void {
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (pageField) {
    pageField.focus();
    pageField.select();
    return;
  }
  dialog ??= createDialog();
  opener = from;
  if (!dialog.open) dialog.showModal();
  panel?.focus();
}
