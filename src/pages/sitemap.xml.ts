import type { APIRoute } from 'astro';
import { getKb } from '../data/kb.ts';
import { sitePages } from '../lib/datasets/site-pages.ts';
import { sitemapXml } from '../lib/datasets/site-files.ts';
import { absoluteHref } from '../data/href.ts';

/** /sitemap.xml: every canonical page from the one route list. */
export const GET: APIRoute = async () =>
  new Response(sitemapXml(sitePages(await getKb()), absoluteHref), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
