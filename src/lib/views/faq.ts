import type { Faq } from '../../schemas/index.ts';
import { recordPath } from '../routes.ts';
import { groupBy } from '../collections.ts';
import type { Link, ViewContext } from './context.ts';
import { claimLinks, sourceBadge, topicLinks, type SourceBadgeView } from './links.ts';

/** One FAQ: question, source, verdict, our answer and the claims behind it. */
export interface FaqItemView {
  id: string;
  question: string;
  reconstructed: boolean;
  badge: SourceBadgeView;
  favours: Faq['favours'];
  topics: Link[];
  anchorLabel: string;
  answer: string;
  claims: Link[];
}

/** /faq/: the questions grouped by their first topic, in topic order. */
export interface FaqPageView {
  jsonLd: Record<string, unknown>;
  count: number;
  sourceCount: number;
  /** Questions we wrote for answers the source printed without one. */
  reconstructed: number;
  toc: { id: string; label: string }[];
  groups: { anchor: string; title: string; faqs: FaqItemView[] }[];
}

/** One FAQ as /faq/ shows it. */
export function faqItemView(ctx: ViewContext, faq: Faq): FaqItemView {
  return {
    id: faq.id,
    question: faq.question,
    reconstructed: faq.reconstructed,
    badge: sourceBadge(ctx, faq.source, faq.locator),
    favours: faq.favours,
    topics: topicLinks(ctx, faq.topics),
    anchorLabel: `question: ${faq.question}`,
    answer: faq.answer,
    claims: claimLinks(ctx, faq.claims),
  };
}

/** Every FAQ grouped by topic, with the page's FAQPage JSON-LD. */
export function faqPageView(ctx: ViewContext): FaqPageView {
  const { kb } = ctx;
  const byTopic = groupBy(kb.faqs, (f) => f.topics[0] ?? '');
  const groups = ctx.lookup.topicsInOrder.flatMap((topic) => {
    const faqs = byTopic.get(topic.id);
    return faqs ? [{ topic, faqs }] : [];
  });
  const anchorOf = (topic: string) => `topic-${topic}`;
  const sources = kb.sources.map((s) => s.id).filter((id) => kb.faqs.some((f) => f.source === id));
  return {
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      name: 'Django or Node.js: frequently asked questions',
      mainEntity: groups.flatMap((g) =>
        g.faqs.map((f) => ({
          '@type': 'Question',
          name: f.question,
          url: ctx.absoluteHref(recordPath.faq(f)),
          acceptedAnswer: { '@type': 'Answer', text: f.answer },
        })),
      ),
    },
    count: kb.faqs.length,
    sourceCount: sources.length,
    reconstructed: kb.faqs.filter((f) => f.reconstructed).length,
    toc: groups.map((g) => ({ id: anchorOf(g.topic.id), label: `${g.topic.title} (${g.faqs.length})` })),
    groups: groups.map((g) => ({
      anchor: anchorOf(g.topic.id),
      title: g.topic.title,
      faqs: g.faqs.map((f) => faqItemView(ctx, f)),
    })),
  };
}
