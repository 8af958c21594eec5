import type { WhenNot } from '../../schemas/index.ts';
import type { Link, ViewContext } from './context.ts';
import { claimLinks, sourceBadge, topicLinks, type SourceBadgeView } from './links.ts';

/** One when-not item or myth: the situation and reasoning in our words, its source, topics and claims. */
export interface WhenNotItemView {
  id: string;
  title: string;
  text: string;
  badge: SourceBadgeView;
  topics: Link[];
  claims: Link[];
}

/** /when-not/: advice against each stack, then the myths, each group in source order. */
export interface WhenNotPageView {
  /** Short names of the sources, "A and B". */
  names: string;
  groups: { id: string; title: string; intro: string; items: WhenNotItemView[] }[];
}

function itemView(ctx: ViewContext, item: WhenNot): WhenNotItemView {
  return {
    id: item.id,
    title: item.title,
    text: item.text,
    badge: sourceBadge(ctx, item.source, item.locator),
    topics: topicLinks(ctx, item.topics),
    claims: claimLinks(ctx, item.claims),
  };
}

/** The when-not page's three groups (ids are fixed names, never derived from heading text); empty ones are left out. */
export function whenNotPageView(ctx: ViewContext): WhenNotPageView {
  const { kb } = ctx;
  const sourceOrder = kb.sources.map((s) => s.id);
  const bySource = (a: { source: string }, b: { source: string }) =>
    sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source);
  const pick = (keep: (w: WhenNot) => boolean) =>
    kb.whenNot
      .filter(keep)
      .sort(bySource)
      .map((w) => itemView(ctx, w));
  const sources = sourceOrder.filter((id) => kb.whenNot.some((w) => w.source === id));
  return {
    names: sources.map(ctx.lookup.sourceShort).join(' and '),
    groups: [
      {
        id: 'avoid-django',
        title: 'When not to use Django',
        intro: 'Situations in which a source advises against Django, with the reason it gives.',
        items: pick((w) => w.kind === 'avoid-when' && w.avoid === 'django'),
      },
      {
        id: 'avoid-node',
        title: 'When not to use Node.js',
        intro: 'Situations in which a source advises against Node.js, with the reason it gives.',
        items: pick((w) => w.kind === 'avoid-when' && w.avoid === 'node'),
      },
      {
        id: 'myths',
        title: 'Myths: weak reasons to pick a stack',
        intro:
          'Popular arguments for one stack that a source examines and rejects. Each title names the belief, not a fact.',
        items: pick((w) => w.kind === 'myth'),
      },
    ].filter((g) => g.items.length > 0),
  };
}
