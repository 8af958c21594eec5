// The search panel shared by the dialog and the /search/ page: field, filters, status, results.
import { href } from '../../data/href.ts';
import { paths } from '../../lib/routes.ts';
import {
  activeFilterCount,
  droppedNote,
  emptyFilters,
  knownFilters,
  toggleFilter,
  type FilterState,
} from '../../lib/search/filters.ts';
import { searchStateQuery, MAX_QUERY, type SearchState } from '../../lib/search/query-state.ts';
import { allFilters, runSearch } from './engine.ts';
import { el, renderFilters, renderHit, updateFilterCounts } from './render.ts';
import { wireKeys } from './keys.ts';

export interface MountOptions {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** An existing search field to drive (the /search/ page's form); otherwise one is created. */
  input?: HTMLInputElement;
  initial?: SearchState;
  /** Called after every change of query or filters (the page keeps its address in step). */
  onChange?: (state: SearchState) => void;
  /** Show a link to the same search as a full page (in the dialog). */
  pageLink?: boolean;
}

function createField(root: HTMLElement, id: string): HTMLInputElement {
  const form = el('form', 'search-form');
  form.setAttribute('role', 'search');
  form.action = href(paths.search);
  const label = el('label', 'search-label', 'Search the knowledge base');
  label.htmlFor = id;
  const input = el('input', 'search-input');
  Object.assign(input, { id, type: 'search', name: 'q', autocomplete: 'off', spellcheck: false, maxLength: MAX_QUERY });
  input.placeholder = 'e.g. cold start, senior hourly rate';
  form.append(label, input);
  root.append(form);
  return input;
}

/** Builds the panel inside `root` and returns a way to focus its field. */
export function mountSearch(root: HTMLElement, options: MountOptions): { focus: () => void } {
  const { idPrefix } = options;
  let state: SearchState = options.initial ?? { q: '', filters: emptyFilters() };
  const input = options.input ?? createField(root, `${idPrefix}-q`);
  input.value = state.q;
  const filters = el('details', 'search-filters');
  const summary = el('summary', undefined, 'Filters');
  const active = el('span', 'search-filter-active');
  summary.append(active);
  const groups = el('div', 'search-filter-groups');
  const clear = el('button', 'button search-filter-clear', 'Clear filters');
  clear.type = 'button';
  filters.append(summary, groups, clear);
  const note = el('p', 'search-note');
  note.hidden = true;
  const status = el('p', 'search-status');
  status.id = `${idPrefix}-status`;
  status.setAttribute('role', 'status');
  const error = el('div', 'search-error');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const list = el('ol', 'search-results');
  list.id = `${idPrefix}-results`;
  list.setAttribute('aria-label', 'Search results');
  const pageLink = el('a', 'search-page-link', 'Open this search as a page you can share');
  pageLink.hidden = true;
  root.append(filters, note, status, error, list, pageLink);
  input.setAttribute('aria-describedby', status.id);
  input.setAttribute('aria-controls', list.id);

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shownFor = '';

  const toggle = (key: keyof FilterState, value: string, on: boolean) => {
    state = { ...state, filters: toggleFilter(state.filters, key, value, on) };
    schedule(0);
  };
  const drawFilters = (counts: Record<string, Record<string, number>>) =>
    renderFilters(groups, counts, state.filters, idPrefix, toggle);

  function showError(): void {
    const faq = el('a', undefined, 'the FAQ');
    faq.href = href(paths.faq);
    const topics = el('a', undefined, 'the topics');
    topics.href = href(paths.topics);
    const p = el(
      'p',
      undefined,
      'Search is not available right now: the search index could not be loaded. Try again later, or browse ',
    );
    p.append(faq, ' and ', topics, '.');
    error.replaceChildren(p);
    error.hidden = false;
    filters.hidden = true;
    pageLink.hidden = true;
    status.textContent = '';
    list.replaceChildren();
  }

  async function run(): Promise<void> {
    const id = ++seq;
    const q = state.q;
    const n = activeFilterCount(state.filters);
    active.textContent = n ? ` (${n} on)` : '';
    clear.hidden = n === 0;
    pageLink.href = href(paths.search) + searchStateQuery(state);
    pageLink.hidden = !options.pageLink || !q;
    options.onChange?.(state);
    try {
      if (!q) {
        list.replaceChildren();
        shownFor = '';
        status.textContent = 'Type a question or a few words; results appear as you type.';
        updateFilterCounts(groups, await allFilters());
        return;
      }
      status.textContent = 'Searching…';
      const outcome = await runSearch(q, state.filters);
      if (id !== seq) return;
      error.hidden = true;
      filters.hidden = false;
      list.replaceChildren(...outcome.hits.map((h, i) => renderHit(h, `${idPrefix}-hit-${i}`)));
      links()[0]?.setAttribute('tabindex', '0');
      shownFor = q;
      updateFilterCounts(groups, outcome.counts);
      const count = outcome.hits.length;
      const withFilters = n ? ` with ${n} filter${n > 1 ? 's' : ''}` : '';
      const where = `${outcome.pages} page${outcome.pages > 1 ? 's' : ''}`;
      status.textContent = count
        ? `${count} result${count > 1 ? 's' : ''} on ${where} for “${q}”${withFilters}. Press the down arrow to move to them.`
        : `No results for “${q}”${withFilters}. Try other or fewer words${n ? ', or clear the filters' : ''}.`;
    } catch {
      if (id === seq) showError();
    }
  }

  function schedule(delay = 150): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  }

  input.addEventListener('input', () => {
    state = { ...state, q: input.value.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY) };
    schedule();
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = links()[0];
    if (first && shownFor === state.q) location.assign(first.href);
    else schedule(0);
  });
  wireKeys(input, list);
  clear.addEventListener('click', () => {
    state = { ...state, filters: emptyFilters() };
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    input.focus();
    schedule(0);
  });

  // Filter values from a link are checked against the index first: unknown ones are dropped, with a note.
  allFilters().then((counts) => {
    const { state: known, dropped } = knownFilters(state.filters, counts);
    if (dropped.length) {
      state = { ...state, filters: known };
      note.textContent = droppedNote(dropped);
      note.hidden = false;
    }
    drawFilters(counts);
    void run();
  }, showError);
  return {
    focus: () => {
      input.focus();
      input.select();
    },
  };
}
