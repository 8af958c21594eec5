import type { PfFragment } from './types.ts';

/** What the site knows about an anchor from its data: the result type and the sources (display names). */
export interface AnchorInfo {
  type?: string;
  sources: string[];
}

/** One result as the search UI shows it: a section of a page, linked by its anchor. */
export interface SearchHit {
  /** Link to the section, with highlight parameters. */
  url: string;
  /** Page title. */
  page: string;
  /** Section heading; absent when the match is in the page's opening, before any heading. */
  section?: string;
  /** Pagefind's excerpt: escaped text with <mark> around matched terms (render with excerptParts). */
  excerpt: string;
  type?: string;
  sources: string[];
  score: number;
}

/**
 * How much each signal counts. Pagefind ranks pages; a page holds many sections, so sections are re-ranked:
 * the page's rank, the strength of the matches inside the section (heading words already weigh more there),
 * how much of the query the section's heading covers, an exact heading match (an FAQ question typed in full),
 * and a small bonus for sections that set several sources side by side.
 */
export const rankWeights = { page: 1, section: 2, heading: 2, exact: 4, multiSource: 0.75 } as const;

/** Lower-case words without accents or punctuation: "Node.js: fast?" -> ["node", "js", "fast"]. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Same word, allowing simple endings either way ("start" / "starts", "bench" / "benchmarks"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/** Share of the query's words found in a heading, 0-1. */
export function headingCoverage(heading: string, query: string): number {
  const q = words(query);
  if (!q.length) return 0;
  const h = words(heading);
  return q.filter((w) => h.some((hw) => sameWord(w, hw))).length / q.length;
}

/** Whether a heading says exactly what was typed, ignoring case, accents and punctuation. */
export function isExactHeading(heading: string, query: string): boolean {
  const q = words(query).join(' ');
  return q.length > 0 && words(heading).join(' ') === q;
}

export interface RankInput {
  /** Pagefind's page score. */
  score: number;
  data: PfFragment;
}

export interface RankOptions {
  query: string;
  /** Data about an anchor, by the result's URL; undefined when the site has none for it. */
  anchorInfo?: (url: string) => AnchorInfo | undefined;
  /** Most results returned. */
  limit?: number;
  /** Most results from one page, so one long page cannot fill the list. */
  perPage?: number;
}

/**
 * Flattens Pagefind's page results into section results and ranks them (see rankWeights). Each result takes its
 * type and sources from the anchor's data when known, else from the page's meta and filters.
 */
export function rankSections(pages: readonly RankInput[], options: RankOptions): SearchHit[] {
  const { query, anchorInfo, limit = 30, perPage = 8 } = options;
  const topPage = Math.max(0, ...pages.map((p) => p.score)) || 1;
  const all = pages.flatMap((p, pageIndex) =>
    p.data.sub_results.map((sub, subIndex) => ({
      p,
      sub,
      order: pageIndex * 1000 + subIndex,
      strength: sub.weighted_locations.reduce((n, l) => n + l.balanced_score, 0),
    })),
  );
  const strongest = Math.max(0, ...all.map((s) => s.strength)) || 1;
  const seen = new Set<string>();
  const perPageCount = new Map<string, number>();
  const hits = all
    .map(({ p, sub, order, strength }) => {
      const info = anchorInfo?.(sub.url);
      const pageTitle = p.data.meta['title'] ?? '';
      const heading = sub.anchor ? sub.title : pageTitle;
      const sources = info?.sources ?? p.data.filters['source'] ?? [];
      const score =
        rankWeights.page * (p.score / topPage) +
        rankWeights.section * (strength / strongest) +
        rankWeights.heading * headingCoverage(heading, query) +
        (isExactHeading(heading, query) ? rankWeights.exact : 0) +
        (info && info.sources.length > 1 ? rankWeights.multiSource : 0);
      const type = info?.type ?? p.data.meta['type'];
      const hit: SearchHit = {
        url: sub.url,
        page: pageTitle,
        excerpt: sub.excerpt,
        sources,
        score: Math.round(score * 1000) / 1000,
        ...(sub.anchor ? { section: sub.title } : {}),
        ...(type ? { type } : {}),
      };
      return { hit, order, pageUrl: p.data.url };
    })
    .sort((a, b) => b.hit.score - a.hit.score || a.order - b.order);
  const out: SearchHit[] = [];
  for (const { hit, pageUrl } of hits) {
    const n = perPageCount.get(pageUrl) ?? 0;
    if (seen.has(hit.url) || n >= perPage) continue;
    seen.add(hit.url);
    perPageCount.set(pageUrl, n + 1);
    out.push(hit);
    if (out.length >= limit) break;
  }
  return out;
}
