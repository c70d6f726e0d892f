import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPPORTUNITY_TYPE_LABELS, type OpportunityRecord } from '@opportunities-hub/model';
import { builtOpportunities } from './built-site.ts';
import { useHubInBrowser } from './hub-in-browser.ts';

/**
 * Search in Chromium: the header form leads to /search/, Pagefind finds body text, a type filter
 * narrows, long result lists come a page at a time, and the page works under a strict CSP.
 */

const run = useHubInBrowser();
let page: Page;
beforeAll(async () => {
  page = await run.browser.newPage();
});

const words = (text: string) => text.toLowerCase().match(/[a-z]{6,}/g) ?? [];

/** A word found in exactly one opportunity's description and nowhere in its title or summary. */
function distinctiveBodyWord(records: OpportunityRecord[]): { word: string; record: OpportunityRecord } {
  const counts = new Map<string, number>();
  for (const r of records)
    for (const w of new Set(words(`${r.title} ${r.summary} ${r.description}`))) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const record of records) {
    const shown = new Set(words(`${record.title} ${record.summary}`));
    const word = words(record.description).find((w) => counts.get(w) === 1 && !shown.has(w));
    if (word) return { word, record };
  }
  throw new Error('No opportunity has a word of its own in its description');
}

async function resultUrls(): Promise<string[]> {
  await page
    .locator('[data-search-status]')
    .filter({ hasText: /result/ })
    .waitFor();
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  const records = builtOpportunities();

  it('finds an opportunity by a word from its body text, from the header search form', async () => {
    const { word, record } = distinctiveBodyWord(records);
    await page.goto(`${run.hub.origin}/`);
    await page.getByRole('searchbox', { name: 'Search the hub' }).fill(word);
    await page.getByRole('button', { name: 'Search', exact: true }).first().click();
    await page.waitForURL(/\/search\/\?q=/);
    // The search script (a module, so it runs after parsing) hides the no-JavaScript message.
    await page.locator('[data-search-fallback]').waitFor({ state: 'hidden' });
    expect(await resultUrls()).toContain(record.url);
  });

  it('narrows results by type', async () => {
    const byType = new Map(records.map((r) => [r.url, r.type]));
    await page.goto(`${run.hub.origin}/search/?q=${encodeURIComponent('opportunity')}`);
    await page.locator('#search-type option').nth(1).waitFor({ state: 'attached' });
    await page.getByLabel('Search for').fill('');
    const type = records[0]!.type;
    await page.getByLabel('Type of opportunity').selectOption(OPPORTUNITY_TYPE_LABELS[type]);
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /\d+ results?/ })
      .waitFor();
    const filtered = await resultUrls();
    expect(filtered.length).toBeGreaterThan(0);
    for (const url of filtered) expect(byType.get(url), url).toBe(type);
    expect(new URL(page.url()).searchParams.get('type')).toBe(OPPORTUNITY_TYPE_LABELS[type]);
  });

  it('lists results a page at a time, and the next page on request with focus on its first result', async () => {
    await page.goto(`${run.hub.origin}/search/`);
    await page.locator('[data-search-form]').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Show more results' }).isHidden()).toBe(true);
    await page.goto(`${run.hub.origin}/search/?q=${encodeURIComponent('skills')}`);
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /showing the first 20/ })
      .waitFor();
    const total = Number((await page.locator('[data-search-status]').innerText()).match(/^(\d+)/)![1]);
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBe(20);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.locator('[data-search-results] > li').nth(20).waitFor();
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBe(Math.min(total, 40));
    expect(
      await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] > li')[20]),
    ).toBe(true);
    if (total <= 40) await expect.poll(() => page.getByRole('button', { name: 'Show more results' }).isHidden()).toBe(true);
  });

  it('works under a Content-Security-Policy without unsafe-inline (its script is a file of the site)', async () => {
    const context = await run.browser.newContext();
    const strict = await context.newPage();
    const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";
    await strict.route('**/search/**', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    const violations: string[] = [];
    strict.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const { word, record } = distinctiveBodyWord(records);
    await strict.goto(`${run.hub.origin}/search/?q=${word}`);
    await strict
      .locator('[data-search-status]')
      .filter({ hasText: /result/ })
      .waitFor();
    const urls = await strict
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toContain(record.url);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('says search needs JavaScript and links to the listings when scripts are off', async () => {
    const context = await run.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${run.hub.origin}/search/?q=laboratory`);
    await expect.poll(() => noJs.getByText('Search needs JavaScript').isVisible()).toBe(true);
    await expect.poll(() => noJs.locator('main a[href="/opportunities/"]').isVisible()).toBe(true);
    await context.close();
  });
});
