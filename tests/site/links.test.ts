import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeValues, builtOpportunities, fileFor, htmlPages, markupOnly } from './built-site.ts';

/**
 * Crawls the built HTML as text: every internal link and resource must exist, every #fragment
 * must name an id on its target page, nothing may load from another origin, and content pages
 * must ship no JavaScript (only search and widget pages may).
 */

/** The origin the test build was made for (canonical and Open Graph URLs use it). */
const BUILD_ORIGIN = new URL(process.env.HUB_SITE ?? 'http://localhost:4321').origin;
const pages = htmlPages();
/**
 * Pages for readers: all but the browser editor (/admin/), which is Decap CMS's own app (scripts,
 * no canonical URL, kept out of search). Its links and resources are still checked like any page's.
 */
const readerPages = pages.filter((page) => !page.path.startsWith('/admin/'));
const idCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set(attributeValues(readFileSync(file, 'utf8'), 'id'));
    idCache.set(file, ids);
  }
  return ids;
}

describe('the built site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('has no broken internal link or fragment', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const base = new URL(page.path, BUILD_ORIGIN);
      const markup = markupOnly(page.html);
      for (const href of [...attributeValues(markup, 'href'), ...attributeValues(markup, 'src')]) {
        const url = new URL(href, base);
        if (url.origin !== BUILD_ORIGIN) continue;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${page.path}: ${href} does not exist`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
          broken.push(`${page.path}: ${href} has no element with id "${fragment}"`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    const foreign: string[] = [];
    for (const { path, html: raw } of pages) {
      const html = markupOnly(raw);
      const resources = [
        ...[...html.matchAll(/<(?:script|img|iframe|audio|video|source)\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/<link\b[^>]*\srel="(?:stylesheet|preload|modulepreload|icon|manifest|prefetch)"[^>]*>/g)].flatMap((m) =>
          attributeValues(m[0], 'href'),
        ),
        ...[...raw.replace(/<(pre|code)\b[\s\S]*?<\/\1>/g, '').matchAll(/url\(\s*['"]?(https?:[^'")]+)/g)].map((m) => m[1]!),
      ];
      for (const src of resources) if (new URL(src, BUILD_ORIGIN).origin !== BUILD_ORIGIN) foreign.push(`${path}: ${src}`);
    }
    expect(foreign).toEqual([]);
  });

  it('ships JavaScript only on the search page, widget pages (the embed playground and the listings), pathways (their Print and Copy link buttons) and, on pages with statuses, the status script', () => {
    const scriptsOf = (html: string) => [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>/g)].map((m) => m[0]);
    const statusScript = scriptsOf(pages.find((page) => page.path === builtOpportunities()[0]!.url)!.html);
    const isListing = (path: string) => /^\/opportunities\/((type|skill|level|audience)\/[^/]+\/(\d+\/)?)?$/.test(path);
    expect(statusScript).toHaveLength(1);
    const withScript = readerPages
      .filter((page) => {
        const scripts = scriptsOf(page.html);
        const onlyStatus = page.html.includes('data-closes=') && scripts.every((script) => script === statusScript[0]);
        return scripts.length > 0 && !onlyStatus;
      })
      .map((page) => page.path)
      .filter((path) => path !== '/search/' && !path.startsWith('/embed/') && !path.startsWith('/pathways/') && !isListing(path));
    expect(withScript).toEqual([]);
  });

  it('gives every page but the 404 a canonical URL, a description and Open Graph tags, and links the Atom feed', () => {
    const missing: string[] = [];
    for (const page of readerPages) {
      for (const pattern of [
        /<link rel="canonical" href="[^"]+"/,
        /<meta name="description" content="[^"]+"/,
        /<meta property="og:title"/,
        /<link rel="alternate" type="application\/atom\+xml"/,
      ]) {
        if (!pattern.test(page.html) && page.path !== '/404.html') missing.push(`${page.path}: ${pattern.source}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
