import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/datasets/site-files.ts';
import { absoluteHref } from '../data/href.ts';

/** /robots.txt: allow everything and name the sitemap. Crawlers read it only at the origin root. */
export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteHref), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
