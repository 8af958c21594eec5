import { tokens } from './typo.ts';
import type { PfFragment } from './types.ts';

/** One result as the search UI shows it: a record at its anchor, or a walkthrough section. */
export interface SearchHit {
  /** Link to the record, with highlight parameters added by the engine. */
  url: string;
  /** The question, the row, the claim: what the reader recognises. */
  title: string;
  /** Pagefind's excerpt of the record's own words: escaped text with <mark> around matched terms. */
  excerpt: string;
  type?: string;
  /** The page it lives on, "FAQ" or "Trio walkthrough". */
  page?: string;
  sources: string[];
}

/** A loaded Pagefind fragment as a result; the title falls back to the address so a result is never blank. */
export function toHit(data: PfFragment): SearchHit {
  const { title, type, page } = data.meta;
  return {
    url: data.url,
    title: title?.trim() || data.url,
    excerpt: data.excerpt,
    sources: data.filters['source'] ?? [],
    ...(type ? { type } : {}),
    ...(page ? { page } : {}),
  };
}

/** Results without repeats of an address already shown (a record is indexed once, but pages of results add up). */
export function withoutRepeats(hits: readonly SearchHit[], shown: ReadonlySet<string> = new Set()): SearchHit[] {
  const seen = new Set(shown);
  return hits.filter((h) => {
    const key = h.url.replace(/[?&]highlight=[^&#]*/g, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * How much a result's score counts by its type, applied to each loaded batch of results. Overviews (a walkthrough
 * section, a topic) mention many things; a record that states the fact should come before them when both match.
 */
export const typeWeights: Readonly<Record<string, number>> = { 'Walkthrough section': 0.7, Topic: 0.8 };

/** Same word, allowing endings either way from four letters ("start" / "startup", "faster" / "fast"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** Share of the query's words that the title holds, 0–1: a question typed in full covers its FAQ's title. */
export function titleCoverage(title: string, words: readonly string[]): number {
  if (!words.length) return 0;
  const inTitle = tokens(title);
  return words.filter((w) => tokens(w).every((t) => inTitle.some((x) => sameWord(t, x)))).length / words.length;
}

/** How much a title that holds every query word adds to a result's score (half as much again). */
export const TITLE_BONUS = 0.5;
/** And a title that is exactly what was typed (an FAQ question in full): three times the score. */
export const EXACT_TITLE = 3;

/**
 * A loaded batch re-ordered by score, times its type weight, times a bonus for the share of the query's words in
 * its title, times EXACT_TITLE when the title is what was `typed`; ties keep Pagefind's order.
 */
export function rankLoaded(
  batch: readonly { score: number; hit: SearchHit }[],
  words: readonly string[] = [],
  typed = '',
): SearchHit[] {
  const exact = tokens(typed).join(' ');
  return batch
    .map((b, i) => ({
      b,
      i,
      s:
        b.score *
        (typeWeights[b.hit.type ?? ''] ?? 1) *
        (1 + TITLE_BONUS * titleCoverage(b.hit.title, words)) *
        (exact && tokens(b.hit.title).join(' ') === exact ? EXACT_TITLE : 1),
    }))
    .sort((x, y) => y.s - x.s || x.i - y.i)
    .map(({ b }) => b.hit);
}
