import { paths } from '../routes.ts';
import { aliasesForPage } from '../anchors.ts';
import type { ViewContext } from './context.ts';
import { pagerView, sidebarView, type NavGroup, type PagerView } from './site-nav.ts';

/** What a page tells the layout about itself. */
export interface PageOptions {
  /** Page title, without the site name. */
  title: string;
  /** Meta description, one or two sentences. */
  description: string;
  /** Base-relative path of the page, e.g. "/faq/". */
  path: string;
  /** JSON-LD objects for the page (Article, FAQPage…). */
  jsonLd?: Record<string, unknown>[];
  ogType?: 'website' | 'article';
  /** Ask search engines not to index the page (the search page itself, 404): `<meta name="robots">`. */
  noIndex?: boolean;
  /** The 404 page: served at any missing address, so it has no canonical URL. */
  notFound?: boolean;
}

/** Everything src/layouts/Base.astro renders around a page. */
export interface PageView {
  fullTitle: string;
  description: string;
  /** Absent on the 404 page. */
  canonical?: string;
  ogType: 'website' | 'article';
  favicon: string;
  sitemap: string;
  /** JSON-LD blocks, serialised with "<" escaped so no text can close the script element. */
  jsonLd: string[];
  /** Old anchors of this page that moved, as JSON for the page's redirect script; absent when none. */
  moved?: string;
  noIndex: boolean;
  header: {
    home: string;
    search: string;
  };
  /** The site navigation: a left sidebar on wide screens, behind the header's menu button on narrow ones. */
  sidebar: NavGroup[];
  /** Previous and next topic, or source, at the foot of a topic or source page; empty elsewhere. */
  pager: PagerView;
  footer: {
    /** One line per source: the link, then "(publisher, newest year cited …)". */
    sources: { href: string; title: string; note: string }[];
    data: string;
    llms: string;
    sitemap: string;
  };
}

/** The layout view of one page: head, header, sidebar with the current page marked, pager and footer. */
export function pageView(ctx: ViewContext, page: PageOptions): PageView {
  const { href } = ctx;
  const moved = aliasesForPage(ctx.aliases, page.path);
  return {
    fullTitle:
      page.path === paths.home ? 'Django or Node.js? Five comparisons, sourced' : `${page.title} · Django or Node.js?`,
    description: page.description,
    ...(page.notFound ? {} : { canonical: ctx.absoluteHref(page.path) }),
    ogType: page.ogType ?? 'website',
    favicon: href('favicon.svg'),
    sitemap: href('sitemap.xml'),
    jsonLd: (page.jsonLd ?? []).map((o) => JSON.stringify(o).replace(/</g, '\\u003c')),
    ...(Object.keys(moved).length ? { moved: JSON.stringify(moved) } : {}),
    noIndex: page.noIndex ?? false,
    header: {
      home: href(paths.home),
      search: href(paths.search),
    },
    sidebar: sidebarView(ctx, page.path),
    pager: pagerView(ctx, page.path),
    footer: {
      sources: ctx.kb.sources.map((s) => ({
        href: href(paths.source(s.id)),
        title: s.title,
        note: `${s.publisher ? ` (${s.publisher}, ` : ' ('}newest year cited ${s.newestYearCited})`,
      })),
      data: href(paths.data),
      llms: href('llms.txt'),
      sitemap: href('sitemap.xml'),
    },
  };
}
