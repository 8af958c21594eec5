import type { Favours, Figure } from '../../schemas/index.ts';
import { formatFigure } from '../format.ts';
import { paths, recordPath } from '../routes.ts';
import type { ViewContext } from '../views/context.ts';
import type { RecordType } from './record-types.ts';

export { recordTypes, type RecordType } from './record-types.ts';

/** One entry of the search index: a record at its canonical anchor, with its own words and figures only. */
export interface SearchRecord {
  /** Base-relative canonical address, "/faq/#bg-faq-is-node-faster". One entry per record. */
  url: string;
  /** What a reader recognises: the question, the row, the claim itself; weighs more than the content. */
  title: string;
  /** The title, then the record's words and figures; no chips, badges or labels. */
  content: string;
  type: RecordType;
  /** The page it lives on, e.g. "FAQ" or "Trio walkthrough". */
  page: string;
  /** Source display names. */
  sources: string[];
  /** Topic display names. */
  topics: string[];
  /** Sides the record speaks to: "Django", "Node.js" or both. */
  sides: string[];
}

/** Mostly-prose parts of a page, read from the built HTML (walkthrough sections), indexed by section. */
export interface ProseSection {
  /** Base-relative "path#id". */
  url: string;
  title: string;
  text: string;
  page: string;
  sources: string[];
}

const SIDE = { django: 'Django', node: 'Node.js' } as const;

/** The sides a verdict speaks to: the favoured one, or both for a tie or "it depends". */
function sidesOf(favours: Favours | 'both' | 'us' | undefined): string[] {
  if (favours === 'django' || favours === 'node') return [SIDE[favours]];
  return [SIDE.django, SIDE.node];
}

/** A figure as words: "880,000 req/s Django with ORM (TechEmpower)". */
function figureText(f: Figure): string {
  return `${formatFigure(f)} ${f.subject}${f.qualifier ? ` (${f.qualifier})` : ''}`;
}

/** Joins the non-empty parts into one text, each ending as a sentence. */
function join(...parts: (string | undefined | false)[]): string {
  return parts
    .filter((p): p is string => !!p && !!p.trim())
    .map((p) => p.trim())
    .join('. ')
    .replace(/([.!?])\./g, '$1');
}

/**
 * Every record of the knowledge base as a search entry at its canonical anchor, plus the topic introductions and
 * the conflicts the synthesis found. Walkthrough prose comes from the built pages (proseRecords).
 */
export function searchRecords(ctx: ViewContext): SearchRecord[] {
  const { kb, lookup } = ctx;
  const src = lookup.sourceShort;
  const topicNames = (ids: readonly string[]) => ids.map(lookup.topicTitle);
  const walk = (id: string) => `${src(id)} walkthrough`;
  const out: SearchRecord[] = [];
  // The content opens with the title: Pagefind drops an entry with no content, the excerpt then shows the matched
  // words of a claim or question that has no other text, and (measured on the evaluation set) the title's words
  // counting in the body as well as in the weighted meta title ranks the record that states a fact first.
  const add = (r: SearchRecord) => out.push({ ...r, content: join(r.title, r.content) });

  for (const f of kb.faqs)
    add({
      url: recordPath.faq(f),
      title: f.question,
      content: f.answer,
      type: 'FAQ',
      page: 'FAQ',
      sources: [src(f.source)],
      topics: topicNames(f.topics),
      sides: sidesOf(f.favours),
    });
  for (const c of kb.claims)
    add({
      url: recordPath.claim(c),
      title: c.text,
      content: join(...c.figures.map(figureText), c.context),
      type: 'Claim',
      page: walk(c.source),
      sources: [src(c.source)],
      topics: topicNames(c.topics),
      sides: sidesOf(c.favours),
    });
  for (const t of kb.tables) {
    const [head, ...rest] = t.columns;
    for (const row of t.rows) {
      const claims = row.claims.map((id) => lookup.claim(id)).filter((c) => c !== undefined);
      add({
        url: recordPath.row(t, row.id),
        // The row's own label: the table's title would add "Django" and "Node.js" to every row's weighted words.
        title: (head && row.cells[head.id]) || row.id,
        content: join(...rest.map((col) => row.cells[col.id] && `${col.label}: ${row.cells[col.id] ?? ''}`)),
        type: 'Table row',
        page: `${walk(t.source)}, table “${t.title}”`,
        sources: [src(t.source)],
        topics: topicNames([...new Set(claims.flatMap((c) => c.topics))]),
        sides: sidesOf(row.favours),
      });
    }
  }
  for (const b of kb.benchmarks) {
    const claim = lookup.claim(b.claim);
    add({
      url: recordPath.benchmark(b),
      title: b.title,
      content: join(b.setup, b.conditions, b.winnerNote, ...(claim?.figures.map(figureText) ?? [])),
      type: 'Benchmark',
      page: 'Benchmarks',
      sources: [src(b.source)],
      topics: topicNames(claim?.topics ?? []),
      sides: sidesOf(b.winner),
    });
  }
  for (const w of kb.whenNot)
    add({
      url: recordPath.whenNot(w),
      title: w.title,
      content: w.text,
      type: w.kind === 'myth' ? 'Myth' : 'When not',
      page: 'When not to choose',
      sources: [src(w.source)],
      topics: topicNames(w.topics),
      sides: [SIDE[w.avoid]],
    });
  for (const g of kb.guidance)
    add({
      url: recordPath.sourced(g),
      title: g.title,
      content: join(g.text, ...g.figures.map(figureText)),
      type: 'Guidance',
      page: walk(g.source),
      sources: [src(g.source)],
      topics: topicNames(g.topics),
      sides: sidesOf(g.recommends),
    });
  for (const p of kb.prosCons)
    add({
      url: recordPath.sourced(p),
      title: p.text,
      content: '',
      type: p.kind === 'pro' ? 'Pro' : 'Con',
      page: walk(p.source),
      sources: [src(p.source)],
      topics: topicNames(p.topics),
      sides: [SIDE[p.side]],
    });
  for (const a of kb.adopters)
    add({
      url: recordPath.sourced(a),
      title: `${a.company} uses ${SIDE[a.side]}`,
      content: join(a.usage, a.scale && figureText(a.scale)),
      type: 'Adopter',
      page: walk(a.source),
      sources: [src(a.source)],
      topics: [],
      sides: [SIDE[a.side]],
    });
  for (const h of kb.history)
    add({
      url: recordPath.sourced(h),
      title: h.year ? `${String(h.year)}: ${h.text}` : h.text,
      content: '',
      type: 'History',
      page: walk(h.source),
      sources: [src(h.source)],
      topics: lookup.topic('history') ? topicNames(['history']) : [],
      sides: h.side === 'both' ? sidesOf('tie') : [SIDE[h.side]],
    });
  // Reviewed candidates shown on a topic page: disagreements and not-comparable notes (a consistent one has no
  // anchor of its own). Each side by the source's reading, then the review's note, all in our words.
  for (const c of ctx.synthesis.candidates.filter((x) => x.status !== 'consistent')) {
    add({
      url: recordPath.candidate(c),
      title: c.title,
      content: join(...c.sides.map((s) => `${src(s.source)}: ${s.reading}`), c.note),
      type: c.status === 'disagreement' ? 'Disagreement' : 'Not comparable',
      page: `${lookup.topicTitle(c.topics[0] ?? '')} topic`,
      sources: [...new Set(c.sides.map((s) => src(s.source)))],
      topics: topicNames(c.topics),
      sides: sidesOf('tie'),
    });
  }
  for (const t of kb.topics)
    add({
      url: paths.topic(t.id),
      title: t.title,
      content: join(t.summary, t.intro),
      type: 'Topic',
      page: `${t.title} topic`,
      sources: [],
      topics: [t.title],
      sides: sidesOf('tie'),
    });
  return out;
}

/** Walkthrough prose sections as search entries (see prose.ts, which reads them from the built pages). */
export function proseRecords(prose: readonly ProseSection[]): SearchRecord[] {
  return prose.map((s) => ({
    url: s.url,
    title: s.title,
    content: join(s.title, s.text),
    type: 'Walkthrough section',
    page: s.page,
    sources: s.sources,
    topics: [],
    sides: sidesOf('tie'),
  }));
}

/** The walkthrough pages whose prose is indexed by section. */
export function walkthroughPages(ctx: ViewContext): { path: string; page: string; sources: string[] }[] {
  return ctx.kb.sources.map((s) => ({ path: paths.source(s.id), page: `${s.short} walkthrough`, sources: [s.short] }));
}
