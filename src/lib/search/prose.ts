import { parse } from 'node-html-parser';
import type { ProseSection } from './records.ts';

/** A page whose long-form prose is indexed by section (a source walkthrough). */
export interface ProsePage {
  /** Base-relative path, "/sources/trio/". */
  path: string;
  /** Shown on results, "Trio walkthrough". */
  page: string;
  sources: string[];
}

/** Elements whose text is a paragraph of its own. */
const BLOCKS = 'p, li, dt, dd, blockquote, h3, h4, td, th, figcaption';

/** Collapses runs of white space, so text from several elements reads as one paragraph. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The prose sections of a built walkthrough: each `section.source-section` with its h2 id becomes one entry, its
 * text our summary of the source's section and the walkthrough's own prose. Records rendered in the section
 * (claims, tables, adopters…) are indexed as records of their own, so they are left out here, as are the
 * permalink tools and labels.
 */
export function proseSections(html: string, page: ProsePage): ProseSection[] {
  const root = parse(html);
  const out: ProseSection[] = [];
  for (const section of root.querySelectorAll('section.source-section')) {
    const heading = section.querySelector('h2[id]');
    const id = heading?.getAttribute('id');
    if (!heading || !id) continue;
    const summary = section.querySelector('.section-summary');
    summary?.querySelector('.label')?.remove();
    // Paragraphs and items end with a space: the built HTML has none between "</p><p>", so their words would glue.
    for (const block of section.querySelectorAll(BLOCKS)) block.insertAdjacentHTML('beforeend', ' ');
    const prose = section.querySelectorAll('.prose').map((p) => squash(p.textContent));
    const text = [summary ? squash(summary.textContent) : '', ...prose].filter(Boolean).join(' ');
    if (!text) continue;
    out.push({
      url: `${page.path}#${id}`,
      title: squash(heading.textContent),
      text,
      page: page.page,
      sources: page.sources,
    });
  }
  return out;
}
