import { describe, expect, it } from 'vitest';
import { HEADER_RULES, contentSecurityPolicy, headersFile, headersFor, pathMatches } from './headers.ts';

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
        const overlap = pathMatches(a.path, b.path.replace(/\*$/, 'x')) || pathMatches(b.path, a.path.replace(/\*$/, 'x'));
        if (!overlap) continue;
        const shared = Object.keys(a.headers).filter((name) => name in b.headers);
        expect(shared, `${a.path} and ${b.path}`).toEqual([]);
      }
    }
  });

  it('writes _headers with each path followed by its indented headers', () => {
    const file = headersFile();
    expect(file).toContain('\n/api/*\n  Access-Control-Allow-Origin: *\n');
    expect(file).toContain('\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    for (const line of file.split('\n')) expect(line).toMatch(/^(#.*|\/\S*| {2}[A-Za-z-]+: \S.*|)$/);
  });
});
