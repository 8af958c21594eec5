// The static server behind `npm start`, `npm run preview`, the browser tests and the benchmark. Files are sent by
// sirv (the file server under Vite's preview); this module only decides what may be asked for, as a static host
// does: the base path, the canonical trailing slash, GET and HEAD only, the 404 page, and the headers of
// public/_headers on every response.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { headersFor, readHeaderRules } from './headers.ts';

/**
 * Content types sirv (through mrmime) sends without a charset or does not know: text in dist/ is UTF-8, and
 * Pagefind's index files are binary.
 */
const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** A running server: its origin (`http://127.0.0.1:4321`) and a way to stop it. */
export interface Served {
  server: Server;
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** The build folder (default dist). */
  root?: string;
  /** The path the site is served under (default "/", e.g. "/kb/"). */
  base?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

/** "kb", "/kb" or "/kb/" -> "/kb/"; "" or "/" -> "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Every file and folder of a build, relative to it with "/" separators ("faq/index.html", "faq"). Requests are
 * looked up in these lists, never turned into file-system paths, so nothing outside the folder can be reached.
 */
function listSite(root: string): { files: Set<string>; dirs: Set<string> } {
  const files = new Set<string>();
  const dirs = new Set<string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    (entry.isDirectory() ? dirs : files).add(path);
  }
  return { files, dirs };
}

/** Sends a response sirv does not: a status and a body (none for HEAD) with its length. */
function answer(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string | Buffer = '',
  type = 'text/plain; charset=utf-8',
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Serves a built site. Rejects with a one-line message when the folder is not a build or the address cannot be
 * used (a port in use, a host that is not this machine's).
 */
export async function serve({
  root = 'dist',
  base = '/',
  port = 0,
  host = '127.0.0.1',
}: ServeOptions = {}): Promise<Served> {
  const dir = resolve(root);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html; run \`npm run build\` first`);
  const prefix = normalizeBase(base);
  const { files, dirs } = listSite(dir);
  const rules = readHeaderRules();
  const page404 = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'Not found\n';
  const send = sirv(dir, {
    etag: true,
    // The build writes `file.br` and `file.gz` beside every text file (src/integrations/precompress.ts); sirv sends
    // the one the client accepts (brotli first), as a static host does.
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      const type = TYPES[pathname.slice(pathname.lastIndexOf('.') + 1)];
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    answer(req, res, 404, page404, 'text/html; charset=utf-8');
  };
  const redirect = (req: IncomingMessage, res: ServerResponse, location: string) => {
    res.setHeader('Location', location);
    answer(req, res, 301);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const raw = url.pathname;
    const below = raw.startsWith(prefix) ? `/${raw.slice(prefix.length)}` : raw;
    for (const [name, value] of Object.entries(headersFor(rules, below))) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      answer(req, res, 405, 'Method not allowed: this site answers GET and HEAD only.\n');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      answer(req, res, 400, 'Bad request: the address has a malformed %-escape.\n');
      return;
    }
    if (!path.startsWith(prefix)) {
      if (`${path}/` === prefix) redirect(req, res, prefix + url.search);
      else notFound(req, res);
      return;
    }
    const rel = path.slice(prefix.length);
    // A folder asked for without its slash gets a redirect to its canonical address, as static hosts do.
    if (rel && !rel.endsWith('/') && dirs.has(rel)) {
      redirect(req, res, `${raw}/${url.search}`);
      return;
    }
    if (!files.has(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel)) {
      notFound(req, res);
      return;
    }
    // sirv reads the address itself: hand it the path below the base.
    req.url = `${below}${url.search}`;
    send(req, res, () => {
      notFound(req, res);
    });
  };

  const server = createServer((req, res) => {
    // sirv pipes a file stream without an error handler: a file removed under a running server (a rebuild) must
    // end that response, not the process.
    res.on('pipe', (source: NodeJS.ReadableStream) => source.on('error', () => res.destroy()));
    try {
      handle(req, res);
    } catch (error) {
      console.error(
        `serve: ${req.method ?? ''} ${req.url ?? ''}: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!res.headersSent) answer(req, res, 500, 'Internal server error\n');
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error) => {
      fail(new Error(listenError(error, host, port)));
    });
    server.listen(port, host, done);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}

/** One line saying why the address could not be used, and what to do about it. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use: stop the other server, or choose another port with PORT (e.g. PORT=4322)`;
    case 'EACCES':
      return `no permission to listen on port ${port}: choose a port above 1023 with PORT`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot listen on ${host}: it is not an address of this machine (set HOST, e.g. HOST=127.0.0.1)`;
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`;
  }
}
