import { absoluteUrl, DEFAULT_SITE } from '../url.ts';
import type { UrlOf } from './definitions.ts';

/** Absolute URLs on the public origin (Astro's `site`) under the deploy base. */
export function siteUrlOf(site: URL | string | undefined, base: string): UrlOf {
  const origin = site ? String(site) : DEFAULT_SITE;
  return (path) => absoluteUrl(origin, base, path);
}
