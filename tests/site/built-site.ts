import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { OpportunityRecord } from '@opportunities-hub/model/feed/schemas';
import { TEST_DIST } from '../support/hub.ts';

/**
 * Reading the built test site from disk: its sitemap, its HTML files and its feeds. Shared by the
 * site's end-to-end tests, which then check pages in Chromium or as text.
 */

/** The site paths the sitemap lists (its absolute URLs use the build's origin, not the test server's). */
export function sitemapPaths(dist = TEST_DIST): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  if (maps.length === 0) throw new Error('sitemap-index.xml lists no sitemaps');
  return maps.flatMap((map) =>
    [...readFileSync(join(dist, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
}

/** Every HTML file of the built site, as its site path (/x/ for x/index.html) and text. */
export function htmlPages(dist = TEST_DIST): { path: string; file: string; html: string }[] {
  const pages: { path: string; file: string; html: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = `/${relative(dist, full).split('\\').join('/')}`;
        pages.push({
          path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel,
          file: full,
          html: readFileSync(full, 'utf8'),
        });
      }
    }
  };
  walk(dist);
  return pages;
}

/** The file a site path is served from, or undefined (the same rules as scripts/serve.ts). */
export function fileFor(path: string, dist = TEST_DIST): string | undefined {
  const file = resolve(dist, `.${decodeURIComponent(path)}`);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** The built opportunities feed's records, the list the pages must agree with. */
export function builtOpportunities(dist = TEST_DIST): OpportunityRecord[] {
  return (JSON.parse(readFileSync(join(dist, 'api/v1/opportunities.json'), 'utf8')) as { opportunities: OpportunityRecord[] })
    .opportunities;
}

/**
 * The page's markup without the contents of script, style, pre, code, textarea and template
 * elements: code samples and scripts mention URLs that are not links of the page.
 */
export function markupOnly(html: string): string {
  return html.replace(/<(script|style|pre|code|textarea|template)\b([^>]*)>[\s\S]*?<\/\1>/g, '<$1$2></$1>');
}

/** The values of `attribute` on every element in `html` (a plain scan: the build writes double-quoted attributes). */
export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) => decodeEntities(m[1]!));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The JSON-LD blocks of a page, parsed; a block that does not parse throws, naming the page. */
export function jsonLdOf(html: string, where: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => {
    try {
      return JSON.parse(m[1]!) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${where}: JSON-LD does not parse: ${String(error)}`, { cause: error });
    }
  });
}
