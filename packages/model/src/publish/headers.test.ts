import { describe, expect, it } from 'vitest';
import { HEADER_RULES, contentSecurityPolicy, headersFile, headersFor, pathMatches, ruleMatches } from './headers.ts';

/** A built site's top level, as scripts/build.ts reads it. */
const SITE = [
  { name: 'about', folder: true },
  { name: 'admin', folder: true },
  { name: 'api', folder: true },
  { name: 'index.html', folder: false },
  { name: 'robots.txt', folder: false },
];

describe('the headers definition', () => {
  it('shares feeds, feeds for people and the widget script with any origin, with short caching', () => {
    for (const path of ['/api/v1/opportunities.json', '/widgets/v1/hub-widgets.js', '/feeds/opportunities.atom', '/feeds/calendar.ics']) {
      expect(headersFor(path), path).toMatchObject({
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
        'X-Content-Type-Options': 'nosniff',
      });
    }
  });

  it('caches hashed assets for a year and leaves pages to revalidate', () => {
    expect(headersFor('/_astro/search.DpJVAOxl.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/opportunities/')['Cache-Control']).toBeUndefined();
    expect(headersFor('/opportunities/')['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it('gives the site’s pages a CSP without unsafe-inline, and the security headers', () => {
    const page = headersFor('/');
    expect(page['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(page['Content-Security-Policy']).not.toContain('unsafe-inline');
    expect(page).toMatchObject({ 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Content-Type-Options': 'nosniff' });
    expect(page['Permissions-Policy']).toContain('camera=()');
  });

  it('leaves header-only directives out of the <meta> policy', () => {
    expect(contentSecurityPolicy()).toContain("frame-ancestors 'self'");
    expect(contentSecurityPolicy({ forMeta: true })).not.toContain('frame-ancestors');
  });

  it('never sets one header in two rules that can match the same path (hosts would join them with commas)', () => {
    for (const a of HEADER_RULES) {
      for (const b of HEADER_RULES) {
        if (a === b) continue;
        const overlap = [a.path, b.path]
          .map((path) => path.replace(/\*$/, 'x'))
          .some((path) => ruleMatches(a, path) && ruleMatches(b, path));
        if (!overlap) continue;
        const shared = Object.keys(a.headers).filter((name) => name in b.headers);
        expect(shared, `${a.path} and ${b.path}`).toEqual([]);
      }
    }
  });

  it('writes _headers with each path followed by its indented headers', () => {
    const file = headersFile(SITE);
    expect(file).toContain('\n/api/*\n  Access-Control-Allow-Origin: *\n');
    expect(file).toContain('\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    for (const line of file.split('\n')) expect(line).toMatch(/^(#.*|\/\S*| {2}[A-Za-z-]+: \S.*|)$/);
  });

  it('gives the browser editor its own CSP, looser only where Decap CMS needs it, and the site’s pages none of that', () => {
    const editor = headersFor('/admin/')['Content-Security-Policy']!;
    expect(editor).toContain("script-src 'self' 'unsafe-eval'");
    expect(editor).toContain("style-src 'self' 'unsafe-inline'");
    expect(editor).toContain("frame-ancestors 'none'");
    expect(headersFor('/admin/decap/decap-cms.js')['Content-Security-Policy']).toBe(editor);
    for (const path of ['/', '/about/', '/administration/', '/api/v1/opportunities.json']) {
      expect(headersFor(path)['Content-Security-Policy'], path).toBe(contentSecurityPolicy());
    }
    expect(headersFor('/admin/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('spells a rule with exceptions out in _headers for each top-level path of the site, so every path gets one CSP', () => {
    const blocks = headersFile(SITE)
      .split('\n\n')
      .map((block) => block.split('\n').filter((line) => !line.startsWith('#')))
      .filter((lines) => lines.length > 1)
      .map(([path, ...headers]) => ({ path: path!, headers }));
    const policiesFor = (path: string) =>
      blocks
        .filter((block) => pathMatches(block.path, path))
        .flatMap((block) => block.headers.filter((h) => h.startsWith('  Content-Security-Policy:')));
    for (const path of ['/', '/index.html', '/robots.txt', '/about/', '/api/v1/x.json', '/admin/', '/admin/decap/decap-cms.js']) {
      expect(policiesFor(path), path).toEqual([`  Content-Security-Policy: ${headersFor(path)['Content-Security-Policy']}`]);
    }
  });
});
