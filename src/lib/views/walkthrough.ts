import type { ReviewedCandidate } from '../synthesis/index.ts';
import type { Source } from '../../schemas/index.ts';
import { paths } from '../routes.ts';
import { joinWords, plural } from '../text.ts';
import { unique } from '../collections.ts';
import { ageLabel, leaningLabel, sourceKindLabel } from '../source-summary.ts';
import type { Link, ViewContext } from './context.ts';
import { claimView, tableView, type ClaimView, type TableView } from './claims.ts';
import { conflictLink } from './conflicts.ts';
import { refView, type RefTarget, type RefView } from './refs.ts';
import { sectionRecordsView, type SectionRecordsView } from './section-records.ts';
import { pageView, type PageView } from './layout.ts';

/** One section of a walkthrough: heading, the source's summary, its tables, claims and other records. */
export interface SectionView {
  id: string;
  title: string;
  summary: string;
  tables: TableView[];
  claims: ClaimView[];
  records: SectionRecordsView;
}

/** "About this source". */
export interface SourceMetaView {
  kind: string;
  publisher?: string;
  age: string;
  audience: string;
  leaning: { value: Source['leaning']; label: string };
  verdict: string;
  /** "3 passages". */
  omitted: string;
  claimCount: number;
}

/** A reviewed candidate the source takes part in, and what it says there. */
export interface SourceConflictView extends Link {
  /** The candidate id. */
  id: string;
  status: ReviewedCandidate['status'];
  /** The other sources, in words: "against Backend guide". */
  company: string;
  /** What this source says there. */
  here: string;
  /** The first claim of this source it rests on, in place on this page. */
  hereHref?: string;
}

/** A source walkthrough, src/pages/sources/<id>.mdx: the layout's parts, then `section()` and `ref()` for the MDX. */
export interface WalkthroughView {
  id: string;
  /** The layout's head, header and footer: the walkthrough is an MDX page, so its view carries them. */
  page: PageView;
  sourcesHref: string;
  kind: string;
  title: string;
  stance: string;
  meta: SourceMetaView;
  toc: { id: string; label: string }[];
  omitted: string[];
  conflicts: SourceConflictView[];
  others: (Link & { title: string })[];
  /** Section ids in the source's order; the layout checks the MDX body follows it. */
  sectionIds: string[];
  /** A section of this source; throws for an id that is not one. */
  section: (id: string) => SectionView;
  /** A checked link from this walkthrough's prose. */
  ref: (target: RefTarget) => RefView;
}

/**
 * The reviewed candidates this source takes part in: its disagreements, then those reviewed as not comparable, each
 * with what this source says, who holds the same (`holds`) and whom it faces.
 */
function sourceConflicts(ctx: ViewContext, source: string): SourceConflictView[] {
  const { disagreements, notComparable } = ctx.synthesis;
  return [...disagreements, ...notComparable]
    .filter((c) => c.sides.some((s) => s.source === source))
    .map((c) => {
      const own = c.sides.filter((s) => s.source === source);
      const first = own.flatMap((s) => s.records).find((id) => ctx.lookup.claim(id)?.source === source);
      const mine = new Set(own.map((s) => s.holds));
      const others = c.sides.filter((s) => s.source !== source);
      const names = (list: typeof others) => joinWords(unique(list.map((s) => ctx.lookup.sourceShort(s.source))));
      const against = others.filter((s) => s.holds === undefined || !mine.has(s.holds));
      const along = others.filter((s) => !against.includes(s));
      const company =
        c.status === 'disagreement'
          ? [along.length ? `with ${names(along)}` : '', against.length ? `against ${names(against)}` : '']
              .filter(Boolean)
              .join('; ')
          : `beside ${names(others)}`;
      // A not-comparable note is named by what was compared, which keeps the list short.
      const metric = c.metric ? ctx.lookup.metric(c.metric)?.title : undefined;
      const name =
        c.status !== 'disagreement' && metric ? `${metric} (${c.basis === 'ratio' ? 'ratios' : 'figures'})` : c.title;
      return {
        ...conflictLink(ctx, c, name),
        id: c.id,
        status: c.status,
        company,
        here: own.map((s) => s.reading).join('; '),
        ...(first ? { hereHref: `#${first}` } : {}),
      };
    });
}

/** Everything a source walkthrough renders around and inside its MDX body. */
export function walkthroughView(ctx: ViewContext, id: string): WalkthroughView {
  const { kb, href, lookup } = ctx;
  const source = lookup.source(id);
  if (!source) throw new Error(`walkthrough: "${id}" names no source in content/sources/`);
  const claims = kb.claims.filter((c) => c.source === id);
  const path = paths.source(id);
  const kind = sourceKindLabel[source.kind];
  const section = (sectionId: string): SectionView => {
    const s = source.sections.find((x) => x.id === sectionId);
    if (!s) {
      throw new Error(
        `Section: "${sectionId}" is not a section of ${id}; its sections are ${source.sections.map((x) => x.id).join(', ')}`,
      );
    }
    return {
      id: s.id,
      title: s.title,
      summary: s.summary,
      tables: kb.tables.filter((t) => t.source === id && t.locator === s.id).map((t) => tableView(ctx, t)),
      claims: claims.filter((c) => c.locator === s.id).map((c) => claimView(ctx, c, { showSource: false })),
      records: sectionRecordsView(ctx, id, s.id),
    };
  };
  const page = pageView(ctx, {
    title: `${source.short}: source walkthrough`,
    description: `The ${kind.toLowerCase()} source "${source.short}", section by section in our words: its verdict, its age and what we left out.`,
    path,
    ogType: 'article',
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: `${source.short}: a source walkthrough`,
        description: source.stance,
        url: ctx.absoluteHref(path),
        about: [
          { '@type': 'SoftwareApplication', name: 'Django', applicationCategory: 'Web framework' },
          { '@type': 'SoftwareApplication', name: 'Node.js', applicationCategory: 'JavaScript runtime' },
        ],
        citation: {
          '@type': 'CreativeWork',
          name: source.title,
          ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
        },
      },
    ],
  });
  return {
    id,
    page,
    sourcesHref: href(paths.sources),
    kind,
    title: source.title,
    stance: source.stance,
    meta: {
      kind,
      ...(source.publisher ? { publisher: source.publisher } : {}),
      age: ageLabel(source.newestYearCited, Math.max(...kb.sources.map((s) => s.newestYearCited))),
      audience: source.audience,
      leaning: { value: source.leaning, label: leaningLabel[source.leaning] },
      verdict: source.verdict,
      omitted: plural(source.omitted.length, 'passage'),
      claimCount: claims.length,
    },
    toc: [
      { id: 'about-source', label: 'About this source' },
      ...source.sections.map((s) => ({ id: s.id, label: s.title })),
      { id: 'left-out', label: 'What we left out' },
      { id: 'contested', label: 'Where the sources disagree' },
    ],
    omitted: source.omitted,
    conflicts: sourceConflicts(ctx, id),
    others: kb.sources
      .filter((s) => s.id !== id)
      .map((s) => ({ href: href(paths.source(s.id)), text: s.short, title: s.title })),
    sectionIds: source.sections.map((s) => s.id),
    section,
    ref: (target) => refView(ctx, target, `${id}.mdx`),
  };
}
