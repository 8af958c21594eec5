import { paths, recordPath } from '../routes.ts';
import { groupBy } from '../collections.ts';
import type { Link, ViewContext } from './context.ts';

/** /search/: the form's target, and everything to browse when search cannot run (no JavaScript). */
export interface SearchPageView {
  action: string;
  /** Questions by the topic they are filed under, topics in order; topics without questions are left out. */
  questions: { id: string; title: string; faqs: (Link & { source: string })[] }[];
  topics: (Link & { summary: string })[];
}

export function searchPageView(ctx: ViewContext): SearchPageView {
  const { kb, href, lookup } = ctx;
  const byTopic = groupBy(kb.faqs, (f) => f.topics[0]);
  return {
    action: href(paths.search),
    questions: lookup.topicsInOrder.flatMap((t) => {
      const faqs = byTopic.get(t.id);
      if (!faqs) return [];
      return [
        {
          id: `questions-${t.id}`,
          title: t.title,
          faqs: faqs.map((f) => ({
            href: href(recordPath.faq(f)),
            text: f.question,
            source: lookup.sourceShort(f.source),
          })),
        },
      ];
    }),
    topics: lookup.topicsInOrder.map((t) => ({ href: href(paths.topic(t.id)), text: t.title, summary: t.summary })),
  };
}
