import type { KnowledgeBase } from '../content/read.ts';
import { paths } from '../routes.ts';

/** One canonical page of the site, for the sitemap and /llms.txt. */
export interface SitePage {
  /** Base-relative path with a trailing slash. */
  path: string;
  title: string;
  /** One line on what the page offers, in our words. */
  summary: string;
  /** Which group /llms.txt lists it under. */
  group: 'Pages' | 'Sources' | 'Topics' | 'Tools';
}

/** Every canonical page, in reading order: the one route list behind sitemap.xml, robots.txt and llms.txt. */
export function sitePages(kb: Pick<KnowledgeBase, 'sources' | 'topics'>): SitePage[] {
  const page = (path: string, title: string, summary: string, group: SitePage['group'] = 'Pages'): SitePage => ({
    path,
    title,
    summary,
    group,
  });
  const topics = [...kb.topics].sort((a, b) => a.order - b.order);
  return [
    page(paths.home, 'Home', 'What the site is and where to start.'),
    page(paths.compare, 'Compare', 'The comparison matrix: each question with what every source says about it.'),
    page(paths.topics, 'Topics', 'All topics, each with its claims and disagreements.'),
    page(paths.benchmarks, 'Benchmarks', 'Performance figures side by side, with setup and conditions.'),
    page(paths.faq, 'FAQ', 'Common questions answered from the sources.'),
    page(paths.whenNot, 'When not to use a stack', 'Situations in which a source advises against Django or Node.js.'),
    page(paths.sources, 'Sources', 'The source documents, their leanings and what each covers.'),
    ...kb.sources.map((s) => page(paths.source(s.id), s.title, s.stance, 'Sources')),
    ...topics.map((t) => page(paths.topic(t.id), t.title, t.summary, 'Topics')),
    page(paths.calculators, 'Calculators', 'The two calculators and what each one answers.', 'Tools'),
    page(paths.cost, 'Cost calculator', 'Monthly and yearly team cost from the published rate card.', 'Tools'),
    page(
      paths.decision,
      'Decision calculator',
      'Which stack the sources’ guidance points to for a given project.',
      'Tools',
    ),
    page(paths.search, 'Search', 'Full-text search over every page of the site.', 'Tools'),
    page(paths.data, 'Open data', 'Every dataset as JSON and CSV, with JSON Schemas.', 'Tools'),
  ];
}
