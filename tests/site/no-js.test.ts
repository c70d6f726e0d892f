import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtOpportunities, sitemapPaths } from './built-site.ts';
import { useHubInBrowser } from './hub-in-browser.ts';

/** With JavaScript off, every page reads in full and every opportunity can be reached from the listings. */

const run = useHubInBrowser();
let page: Page;
beforeAll(async () => {
  const context = await run.browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
});

describe('without JavaScript', () => {
  it('shows every page’s heading and content', { timeout: 300_000 }, async () => {
    const unreadable: string[] = [];
    for (const path of sitemapPaths().filter((p) => !p.startsWith('/embed/'))) {
      await page.goto(run.hub.origin + path);
      const h1 = page.locator('main h1');
      const text = (await page.locator('main').innerText()).trim();
      if (!(await h1.isVisible()) || text.length < 40) unreadable.push(`${path}: ${text.length} characters visible`);
    }
    expect(unreadable).toEqual([]);
  });

  it('reaches every opportunity by following links from /opportunities/', { timeout: 300_000 }, async () => {
    const queue = ['/opportunities/'];
    const seen = new Set(queue);
    const reached = new Set<string>();
    const isDetail = (path: string) => /^\/opportunities\/[a-z0-9-]+\/$/.test(path);
    while (queue.length > 0) {
      await page.goto(run.hub.origin + queue.shift()!);
      const hrefs = await page.locator('main a[href^="/opportunities/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) {
        const path = href.split('#')[0]!;
        if (isDetail(path)) reached.add(path);
        else if (!seen.has(path)) {
          seen.add(path);
          queue.push(path);
        }
      }
    }
    const missing = builtOpportunities()
      .map((o) => o.url)
      .filter((url) => !reached.has(url));
    expect(missing).toEqual([]);
  });

  it('shows an apply link only while an opportunity is open, and says why otherwise', async () => {
    const records = builtOpportunities();
    for (const status of ['open', 'closed', 'upcoming'] as const) {
      const record = records.find((r) => r.status === status);
      if (!record) continue;
      await page.goto(run.hub.origin + record.url);
      // Visible ones: the states the opportunity reaches later are in the page too, hidden, for the status script.
      const applyLinks = await page.locator(`.apply a[href="${record.apply.url}"]:visible`).count();
      expect(applyLinks, `${status}: ${record.url}`).toBe(status === 'open' ? 1 : 0);
      if (status !== 'open') await expect.poll(() => page.locator('.apply [aria-disabled="true"]:visible').count()).toBe(1);
    }
  });

  it('labels illustrative opportunities as examples', async () => {
    const example = builtOpportunities().find((r) => r.illustrative);
    if (!example) return;
    await page.goto(run.hub.origin + example.url);
    await expect.poll(() => page.locator('main').getByText('Example listing', { exact: true }).isVisible()).toBe(true);
  });
});
