import type { APIRoute } from 'astro';
import { kb } from '../data/kb.ts';
import { sitePages } from '../lib/datasets/site-pages.ts';
import { sitemapXml } from '../lib/datasets/site-files.ts';
import { absoluteHref } from '../data/href.ts';

/** /sitemap.xml: every canonical page from the one route list. */
export const GET: APIRoute = () =>
  new Response(sitemapXml(sitePages(kb), absoluteHref), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
