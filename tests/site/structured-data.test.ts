import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_LD_KIND, REQUIRED_PROPERTIES } from '../../site/lib/json-ld.ts';
import { TEST_DIST } from '../support/hub.ts';
import { builtOpportunities, htmlPages, jsonLdOf } from './built-site.ts';

/** JSON-LD parses on every page that has it, and detail pages carry the types and properties search engines need. */

const pages = htmlPages();
const isDetail = (path: string) =>
  /^\/(opportunities|pathways|recommendations)\/[a-z0-9-]+\/$/.test(path) &&
  !['/opportunities/', '/pathways/', '/recommendations/'].includes(path);

describe('structured data', () => {
  it('parses wherever it appears', () => {
    for (const page of pages) expect(() => jsonLdOf(page.html, page.path)).not.toThrow();
  });

  it('gives every opportunity page the schema.org type of its kind, with the required properties', () => {
    const opportunities = builtOpportunities();
    expect(opportunities.length).toBeGreaterThan(0);
    for (const o of opportunities) {
      const html = readFileSync(join(TEST_DIST, `opportunities/${o.slug}/index.html`), 'utf8');
      const kind = JSON_LD_KIND[o.type];
      const item = jsonLdOf(html, o.url).find((d) => d['@type'] === kind);
      expect(item, `${o.url} has a ${kind}`).toBeDefined();
      expect(item!['@context']).toBe('https://schema.org');
      for (const property of REQUIRED_PROPERTIES[kind]) expect(item, `${o.url} ${kind}.${property}`).toHaveProperty(property);
      if (kind === 'JobPosting') expect(item!['jobLocation'] ?? item!['jobLocationType'], `${o.url} has a location`).toBeDefined();
      if (kind === 'JobPosting' && o.closes !== 'rolling') expect(item!['validThrough'], o.url).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      if (kind === 'Course') expect((item!['hasCourseInstance'] as { '@type': string }[])[0]!['@type']).toBe('CourseInstance');
    }
  });

  it('gives every detail page a BreadcrumbList that starts at home and ends at the page', () => {
    const details = pages.filter((p) => isDetail(p.path));
    expect(details.length).toBeGreaterThan(0);
    for (const page of details) {
      const trail = jsonLdOf(page.html, page.path).find((d) => d['@type'] === 'BreadcrumbList');
      expect(trail, page.path).toBeDefined();
      for (const property of REQUIRED_PROPERTIES.BreadcrumbList) expect(trail).toHaveProperty(property);
      const items = trail!['itemListElement'] as { position: number; item: string }[];
      expect(items[0]!.position).toBe(1);
      expect(new URL(items[0]!.item).pathname).toBe('/');
      expect(new URL(items.at(-1)!.item).pathname).toBe(page.path);
    }
  });

  it('describes the hub as an Organization on the home page', () => {
    const home = pages.find((p) => p.path === '/')!;
    const org = jsonLdOf(home.html, '/').find((d) => d['@type'] === 'Organization');
    for (const property of REQUIRED_PROPERTIES.Organization) expect(org).toHaveProperty(property);
  });
});
