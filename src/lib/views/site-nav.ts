import { paths } from '../routes.ts';
import type { ViewContext } from './context.ts';

/** One link of the sidebar. */
export interface NavLink {
  href: string;
  label: string;
  /** "page" on the page itself, "section" on the overview link of the section a page belongs to. */
  current?: 'page' | 'section';
}

/** A labelled group of the sidebar (the site's sections, topics, sources, tools). */
export interface NavGroup {
  id: string;
  label: string;
  links: NavLink[];
}

/** A neighbour in reading order, for the previous/next links at the foot of a topic or source page. */
export interface PagerLink {
  href: string;
  /** "Previous topic", "Next source"… */
  rel: string;
  title: string;
}

export interface PagerView {
  prev?: PagerLink;
  next?: PagerLink;
}

const sections = [
  { path: paths.compare, label: 'Compare' },
  { path: paths.topics, label: 'Topics' },
  { path: paths.benchmarks, label: 'Benchmarks' },
  { path: paths.faq, label: 'FAQ' },
  { path: paths.whenNot, label: 'When not to pick one' },
  { path: paths.sources, label: 'Sources' },
];

const tools = [
  { path: paths.decision, label: 'Decision calculator' },
  { path: paths.cost, label: 'Team cost calculator' },
  { path: paths.calculators, label: 'All calculators' },
  { path: paths.data, label: 'Open data' },
];

/** Topics in their reading order (the `order` field), then sources in the knowledge base's order. */
function sequences(ctx: ViewContext) {
  const topics = [...ctx.kb.topics]
    .sort((a, b) => a.order - b.order)
    .map((t) => ({ path: paths.topic(t.id), label: t.title }));
  const sources = ctx.kb.sources.map((s) => ({ path: paths.source(s.id), label: s.short }));
  return { topics, sources };
}

/**
 * The sidebar of every page: the site's sections, the topics, the sources and the tools. The page itself is marked
 * "page"; on a sub-page (a topic, a source, a calculator) the overview link of its section is marked "section".
 */
export function sidebarView(ctx: ViewContext, path: string): NavGroup[] {
  const { topics, sources } = sequences(ctx);
  /** `overview`: a section's own page, which is "section" for every page under it. */
  const link = (item: { path: string; label: string }, overview = false): NavLink => {
    const current = item.path === path ? 'page' : overview && path.startsWith(item.path) ? 'section' : undefined;
    return { href: ctx.href(item.path), label: item.label, ...(current ? { current } : {}) };
  };
  const overview = (item: { path: string; label: string }) => link(item, true);
  return [
    { id: 'nav-sections', label: 'Overview', links: sections.map(overview) },
    { id: 'nav-topics', label: 'Topics', links: topics.map((t) => link(t)) },
    { id: 'nav-sources', label: 'Sources', links: sources.map((t) => link(t)) },
    { id: 'nav-tools', label: 'Tools', links: tools.map(overview) },
  ];
}

/** Previous and next page of a topic among the topics, or of a source walkthrough among the sources; else empty. */
export function pagerView(ctx: ViewContext, path: string): PagerView {
  const { topics, sources } = sequences(ctx);
  for (const [list, noun] of [
    [topics, 'topic'],
    [sources, 'source'],
  ] as const) {
    const at = list.findIndex((item) => item.path === path);
    if (at < 0) continue;
    const to = (item: { path: string; label: string } | undefined, rel: string) =>
      item
        ? {
            [rel === 'Previous' ? 'prev' : 'next']: {
              href: ctx.href(item.path),
              rel: `${rel} ${noun}`,
              title: item.label,
            },
          }
        : {};
    return { ...to(list[at - 1], 'Previous'), ...to(list[at + 1], 'Next') };
  }
  return {};
}
