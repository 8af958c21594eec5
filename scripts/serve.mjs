// A small static server for dist/: `npm start` uses it, and so do the browser tests.
// It sends the same security headers as public/_headers, so what we test is what hosts serve.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Headers a <meta> CSP cannot set; the same list as public/_headers. */
export const securityHeaders = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * @param {{ root?: string, base?: string, port?: number, host?: string, intercept?: (path: string) => number | undefined }} [options]
 * Serves `root` under `base` (e.g. "/" or "/kb/") on 127.0.0.1. Returns the server and its origin URL.
 * `intercept(path)` may return a status to force (the tests use it to fail the search index).
 */
export async function serve({ root = 'dist', base = '/', port = 0, host = '127.0.0.1', intercept } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const forced = intercept?.(path);
    if (forced) {
      res.writeHead(forced, securityHeaders).end();
      return;
    }
    if (!path.startsWith(base)) return notFound(res, root);
    path = '/' + path.slice(base.length);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return notFound(res, root);
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { ...securityHeaders, Location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const body = await readFile(file);
      res.writeHead(200, { ...securityHeaders, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      notFound(res, root);
    }
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, origin: `http://${host}:${actualPort}`, close: () => new Promise((r) => server.close(r)) };
}

async function notFound(res, root) {
  const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
  res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8' }).end(page);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const base = process.env.BASE_PATH ?? '/';
  const { origin } = await serve({ port, base });
  console.log(`Serving dist/ at ${origin}${base} (Ctrl+C to stop)`);
}
