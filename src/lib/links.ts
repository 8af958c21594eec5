/**
 * The core of our link checker: pure, so it runs on literal inputs in unit tests and on dist/ in the site tests.
 * Paths are the URL paths the site is served at, base included ("/kb/faq/"), so a link that forgets the base fails.
 */

/** What one built page offers and asks for. */
export interface PageLinks {
  /** Every fragment target on the page: element ids and `<a name>` values. */
  ids: readonly string[];
  /** Every URL the page refers to (href, src, action), exactly as written. */
  hrefs: readonly string[];
}

/** The whole built site, as the checker sees it. */
export interface SiteLinks {
  /** URL path of each HTML page ("/kb/faq/" for faq/index.html, "/kb/404.html" for 404.html). */
  pages: ReadonlyMap<string, PageLinks>;
  /** URL paths of the other files (e.g. "/kb/data/claims.json"); links to them are fine, fragments are not checked. */
  files: ReadonlySet<string>;
  /** Deploy base, "/" or e.g. "/kb/". */
  base: string;
  /** Public origin (e.g. "https://example.org"): absolute URLs on it count as internal (canonical, og:url). */
  origin?: string;
}

export type LinkProblemKind = 'missing-page' | 'missing-fragment' | 'non-canonical' | 'outside-base';

/** One broken or non-canonical link, with enough detail to find and fix it. */
export interface LinkProblem {
  /** Page the link is on. */
  page: string;
  /** The link as written. */
  href: string;
  kind: LinkProblemKind;
  /** A sentence saying what is wrong and what would fix it. */
  message: string;
}

const scheme = /^[a-z][a-z\d+.-]*:/i;

/** Turns a URL path into the page it names, or undefined: "/faq/" and "/404.html" are pages as they are. */
function targetKind(site: SiteLinks, path: string): 'page' | 'file' | undefined {
  if (site.pages.has(path)) return 'page';
  if (site.files.has(path)) return 'file';
  return undefined;
}

/** Resolves an internal href against the page it is on; undefined for external and non-navigating URLs. */
function resolve(href: string, page: string, origin: string | undefined): URL | undefined {
  const local = 'http://site.invalid';
  if (origin && (href === origin || href.startsWith(`${origin}/`)))
    return new URL(href.slice(origin.length) || '/', local);
  if (scheme.test(href) || href.startsWith('//')) return undefined;
  return new URL(href, local + page);
}

/** Percent-decodes, keeping the raw text when the encoding is malformed (it then simply matches nothing). */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Checks one href of one page. Returns the problem, or undefined when the link is fine. */
export function checkHref(site: SiteLinks, page: string, href: string): LinkProblem | undefined {
  const url = resolve(href.trim(), page, site.origin);
  if (!url) return undefined;
  const path = decode(url.pathname);
  const problem = (kind: LinkProblemKind, message: string): LinkProblem => ({ page, href, kind, message });
  const kind = targetKind(site, path);
  if (!kind) {
    const canonical = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : `${path}/`;
    if (site.pages.has(canonical)) {
      return problem(
        'non-canonical',
        `"${href}" should point to the canonical form ${canonical} (trailing slash, no index.html).`,
      );
    }
    if (!path.startsWith(site.base)) {
      return problem(
        'outside-base',
        `"${href}" is outside the base ${site.base}; build it with href(path) from src/data/href.ts.`,
      );
    }
    return problem('missing-page', `"${href}" points to ${path}, which is not in the build.`);
  }
  // The URL parser drops an empty fragment, so look at the text: href="#" goes nowhere.
  const hashAt = href.trim().indexOf('#');
  if (kind === 'file' || hashAt === -1) return undefined;
  const id = decode(href.trim().slice(hashAt + 1));
  if (!id || !site.pages.get(path)?.ids.includes(id)) {
    return problem(
      'missing-fragment',
      id ? `"${href}": ${path} has no element with id "${id}".` : `"${href}" has an empty fragment; link to an id.`,
    );
  }
  return undefined;
}

/** Checks every link of every page; problems come in page order, then link order. */
export function checkLinks(site: SiteLinks): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [page, { hrefs }] of site.pages) {
    for (const href of hrefs) {
      const problem = checkHref(site, page, href);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** URL path of a file in dist: "faq/index.html" -> "/kb/faq/", "404.html" -> "/kb/404.html", "data/a.json" -> "/kb/data/a.json". */
export function urlPathOf(file: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + file.replace(/(^|\/)index\.html$/, '$1');
}
