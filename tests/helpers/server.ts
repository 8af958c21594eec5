import { beforeAll, afterAll } from 'vitest';
import { serve } from '../../scripts/lib/server.ts';

export interface Served {
  origin: string;
  /** Full URL of a base-relative site path. */
  url: (path: string) => string;
}

/** Serves dist/ (or DIST_DIR) for the duration of a test file; returns a handle filled in by beforeAll. */
export function useServer(options: { root?: string; base?: string } = {}): Served {
  const handle: Served = { origin: '', url: () => '' };
  let close: (() => Promise<void>) | undefined;
  const base = options.base ?? '/';
  beforeAll(async () => {
    const s = await serve({ root: options.root ?? process.env['DIST_DIR'] ?? 'dist', base });
    handle.origin = s.origin;
    handle.url = (path: string) => `${s.origin}${base}${path.replace(/^\//, '')}`;
    close = s.close;
  });
  afterAll(async () => close?.());
  return handle;
}
