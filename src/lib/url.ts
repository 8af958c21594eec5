/** Public origin used when SITE_URL is not set (astro.config.mjs); a placeholder, so set SITE_URL to deploy. */
export const DEFAULT_SITE = 'https://django-or-node.example';

/**
 * Prefixes a site path ("/faq/", "/faq/#x", "data/claims.json") with the deploy base ("/" or "/kb/"),
 * never doubling or dropping a slash.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Absolute URL of a site path on the public origin, e.g. for canonical links and data downloads. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
