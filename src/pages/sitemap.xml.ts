import type { APIRoute } from 'astro';
import { getKb } from '../data/kb.ts';
import { sitePages } from '../lib/datasets/site-pages.ts';
import { sitemapXml } from '../lib/datasets/site-files.ts';
import { siteUrlOf } from '../lib/datasets/site-url.ts';

/** /sitemap.xml: every canonical page from the one route list. */
export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(sitePages(await getKb()), siteUrlOf(site, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
