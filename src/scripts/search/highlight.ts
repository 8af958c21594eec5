// Marks the search terms on a page opened from a search result, then removes the highlight parameters from
// the address so a copied link stays clean. Loaded by search-trigger.ts only when the address has them.
import { highlightPattern, highlightTerms, splitMatches, withoutHighlight } from '../../lib/search/highlight.ts';

/** Elements whose text is never marked: controls, the calculators, code-like fields and existing marks. */
const SKIP = 'script, style, textarea, input, select, mark, [hidden], .anchor-tools, .pager, astro-island';
/** Upper bound on marks, so a term like "a" cannot flood a long page. */
const MAX_MARKS = 200;

function highlight(root: Element, pattern: RegExp): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) || !node.nodeValue?.trim()
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let marks = 0;
  for (const node of nodes) {
    if (marks >= MAX_MARKS) break;
    const parts = splitMatches(node.nodeValue ?? '', pattern);
    if (!parts.some((p) => p.mark)) continue;
    const fragment = document.createDocumentFragment();
    for (const part of parts) {
      if (!part.mark) fragment.append(part.text);
      else {
        const mark = document.createElement('mark');
        mark.className = 'search-highlight';
        mark.textContent = part.text;
        fragment.append(mark);
        marks++;
      }
    }
    node.replaceWith(fragment);
  }
  return marks;
}

// The terms are read first and the address cleaned at once, so a term that cannot be marked still leaves a clean link.
const terms = highlightTerms(location.search);
const clean = withoutHighlight(location.href);
if (clean) history.replaceState(history.state, '', clean);
try {
  const pattern = highlightPattern(terms);
  const root = document.querySelector('main');
  if (pattern && root) highlight(root, pattern);
} catch (error) {
  // Marking is a nicety: the page must never break because of it.
  console.warn('Could not mark the search terms on this page.', error);
}
