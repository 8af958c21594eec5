// DOM for search results and filters. Text goes in with textContent only; excerpts become text nodes and
// <mark> elements (see excerptParts), so nothing from the index is ever parsed as HTML.
import { excerptParts, repeatsTitle, withoutLeadingTitle } from '../../lib/search/excerpt.ts';
import { splitMatches } from '../../lib/search/highlight.ts';
import type { SearchHit } from '../../lib/search/results.ts';
import { filterLabels, filterOptions, type FilterKey, type FilterState } from '../../lib/search/filters.ts';

/** Creates an element with a class and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends text to a node, with the runs that match `pattern` in <mark> (text nodes only, never HTML). */
function appendMarked(node: HTMLElement, text: string, pattern: RegExp | undefined): void {
  for (const part of pattern ? splitMatches(text, pattern) : [{ text, mark: false }])
    node.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
}

/** One result: a link named by the record's title, described by its excerpt, type, source and page. */
export function renderHit(hit: SearchHit, id: string, pattern: RegExp | undefined): HTMLLIElement {
  const li = el('li', 'search-hit');
  const link = el('a', 'search-hit-link');
  link.href = hit.url;
  link.tabIndex = -1;
  const title = el('span', 'search-hit-title');
  appendMarked(title, hit.title, pattern);
  link.append(title);
  const excerpt = el('p', 'search-hit-excerpt');
  excerpt.id = `${id}-x`;
  const parts = withoutLeadingTitle(excerptParts(hit.excerpt), hit.title);
  // An excerpt that only repeats part of the title (a claim, an adopter, a pro or con with no other words) is left
  // out: the title already shows it, marked.
  if (!repeatsTitle(parts.map((p) => p.text).join(''), hit.title))
    for (const part of parts)
      excerpt.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  const meta = el('p', 'search-hit-meta');
  meta.id = `${id}-m`;
  if (hit.type) meta.append(el('span', 'badge search-hit-type', hit.type));
  if (hit.sources.length)
    meta.append(
      el('span', 'search-hit-sources', `${hit.sources.length > 1 ? 'Sources' : 'Source'}: ${hit.sources.join(', ')}`),
    );
  if (hit.page) meta.append(el('span', 'search-hit-page', `On: ${hit.page}`));
  link.setAttribute('aria-describedby', excerpt.textContent ? `${excerpt.id} ${meta.id}` : meta.id);
  li.append(link);
  if (excerpt.textContent) li.append(excerpt);
  li.append(meta);
  return li;
}

/** The filter groups: one fieldset of checkboxes per filter, with record counts. */
export function renderFilters(
  box: HTMLElement,
  counts: Record<string, Record<string, number>>,
  state: FilterState,
  idPrefix: string,
  onToggle: (key: FilterKey, value: string, on: boolean) => void,
): void {
  box.replaceChildren();
  for (const key of Object.keys(filterLabels) as FilterKey[]) {
    const options = filterOptions(key, counts[key], state[key]);
    if (!options.length) continue;
    const set = el('fieldset', 'search-filter');
    const row = el('div', 'search-filter-options');
    set.append(el('legend', undefined, filterLabels[key]), row);
    options.forEach((o, i) => {
      const id = `${idPrefix}-${key}-${i}`;
      const input = el('input');
      input.type = 'checkbox';
      input.id = id;
      input.checked = o.checked;
      input.dataset['filter'] = key;
      input.value = o.value;
      input.addEventListener('change', () => onToggle(key, o.value, input.checked));
      const label = el('label', undefined, o.value);
      label.htmlFor = id;
      label.append(el('span', 'search-filter-count', ` (${o.count})`));
      const option = el('div', 'search-filter-option');
      option.append(input, label);
      row.append(option);
    });
    box.append(set);
  }
}

/** Updates the counts next to existing checkboxes without rebuilding them (keeps focus where it is). */
export function updateFilterCounts(box: HTMLElement, counts: Record<string, Record<string, number>>): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
    const count = counts[input.dataset['filter'] ?? '']?.[input.value] ?? 0;
    const span = input.labels?.[0]?.querySelector('.search-filter-count');
    if (span) span.textContent = ` (${count})`;
  }
}
