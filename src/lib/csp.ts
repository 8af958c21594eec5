import { createHash } from 'node:crypto';

/** The site's fixed CSP directives; Astro adds script-src and style-src with the hashes of each page. */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/** Directives a <meta> CSP cannot carry; hosts send them as headers (public/_headers, the nginx snippet). */
export const HEADER_ONLY = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/** CSP source expression for inline code: `sha256-<base64 digest>`. */
export function sha256Source(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
