import { paths, recordPath } from '../routes.ts';
import type { ViewContext } from './context.ts';

/** The fixed pages prose may link to, with the name a link to them gets by default. */
const pages = {
  home: { path: paths.home, name: 'home page' },
  compare: { path: paths.compare, name: 'comparison matrix' },
  topics: { path: paths.topics, name: 'topics' },
  benchmarks: { path: paths.benchmarks, name: 'benchmarks page' },
  faq: { path: paths.faq, name: 'FAQ' },
  whenNot: { path: paths.whenNot, name: 'when-not page' },
  calculators: { path: paths.calculators, name: 'calculators' },
  cost: { path: paths.cost, name: 'cost calculator' },
  sources: { path: paths.sources, name: 'sources' },
  data: { path: paths.data, name: 'open data' },
} as const;

/** What a link from prose points at: exactly one of these. */
export interface RefTarget {
  source?: string;
  claim?: string;
  /** Table row as "table-id/row-id". */
  row?: string;
  dimension?: string;
  topic?: string;
  /** A site page by its name in `paths`, e.g. "benchmarks", "faq", "whenNot". */
  page?: keyof typeof pages;
  /** With `page`: an anchor on that page (checked by the site's link test, not here). */
  anchor?: string;
}

/** A checked link from prose: where it goes and the target's own name (the text when prose gives none). */
export interface RefView {
  href: string;
  name: string;
}

/**
 * Resolves a link from prose (a walkthrough, the home page) to a record elsewhere. The id is checked at build time,
 * so prose never links to something that is not there; `where` names the page in the error.
 */
export function refView(ctx: ViewContext, target: RefTarget, where: string): RefView {
  const { lookup } = ctx;
  const fail = (what: string): never => {
    throw new Error(`Ref in ${where}: ${what} does not exist; check the id against content/.`);
  };
  const at = (path: string, name: string): RefView => ({ href: ctx.href(path), name });
  const { source, claim, row, dimension, topic, page, anchor } = target;
  if (source) {
    const s = lookup.source(source) ?? fail(`source "${source}"`);
    return at(paths.source(s.id), s.short);
  }
  if (claim) {
    const c = lookup.claim(claim) ?? fail(`claim "${claim}"`);
    return at(recordPath.claim(c), lookup.sourceShort(c.source));
  }
  if (row) {
    const [tableId = '', rowId = ''] = row.split('/');
    const t = lookup.table(tableId) ?? fail(`table "${tableId}"`);
    if (!t.rows.some((r) => r.id === rowId)) fail(`row "${rowId}" of table "${tableId}"`);
    return at(recordPath.row(t, rowId), t.title);
  }
  if (dimension) {
    const d = lookup.dimension(dimension) ?? fail(`dimension "${dimension}"`);
    return at(recordPath.dimension(d), d.title);
  }
  if (topic) {
    const t = lookup.topic(topic) ?? fail(`topic "${topic}"`);
    return at(paths.topic(t.id), t.title);
  }
  if (page) return at(pages[page].path + (anchor ? `#${anchor}` : ''), pages[page].name);
  throw new Error(`Ref in ${where}: give one of source, claim, row, dimension, topic or page.`);
}
