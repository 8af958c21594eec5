import type { Favours } from '../../schemas/index.ts';
import { paths } from '../routes.ts';
import { leaningLabel, sourceKindLabel } from '../source-summary.ts';
import type { ViewContext } from './context.ts';

/** One source on /sources/: the overview row and its verdict card. */
export interface SourceSummaryView {
  id: string;
  href: string;
  short: string;
  title: string;
  anchorLabel: string;
  kind: string;
  publisher?: string;
  newest: number;
  leaning: { value: Favours; label: string };
  claims: number;
  verdict: string;
}

/** /sources/: every source with its kind, publisher, age, leaning, claim count and verdict. */
export function sourcesIndexView(ctx: ViewContext): { sources: SourceSummaryView[] } {
  const { kb } = ctx;
  return {
    sources: kb.sources.map((s) => ({
      id: s.id,
      href: ctx.href(paths.source(s.id)),
      short: s.short,
      title: s.title,
      anchorLabel: `${s.short} in the overview`,
      kind: sourceKindLabel[s.kind],
      ...(s.publisher ? { publisher: s.publisher } : {}),
      newest: s.newestYearCited,
      leaning: { value: s.leaning, label: leaningLabel[s.leaning] },
      claims: kb.claims.filter((c) => c.source === s.id).length,
      verdict: s.verdict,
    })),
  };
}
