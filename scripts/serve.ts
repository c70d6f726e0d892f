/**
 * Serves a built hub (dist/) as any static host would, with the headers the hub's contract needs:
 * CORS on the feeds and the widget script so partner sites can use them, sensible caching, and
 * the site's own 404 page.  `npm run serve -- [--port 4321] [--dir dist]`
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Headers for a path: what partners may fetch cross-origin, and how long caches may keep it. */
export function headersFor(pathname: string): Record<string, string> {
  const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' };
  const shared =
    pathname.startsWith('/api/') || pathname.startsWith('/widgets/') || pathname.endsWith('.atom') || pathname.endsWith('.ics');
  if (shared) {
    headers['Access-Control-Allow-Origin'] = '*';
    headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
  }
  headers['Cache-Control'] = shared
    ? 'public, max-age=300, stale-while-revalidate=3600'
    : pathname.startsWith('/_astro/')
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=0, must-revalidate';
  return headers;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Starts the server; resolves once it listens. Used by the tests as well as `npm run serve`. */
export function serve(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...headersFor(url.pathname), 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS' });
      response.end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD, OPTIONS' });
      response.end();
      return;
    }
    if (!url.pathname.endsWith('/') && !extname(url.pathname) && resolveFile(root, `${url.pathname}/`)) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    const file = resolveFile(root, url.pathname);
    const status = file ? 200 : 404;
    const body = file ?? resolveFile(root, '/404.html');
    response.writeHead(status, {
      ...headersFor(url.pathname),
      'Content-Type': body ? (TYPES[extname(body)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8',
    });
    if (request.method === 'HEAD') response.end();
    else if (body) createReadStream(body).pipe(response);
    else response.end('Not found');
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const port = Number(arg('port') ?? process.env.PORT ?? 4321);
  const dir = arg('dir') ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`No built hub in ${dir}/: run npm run build first.`);
    process.exit(1);
  }
  await serve(dir, port, arg('host') ?? '127.0.0.1');
  console.log(`The Opportunities Hub is at http://localhost:${port}/`);
}
