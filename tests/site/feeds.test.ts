import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@opportunities-hub/model/node/load-catalogue';
import { TEST_DIST } from '../support/hub.ts';
import { builtOpportunities, sitemapPaths } from './built-site.ts';
import { useHubInBrowser } from './hub-in-browser.ts';

/** The Atom feed is well-formed XML in a real browser's parser; the calendar follows RFC 5545's line rules. */

const run = useHubInBrowser();

describe('the Atom feed', () => {
  it('is served as Atom, parses as XML and lists entries newest first', async () => {
    const page = await run.browser.newPage();
    const response = await page.goto(`${run.hub.origin}/`);
    expect(response?.status()).toBe(200);
    const feed = await page.evaluate(async () => {
      const res = await fetch('/feeds/opportunities.atom');
      const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        type: res.headers.get('content-type'),
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.namespaceURI,
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
          id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent,
          published: e.getElementsByTagNameNS(ns, 'published')[0]?.textContent ?? '',
        })),
      };
    });
    await page.close();
    expect(feed.type).toContain('application/atom+xml');
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entries.length).toBe(Math.min(100, builtOpportunities().length));
    const dates = feed.entries.map((e) => e.published);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
  });
});

describe('the iCalendar feed', () => {
  const ics = readFileSync(join(TEST_DIST, 'feeds/calendar.ics'), 'utf8');
  const physical = ics.split('\r\n');

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(physical.pop()).toBe('');
    for (const line of physical) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    }
  });

  it('has well-formed content lines and balanced components', () => {
    const logical = ics
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter(Boolean);
    const stack: string[] = [];
    for (const line of logical) {
      expect(line, line).toMatch(/^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^:;]+)*:/);
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
    }
    expect(stack).toEqual([]);
    expect(logical[0]).toBe('BEGIN:VCALENDAR');
    expect(logical).toContain('VERSION:2.0');
    expect(logical.some((l) => l.startsWith('PRODID:'))).toBe(true);
  });

  it('has exactly one event per closing date still to come, plus one per hub event, each with UID and DTSTAMP', () => {
    const expectedClosing = builtOpportunities().filter((o) => o.closes !== 'rolling' && o.status !== 'closed');
    const events = loadCatalogue(resolve(process.env.HUB_CONTENT ?? 'content')).events;
    const blocks = ics
      .replace(/\r\n[ \t]/g, '')
      .split('BEGIN:VEVENT')
      .slice(1);
    expect(blocks).toHaveLength(expectedClosing.length + events.length);
    const uids = blocks.map((b) => /\r\nUID:([^\r]+)/.exec(b)?.[1]);
    expect(new Set(uids).size).toBe(blocks.length);
    for (const o of expectedClosing)
      expect(
        uids.some((u) => u?.startsWith(`closes-${o.slug}@`)),
        o.slug,
      ).toBe(true);
    for (const block of blocks) expect(block).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  });
});

describe('robots.txt', () => {
  it('points at the sitemap', () => {
    expect(readFileSync(join(TEST_DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });

  it('blocks no page the sitemap lists (crawlers report a listed page they may not fetch)', () => {
    const blocked = [...readFileSync(join(TEST_DIST, 'robots.txt'), 'utf8').matchAll(/^Disallow: (\S+)$/gm)].map((m) => m[1]!);
    expect(sitemapPaths().filter((path) => blocked.some((prefix) => path.startsWith(prefix)))).toEqual([]);
  });
});
