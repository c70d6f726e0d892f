/**
 * Serves a built hub (dist/) as a static host would, with the headers from the hub's one
 * definition (packages/model/src/publish/headers.ts) and the site's own 404 page. Files are served
 * by sirv (well kept, small, and it refuses paths outside the folder); this module answers what
 * sirv leaves to its caller: methods, malformed addresses, folder redirects, and never lets a bad
 * request stop the server.  `npm run serve -- [--port 4321] [--dir dist] [--host 127.0.0.1]`
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor } from '@opportunities-hub/model/publish/headers';
import sirv from 'sirv';

/** Media types with the charset the files are written in; sirv's own table lacks the charset and Pagefind's types. */
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
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const METHODS = 'GET, HEAD, OPTIONS';

/** What a page gets when the definition sets no Cache-Control: revalidate each time, as static hosts do by default. */
const DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

/** Headers for a path; the hub's come from its one definition. */
export type HeadersFor = (pathname: string) => Record<string, string>;

/** The decoded path, or undefined when the address is malformed (`/%E0%A4%A`) or holds a NUL. */
function decodedPath(rawUrl: string): string | undefined {
  try {
    const pathname = new URL(rawUrl, 'http://hub.invalid').pathname;
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

function isFolder(root: string, path: string): boolean {
  const full = join(root, path);
  return full.startsWith(root) && existsSync(join(full, 'index.html')) && statSync(full).isDirectory();
}

function plain(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
}

/** The request handler: one function so a failure anywhere in it becomes a 500, never a crash. */
function handler(root: string, headers: HeadersFor) {
  /** The headers for `pathname`, with the local default for caching. */
  const responseHeaders = (pathname: string) => ({ 'Cache-Control': DEFAULT_CACHE, ...headers(pathname) });
  const files = sirv(root, {
    dev: true, // look files up on each request, so a rebuild of dist/ is served at once
    etag: true,
    dotfiles: false,
    setHeaders: (response, pathname) => {
      for (const [name, value] of Object.entries(responseHeaders(pathname))) response.setHeader(name, value);
      const type = TYPES[extname(pathname)];
      if (type) response.setHeader('Content-Type', type);
    },
  });
  /** The site's 404 page, under the missing address and with that address's headers. */
  const notFound = (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    const page = join(root, '404.html');
    if (!existsSync(page)) {
      plain(response, 404, 'Not found', responseHeaders(pathname));
      return;
    }
    response.writeHead(404, { ...responseHeaders(pathname), 'Content-Type': TYPES['.html']!, 'Content-Length': statSync(page).size });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(page)
      .on('error', () => response.destroy())
      .pipe(response);
  };

  return (request: IncomingMessage, response: ServerResponse) => {
    const pathname = decodedPath(request.url ?? '/');
    if (pathname === undefined) return plain(response, 400, 'Bad request: the address is not valid');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...responseHeaders(pathname), Allow: METHODS, 'Access-Control-Allow-Methods': METHODS });
      return response.end();
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed', { Allow: METHODS });
    if (pathname.split('/').includes('..')) return plain(response, 400, 'Bad request: the address climbs out of the site');
    if (!pathname.endsWith('/') && !extname(pathname) && isFolder(root, pathname)) {
      const search = new URL(request.url ?? '/', 'http://hub.invalid').search;
      response.writeHead(301, { ...responseHeaders(pathname), Location: `${encodeURI(pathname)}/${search}` });
      return response.end();
    }
    // The hosts' own configuration is not part of the site (Netlify and Cloudflare do not serve it either).
    if (pathname === '/_headers') {
      notFound(request, response, pathname);
      return;
    }
    files(request, response, () => {
      notFound(request, response, pathname);
    });
  };
}

/**
 * Starts the server; resolves once it listens. Used by the tests as well as `npm run serve`.
 * `headers` replaces the hub's headers, for the tests' stand-in partner sites (which are not the hub).
 */
export function serve(dir: string, port: number, host = '127.0.0.1', headers: HeadersFor = headersFor): Promise<Server> {
  const root = resolve(dir);
  const handle = handler(root, headers);
  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      console.error(`Could not answer ${request.method} ${request.url}:`, error);
      if (!response.headersSent) plain(response, 500, 'Server error');
      else response.destroy();
    }
  });
  // A request Node cannot even parse (bad headers, a broken request line) gets a 400, and the server carries on.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
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
