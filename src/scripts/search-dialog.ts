// Placeholder until the search issue lands: the dialog falls back to the full search page.
/** Opens the search UI; `opener` gets focus back when it closes. */
export function openSearch(_opener: Element | null): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  if (link) location.href = link.href;
}
