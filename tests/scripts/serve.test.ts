// The static server (scripts/serve.ts, scripts/lib/server.ts) as a process, on a small build in a temporary folder:
// hostile and odd requests get the status a static host gives, the process stays up, every response carries the
// headers of public/_headers, and PORT, HOST and BASE_PATH work as the README says.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, readHeaderRules } from '../../scripts/lib/headers.ts';
import { freePort } from '../../scripts/lib/ports.ts';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'serve.ts');
const work = mkdtempSync(join(tmpdir(), 'kb-serve-'));
const root = join(work, 'dist');
const SECRET = 'beside dist, never served';
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>home</title><h1>Home</h1>',
  '404.html': '<!doctype html><title>404</title><h1>Page not found</h1>',
  'faq/index.html': '<!doctype html><title>faq</title><h1>FAQ</h1>',
  '_astro/app.1234.js': 'console.log(1);',
  'style.css': 'body{}',
  'data/faqs.csv': 'id,question\n1,Which – one?\n',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/index/en_1.pf_index': 'binary',
};
for (const [name, body] of Object.entries(files)) {
  mkdirSync(dirname(join(root, name)), { recursive: true });
  writeFileSync(join(root, name), body);
}
// The file a string-prefix path check would serve for /..%2fdist-secret.txt.
writeFileSync(join(work, 'dist-secret.txt'), SECRET);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Server {
  child: ChildProcess;
  origin: string;
  exited: () => boolean;
}
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) child.kill();
});

/** Runs the server's command line; resolves with its origin once it says it is serving, or with its error output. */
function start(env: Record<string, string>): Promise<Server | { code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, DIST_DIR: root, PORT: '0', BASE_PATH: '/', HOST: '127.0.0.1', ...env },
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  let exited = false;
  return new Promise((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const origin = /at (http:\/\/\S+?:\d+)\//.exec(stdout)?.[1];
      if (origin) resolve({ child, origin, exited: () => exited });
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => {
      exited = true;
      resolve({ code, stderr });
    });
  });
}

async function started(env: Record<string, string> = {}): Promise<Server> {
  const result = await start(env);
  if (!('origin' in result)) throw new Error(`the server did not start: ${result.stderr}`);
  return result;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a request with the path exactly as given (fetch would normalise it first). */
function send(origin: string, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/`, { method, path }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const rules = readHeaderRules();
const lower = (h: Record<string, string>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
const everywhere = lower(headersFor(rules, '/'));

describe('hostile and odd requests', () => {
  let server: Server;
  beforeAll(async () => {
    server = await started();
  });

  test.each([
    ['a malformed escape', '/%E0%A4%A', 'GET', 400],
    ['an escaped slash out of the folder', '/..%2fdist-secret.txt', 'GET', 404],
    ['escaped dots out of the folder', '/%2e%2e/dist-secret.txt', 'GET', 404],
    ['plain dots out of the folder', '/../dist-secret.txt', 'GET', 404],
    ['POST', '/', 'POST', 405],
    ['DELETE', '/faq/', 'DELETE', 405],
    ['an unknown page', '/no-such-page/', 'GET', 404],
    ['a page name without its folder', '/404', 'GET', 404],
  ])('%s (%s %s) gets %i, with the headers of _headers', async (_name, path, method, status) => {
    const reply = await send(server.origin, path, method);
    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain(SECRET);
    expect(reply.headers).toMatchObject(everywhere);
    if (status === 404) expect(reply.body).toBe(files['404.html']);
    if (status === 405) expect(reply.headers['allow']).toBe('GET, HEAD');
  });

  test('the server is still up and answering after all of them', async () => {
    expect(server.exited()).toBe(false);
    const reply = await send(server.origin, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(files['index.html']);
  });

  test('a folder without its slash gets a 301 to the canonical address, keeping the query', async () => {
    expect(await send(server.origin, '/faq')).toMatchObject({ status: 301, headers: { location: '/faq/' } });
    expect(await send(server.origin, '/faq?q=1')).toMatchObject({ status: 301, headers: { location: '/faq/?q=1' } });
    expect(await send(server.origin, '/faq/')).toMatchObject({ status: 200, body: files['faq/index.html'] });
  });

  test('HEAD sends the length of the body it leaves out', async () => {
    for (const path of ['/', '/faq/', '/no-such-page/']) {
      const get = await send(server.origin, path);
      const head = await send(server.origin, path, 'HEAD');
      expect(head.status, path).toBe(get.status);
      expect(head.body, path).toBe('');
      expect(Number(head.headers['content-length']), path).toBe(Buffer.byteLength(get.body));
    }
  });

  test('responses carry exactly the header rules of _headers for their path', async () => {
    const page = await send(server.origin, '/faq/');
    for (const [name, value] of Object.entries(everywhere)) expect(page.headers[name], name).toBe(value);
    expect(page.headers['cache-control']).not.toBe(lower(headersFor(rules, '/_astro/x.js'))['cache-control']);
    const bundle = await send(server.origin, '/_astro/app.1234.js');
    expect(bundle.headers).toMatchObject(lower(headersFor(rules, '/_astro/app.1234.js')));
    expect(bundle.headers['cache-control']).toMatch(/immutable/);
  });

  test.each([
    ['/style.css', 'text/css; charset=utf-8'],
    ['/data/faqs.csv', 'text/csv; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/pagefind/index/en_1.pf_index', 'application/octet-stream'],
    ['/', 'text/html;charset=utf-8'],
  ])('%s is sent as %s', async (path, type) => {
    expect((await send(server.origin, path)).headers['content-type']).toBe(type);
  });
});

describe('BASE_PATH', () => {
  let server: Server;
  beforeAll(async () => {
    server = await started({ BASE_PATH: '/kb/' });
  });

  test('the base without its slash redirects to it; folders below it too', async () => {
    expect(await send(server.origin, '/kb')).toMatchObject({ status: 301, headers: { location: '/kb/' } });
    expect(await send(server.origin, '/kb/faq')).toMatchObject({ status: 301, headers: { location: '/kb/faq/' } });
  });

  test('pages are served under the base only; the rules of _headers apply below it', async () => {
    expect((await send(server.origin, '/kb/')).body).toBe(files['index.html']);
    expect((await send(server.origin, '/')).status).toBe(404);
    expect((await send(server.origin, '/faq/')).status).toBe(404);
    expect((await send(server.origin, '/kb/_astro/app.1234.js')).headers['cache-control']).toMatch(/immutable/);
    expect((await send(server.origin, '/kb/%E0%A4%A')).status).toBe(400);
  });
});

describe('the command line', () => {
  test('HOST and PORT set the address it listens on', async () => {
    const local = await started({ HOST: 'localhost' });
    expect(local.origin).toMatch(/^http:\/\/localhost:\d+$/);
    expect((await send(local.origin, '/')).status).toBe(200);
    const port = await freePort();
    const fixed = await started({ PORT: String(port) });
    expect(fixed.origin).toBe(`http://127.0.0.1:${port}`);
    expect((await send(fixed.origin, '/')).status).toBe(200);
  });

  test('a port in use gives a one-line message and exit code 1, not a stack trace', async () => {
    const first = await started();
    const result = await start({ PORT: new URL(first.origin).port });
    expect(result).toMatchObject({ code: 1 });
    const stderr = 'stderr' in result ? result.stderr : '';
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^serve: port \d+ on 127\.0\.0\.1 is already in use: .*PORT/);
  });

  test.each([
    ['a PORT that is not a port', { PORT: 'http' }, /^serve: PORT must be a whole number/],
    ['a folder without a build', { DIST_DIR: work + '/nothing' }, /has no index\.html; run `npm run build` first/],
  ])('%s gives a one-line message', async (_name, env, message) => {
    const result = await start(env);
    expect(result).toMatchObject({ code: 1 });
    const stderr = 'stderr' in result ? result.stderr : '';
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
