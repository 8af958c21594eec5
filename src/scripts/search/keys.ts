// Keyboard use of the results: a list of links with one tab stop (roving tabindex). Down from the field enters
// the list, Up/Down/Home/End move inside it, Up from the first result returns to the field, Enter follows the
// focused link natively.
import { nextIndex } from '../../lib/search/roving.ts';

export function wireKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const current = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (current < 0) return;
    const next = nextIndex(event.key, current, all.length);
    if (next === undefined) return;
    event.preventDefault();
    if (next < 0) input.focus();
    else all[next]?.focus();
  });
  list.addEventListener('focusin', (event) => {
    for (const a of links()) a.tabIndex = a === event.target ? 0 : -1;
  });
}
