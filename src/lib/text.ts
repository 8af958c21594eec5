/** Words around numbers and lists: plurals, lists run into a sentence, slugs and short excerpts. */
import { formatNumber } from './format.ts';

/** "1 developer", "3 developers", "1,200 records"; `many` for irregular plurals. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

// British usage, as in the rest of the site's prose: no comma before the "and" ("a, b and c").
let list: Intl.ListFormat | undefined;

/** Joins words as prose: ["a"] -> "a", ["a", "b"] -> "a and b", ["a", "b", "c"] -> "a, b and c". */
export function joinWords(items: readonly string[]): string {
  list ??= new Intl.ListFormat('en-GB', { type: 'conjunction' });
  return list.format(items);
}

/** A lowercase slug of free text, for ids built from a subject: "Instagram on Django" -> "instagram-on-django". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The start of a text cut at a word boundary, with "…" when cut (at most `max` characters before the "…"). */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : clean.slice(0, max)).replace(/[,;:.]$/, '')}…`;
}

/** A clause that turns the one before it around. */
const CONTRAST = /^\s*(?:but|though|although|whereas|while|yet|however|except|unless)\b/i;

/**
 * The start of a text to scan in a list: up to the first clause break (",", ";", ":", a dash or a sentence end) at or
 * after `min` characters, or at most `max` characters cut at a word; "…" when anything is cut. A clause reads as a
 * thought where a cut at a fixed length often stops mid-phrase.
 */
export function teaser(text: string, min: number, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const pattern = /[,;:](?= )| [–—] |\.(?= [A-Z])/g;
  for (const m of clean.matchAll(pattern)) {
    if (m.index > max) break;
    const head = clean.slice(0, m.index);
    // A break inside brackets would leave one open; one before "but", "while"… would drop the half that turns the
    // first around ("npm holds 2 million packages, but many are badly kept").
    const turns = CONTRAST.test(clean.slice(m.index + 1));
    if (m.index >= min && !turns && head.split('(').length === head.split(')').length) return `${head}…`;
  }
  return excerpt(clean, max);
}

/** Code-point order, the same on every machine (unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
