import { DEFAULT_SITE, withBase } from '../lib/url.ts';
import { siteUrlOf } from '../lib/datasets/site-url.ts';

/**
 * The deploy base ("/" or, with BASE_PATH, e.g. "/kb/"), read once. This module and astro.config.mjs are the only
 * places that read it; pure code in src/lib receives `href` (or the base) as a parameter. Safe in client scripts too:
 * Vite replaces the value at build time.
 */
export const base: string = import.meta.env.BASE_URL;

/** Public origin the site is built for (SITE_URL, else the placeholder). */
export const site: string = import.meta.env.SITE || DEFAULT_SITE;

/** A site path as a link under the base: href('/faq/#x') -> '/kb/faq/#x'. */
export function href(path: string): string {
  return withBase(base, path);
}

/** A site path as an absolute URL on the public origin, for canonical links, JSON-LD and data downloads. */
export const absoluteHref: (path: string) => string = siteUrlOf(site, base);
