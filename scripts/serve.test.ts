import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headersFor } from '@opportunities-hub/model/publish/headers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './serve.ts';

/** A tiny built site beside a secret file one level up, so `..` has something to reach for. */
const parent = mkdtempSync(join(tmpdir(), 'hub-serve-'));
const dist = join(parent, 'dist');
for (const [path, text] of Object.entries({
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Page not found</h1>',
  'about/index.html': '<h1>About</h1>',
  'api/v1/opportunities.json': '{"version":"1.0"}',
  'feeds/calendar.ics': 'BEGIN:VCALENDAR',
  '_astro/site.abc123.css': 'body{}',
  _headers: '/*\n  X: y\n',
})) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}
writeFileSync(join(parent, 'secret.txt'), 'do not serve me');

let server: Server;
let port = 0;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Sends `path` exactly as written (no URL normalising, unlike fetch). */
function send(method: string, path: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Writes raw bytes to the server and returns its first response line. */
function raw(bytes: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => done(text.split('\r\n')[0] ?? ''));
    socket.on('error', fail);
  });
}

beforeAll(async () => {
  server = await serve(dist, 0);
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('npm run serve', () => {
  it('serves pages and files with the headers from the one definition', async () => {
    const feed = await send('GET', '/api/v1/opportunities.json');
    expect(feed.status).toBe(200);
    expect(feed.body).toBe('{"version":"1.0"}');
    expect(feed.headers['content-type']).toBe('application/json; charset=utf-8');
    for (const [name, value] of Object.entries(headersFor('/api/v1/opportunities.json')))
      expect(feed.headers[name.toLowerCase()]).toBe(value);
    const page = await send('GET', '/about/');
    expect(page.body).toBe('<h1>About</h1>');
    expect(page.headers['content-security-policy']).toBe(headersFor('/about/')['Content-Security-Policy']);
    expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect((await send('GET', '/_astro/site.abc123.css')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await send('GET', '/feeds/calendar.ics')).headers['content-type']).toBe('text/calendar; charset=utf-8');
  });

  it('redirects a folder without its slash, keeping the query', async () => {
    const answer = await send('GET', '/about?x=1');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/about/?x=1');
  });

  it('answers an unknown address with the 404 page and the headers', async () => {
    const answer = await send('GET', '/no-such-page/');
    expect(answer.status).toBe(404);
    expect(answer.body).toBe('<h1>Page not found</h1>');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('GET', '/_headers')).status).toBe(404);
  });

  it('answers malformed addresses with 400 and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/%zz/', '/a%00b']) {
      expect((await send('GET', path)).status, path).toBe(400);
    }
    expect((await send('GET', '/')).status).toBe(200);
  });

  it('never serves anything outside the folder, however `..` is written', async () => {
    for (const path of [
      '/../secret.txt',
      '/about/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..\\secret.txt',
    ]) {
      const answer = await send('GET', path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.body, path).not.toContain('do not serve me');
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await send('HEAD', '/api/v1/opportunities.json');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['content-length']).toBe('17');
    const missing = await send('HEAD', '/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('');
  });

  it('answers OPTIONS (a CORS preflight) with 204 and the allowed methods', async () => {
    const answer = await send('OPTIONS', '/api/v1/opportunities.json');
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    expect(answer.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
  });

  it('refuses other methods with 405 and says which are allowed', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const answer = await send(method, '/');
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
    }
  });

  it('survives requests Node cannot parse', async () => {
    expect(await raw('NONSENSE\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    expect(await raw('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    expect((await send('GET', '/')).status).toBe(200);
  });
});
