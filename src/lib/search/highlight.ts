/** Query parameter that carries the search terms to a result page, one parameter per term. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Longest term we highlight; anything longer is noise from a hand-edited address. */
const MAX_TERM = 64;
/** Most terms we highlight; a hand-made address with hundreds of terms must not stall the page. */
const MAX_TERMS = 12;

/** Words too common to be worth marking on a page ("is", "than"); kept when a query has nothing else. */
const STOP = new Set(
  'a an and are as at be but by can do does for from has have how i if in into is it its me my no not of on or our should so than that the their them then there these they this to us vs was we what when where which who why will with would you your'.split(
    ' ',
  ),
);

/**
 * The terms of a query worth marking on the result page: the words as typed, without surrounding punctuation
 * ("Django?" -> "Django", "Node.js" stays), de-duplicated, common words dropped unless nothing else is left.
 */
export function termsToHighlight(query: string): string[] {
  const all = query
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const byKey = new Map<string, string>();
  for (const w of all) if (!byKey.has(w.toLowerCase())) byKey.set(w.toLowerCase(), w);
  const unique = [...byKey.values()];
  const kept = unique.filter((w) => !STOP.has(w.toLowerCase()));
  return (kept.length ? kept : unique).slice(0, MAX_TERMS);
}

/** A result link that carries the terms to mark, one parameter per term, before the #anchor. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (!terms.length) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const params = new URLSearchParams(terms.map((t) => [HIGHLIGHT_PARAM, t]));
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${fragment}`;
}

/** The terms to highlight in an address's query string, trimmed, de-duplicated and capped. */
export function highlightTerms(search: string): string[] {
  const terms = new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t.length <= MAX_TERM);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/**
 * The address without its highlight parameters (path, other parameters and hash kept), for
 * history.replaceState, or undefined when there is nothing to remove.
 */
export function withoutHighlight(href: string): string | undefined {
  const url = new URL(href);
  if (!url.searchParams.has(HIGHLIGHT_PARAM)) return undefined;
  url.searchParams.delete(HIGHLIGHT_PARAM);
  return url.href.replace(/\?(?=#|$)/, '');
}

/**
 * A pattern matching any of the terms at the start of a word ("start" marks "start" and "startup", not
 * "restart"), longest first, case- and accent-insensitive enough for English. Undefined without terms.
 */
export function highlightPattern(terms: readonly string[]): RegExp | undefined {
  const escaped = [...terms]
    .filter((t) => t.trim())
    .sort((a, b) => b.length - a.length)
    .map((t) => escapeRegExp(t.trim()));
  return escaped.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu') : undefined;
}

/**
 * A term as a literal pattern under the `u` flag. That flag allows escaping syntax characters only, so "-" (and
 * every other character) stays as it is: "real-time", "node.js", "[x]" and emoji all match literally.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** A text split into plain and matched runs; the matched runs become <mark> elements on the page. */
export function splitMatches(text: string, pattern: RegExp): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    if (!m[0]) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
