import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/datasets/site-files.ts';
import { siteUrlOf } from '../lib/datasets/site-url.ts';

/** /robots.txt: allow everything and name the sitemap. Crawlers read it only at the origin root. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(siteUrlOf(site, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
