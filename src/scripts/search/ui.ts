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
import { highlightPattern, termsToHighlight } from '../../lib/search/highlight.ts';
import { searchStateQuery, MAX_QUERY, type SearchState } from '../../lib/search/query-state.ts';
import { allFilters, loadEngine, runSearch, type SearchOutcome } from './engine.ts';
import { el, renderFilters, renderHit, updateFilterCounts } from './render.ts';
import { wireKeys } from './keys.ts';

// Not lib/text.ts's plural: that module is shared with the calculators, so the dialog would fetch it as a chunk of
// its own (200 bytes and 500 of response headers) for these two counts.
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

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

/** "Search is not available", with the FAQ and topic links, in place of results. */
function unavailable(): HTMLParagraphElement {
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
  return p;
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
  const correction = el('p', 'search-correction');
  correction.hidden = true;
  const status = el('p', 'search-status');
  status.id = `${idPrefix}-status`;
  status.setAttribute('role', 'status');
  const error = el('div', 'search-error');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const list = el('ol', 'search-results');
  list.id = `${idPrefix}-results`;
  list.setAttribute('aria-label', 'Search results');
  const more = el('button', 'button search-more', 'Show more results');
  more.type = 'button';
  more.hidden = true;
  const pageLink = el('a', 'search-page-link', 'Open this search as a page you can share');
  pageLink.hidden = true;
  root.append(filters, note, correction, status, error, list, more, pageLink);
  input.setAttribute('aria-describedby', status.id);
  input.setAttribute('aria-controls', list.id);

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')];
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shownFor = '';
  let outcome: SearchOutcome | undefined;
  let filtersDrawn = false;

  const toggle = (key: keyof FilterState, value: string, on: boolean) => {
    state = { ...state, filters: toggleFilter(state.filters, key, value, on) };
    schedule(0);
  };
  // Pagefind counts filter values only once their index is loaded (when the filters are opened or used).
  const drawFilters = (counts: Record<string, Record<string, number>>) => {
    if (filtersDrawn) updateFilterCounts(groups, counts);
    else if (Object.keys(counts).length) {
      renderFilters(groups, counts, state.filters, idPrefix, toggle);
      filtersDrawn = true;
    }
  };

  function showError(): void {
    error.replaceChildren(unavailable());
    error.hidden = false;
    filters.hidden = true;
    pageLink.hidden = true;
    correction.hidden = true;
    more.hidden = true;
    status.textContent = '';
    list.replaceChildren();
  }

  function showCorrection(corrected: string | undefined, typed: string): void {
    correction.hidden = !corrected;
    if (!corrected) return;
    const instead = el('a', undefined, typed);
    instead.href = href(paths.search) + searchStateQuery({ ...state, q: typed, exact: true });
    instead.addEventListener('click', (event) => {
      event.preventDefault();
      state = { ...state, exact: true };
      schedule(0);
    });
    correction.replaceChildren(
      'Showing results for ',
      el('strong', undefined, corrected),
      '. Search instead for ',
      instead,
      '.',
    );
  }

  async function run(): Promise<void> {
    const id = ++seq;
    const q = state.q;
    const n = activeFilterCount(state.filters);
    active.textContent = n ? ` (${String(n)} on)` : '';
    clear.hidden = n === 0;
    pageLink.href = href(paths.search) + searchStateQuery(state);
    pageLink.hidden = !options.pageLink || !q;
    options.onChange?.(state);
    try {
      if (!q) {
        list.replaceChildren();
        more.hidden = true;
        correction.hidden = true;
        shownFor = '';
        status.textContent = 'Type a question or a few words; results appear as you type.';
        return;
      }
      status.textContent = 'Searching…';
      const found = await runSearch(q, state.filters, state.exact);
      if (id !== seq) return;
      outcome = found;
      error.hidden = true;
      filters.hidden = false;
      const pattern = highlightPattern(termsToHighlight(found.corrected ?? q));
      list.replaceChildren(...found.hits.map((h, i) => renderHit(h, `${idPrefix}-hit-${String(i)}`, pattern)));
      links()[0]?.setAttribute('tabindex', '0');
      shownFor = q;
      more.hidden = found.hits.length >= found.total;
      drawFilters(found.counts);
      showCorrection(found.corrected, q);
      const withFilters = n ? ` with ${plural(n, 'filter')}` : '';
      const shownFirst = found.total > found.hits.length ? `, the best ${String(found.hits.length)} shown` : '';
      status.textContent = found.total
        ? `${plural(found.total, 'result')} for “${found.corrected ?? q}”${withFilters}${shownFirst}. Press the down arrow to move to them.`
        : `No results for “${q}”${withFilters}. Try other or fewer words${n ? ', or clear the filters' : ''}.`;
    } catch {
      if (id === seq) showError();
    }
  }

  async function showMore(): Promise<void> {
    const id = seq;
    const current = outcome;
    if (!current) return;
    try {
      const extra = await current.more();
      if (id !== seq) return;
      const pattern = highlightPattern(termsToHighlight(current.corrected ?? state.q));
      const start = links().length;
      list.append(...extra.map((h, i) => renderHit(h, `${idPrefix}-hit-${String(start + i)}`, pattern)));
      more.hidden = !extra.length || links().length >= current.total;
      links()[start]?.focus();
    } catch {
      if (id === seq) showError();
    }
  }

  function schedule(delay = 150): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  }

  input.addEventListener('input', () => {
    state = { q: input.value.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY), filters: state.filters };
    schedule();
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = links()[0];
    if (first && shownFor === state.q) location.assign(first.href);
    else schedule(0);
  });
  wireKeys(input, list);
  more.addEventListener('click', () => void showMore());
  clear.addEventListener('click', () => {
    state = { ...state, filters: emptyFilters() };
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    input.focus();
    schedule(0);
  });
  // Before any query, the filter values are loaded only when the reader opens the filters.
  filters.addEventListener('toggle', () => {
    if (filters.open && !filtersDrawn)
      allFilters().then((counts) => {
        drawFilters(counts);
        // Counts for the current query, now that the filter index is there.
        if (state.q) schedule(0);
      }, showError);
  });

  // Opening search is the intent: the engine starts loading now, so the first results come sooner, and a broken
  // index is reported before anything is typed.
  loadEngine().catch(showError);
  if (activeFilterCount(state.filters)) {
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
  } else void run();
  return {
    focus: () => {
      input.focus();
      input.select();
    },
  };
}
