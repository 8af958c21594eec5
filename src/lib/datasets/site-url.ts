import { absoluteUrl } from '../url.ts';
import type { UrlOf } from './definitions.ts';

/** The fallback origin, the same one astro.config.mjs uses when SITE_URL is not set. */
const defaultSite = 'https://django-or-node.example';

/** Absolute URLs on the public origin (Astro's `site`) under the deploy base. */
export function siteUrlOf(site: URL | string | undefined, base: string): UrlOf {
  const origin = site ? String(site) : defaultSite;
  return (path) => absoluteUrl(origin, base, path);
}
