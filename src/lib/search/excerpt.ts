/** One run of excerpt text; `mark` runs are the matched search terms. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/** Turns the few entities Pagefind leaves in an excerpt back into characters; anything else stays as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (e) => entities[e] ?? e);
}

/**
 * Splits a Pagefind excerpt into plain and marked runs, so it can be rendered with text nodes and <mark>
 * elements only. Pagefind escapes the page text and adds nothing but <mark> and </mark>; any other tag-like
 * text is kept as literal text, so markup in an excerpt can never become HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>') mark = true;
    else if (token === '</mark>') mark = false;
    else if (token) {
      const text = decodeEntities(token);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** The excerpt as plain text, for labels and tests. */
export function excerptText(excerpt: string): string {
  return excerptParts(excerpt)
    .map((p) => p.text)
    .join('');
}

/** Removes the first `count` characters from a run list, keeping the marks of what is left. */
function dropChars(parts: readonly ExcerptPart[], count: number): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  let left = count;
  for (const p of parts) {
    if (left >= p.text.length) left -= p.text.length;
    else {
      out.push({ text: p.text.slice(left), mark: p.mark });
      left = 0;
    }
  }
  return out;
}

/**
 * An excerpt without the section heading it repeats: results already show the heading as their title, so a
 * leading copy of it (or of its last words, when Pagefind's window starts mid-heading) is dropped. The excerpt is
 * kept whole when little else would remain, or when the heading holds all the marked terms.
 */
export function withoutLeadingTitle(parts: readonly ExcerptPart[], title: string): ExcerptPart[] {
  const text = parts
    .map((p) => p.text)
    .join('')
    .toLowerCase();
  const words = title.toLowerCase().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    if ((i === 0 || tail.length >= 8) && text.startsWith(tail)) {
      const cut = tail.length + (/^[\s.:;,!?…–—-]*/.exec(text.slice(tail.length))?.[0].length ?? 0);
      const rest = dropChars(parts, cut);
      // Keep the heading when it holds every marked term: the excerpt must still show why it matched.
      const keepsMarks = rest.some((p) => p.mark) || !parts.some((p) => p.mark);
      return text.length - cut >= 30 && keepsMarks ? rest : [...parts];
    }
  }
  return [...parts];
}

/** Whether an excerpt's text is only a piece of the title, ignoring case, spacing and the window's ellipses. */
export function repeatsTitle(excerpt: string, title: string): boolean {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/…/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.!?]$/, '');
  const text = norm(excerpt);
  return !text || norm(title).includes(text);
}
