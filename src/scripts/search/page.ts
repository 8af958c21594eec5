// The /search/ page with JavaScript: runs the search in the address (?q=…&type=…), keeps the address in step
// as the reader types or filters (so it can be shared), and leaves the browse lists below as they are.
import '../../styles/search.css';
import { parseSearchState, searchStateQuery } from '../../lib/search/query-state.ts';
import { mountSearch } from './ui.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
const mount = root?.querySelector<HTMLElement>('[data-search-results]');
if (root && input && mount) {
  for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;
  const ui = mountSearch(mount, {
    idPrefix: 'search-page',
    input,
    initial: parseSearchState(location.search),
    onChange: (state) => {
      const next = `${location.pathname}${searchStateQuery(state)}${location.hash}`;
      if (next !== `${location.pathname}${location.search}${location.hash}`)
        history.replaceState(history.state, '', next);
    },
  });
  if (!input.value) ui.focus();
}
