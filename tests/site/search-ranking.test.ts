import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isOpen, nearestPlace, type OpportunityRecord } from '@opportunities-hub/model';
import { tokenize } from '@opportunities-hub/model/logic/search-index';
import type { FeedPlace } from '@opportunities-hub/model/feed/records';
import { NEAR_BANDS } from '../../site/lib/search-ranking.ts';
import { TEST_DIST } from '../support/hub.ts';
import { builtOpportunities } from './built-site.ts';
import { useHubInBrowser } from './hub-in-browser.ts';

/**
 * What the search page finds first, in Chromium against the built index: the queries from the
 * hub's own review (issue 11), excerpts drawn from descriptions only, closed opportunities last,
 * and the place and "open only" filters.
 */

const run = useHubInBrowser();
let page: Page;
beforeAll(async () => {
  page = await run.browser.newPage();
});

interface Shown {
  path: string;
  title: string;
  excerpt: string;
}

/** Every result of the search at `query` (a query string), loading further pages until all are shown. */
async function searchAll(query: string): Promise<Shown[]> {
  await page.goto(`${run.hub.origin}/search/?${query}`);
  await page
    .locator('[data-search-status]')
    .filter({ hasText: /result/ })
    .waitFor();
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const count = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.locator('[data-search-results] > li').nth(count).waitFor();
  }
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector('a')!;
      return { path: new URL(link.href).pathname, title: link.textContent ?? '', excerpt: li.querySelector('p')?.textContent ?? '' };
    }),
  );
}

const records = builtOpportunities();
const byPath = new Map(records.map((r) => [r.url, r]));
const recordTitled = (title: string): OpportunityRecord => records.find((r) => r.title === title) ?? assertNever(title);
const assertNever = (title: string): never => {
  throw new Error(`No opportunity is called "${title}"`);
};
const inCambridge = (r: OpportunityRecord) => r.places.some((p) => /cambridge/i.test(`${p.name} ${p.area ?? ''}`));

describe('search ranking', () => {
  it('"labratory" (misspelt) finds the CAST laboratory sciences T Level in the top 3, saying it corrected the spelling', async () => {
    const results = await searchAll('q=labratory');
    const target = recordTitled('T Level in Science (laboratory sciences)');
    expect(
      results.slice(0, 3).map((r) => r.path),
      results.map((r) => r.title).join(' | '),
    ).toContain(target.url);
    await expect(page.locator('[data-search-status]').innerText()).resolves.toMatch(/corrected the spelling/);
    await page.getByRole('button', { name: 'Search for “labratory” as typed' }).click();
    await page
      .locator('[data-search-status]')
      .filter({ hasText: /for “labratory”/ })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
  });

  it('"apprenticeship cambridge" puts open Cambridge apprenticeships first, nearest the city first, and the Laboratory Scientist degree apprenticeship in the top 3', async () => {
    const results = await searchAll(`q=${encodeURIComponent('apprenticeship cambridge')}`);
    const titles = results.map((r) => r.title).join(' | ');
    for (const result of results.slice(0, 3)) {
      const record = byPath.get(result.path);
      expect(record, `${result.title} is not an opportunity: ${titles}`).toBeDefined();
      expect(record!.type, titles).toMatch(/apprenticeship/);
      expect(inCambridge(record!), `${record!.title} is not in or near Cambridge`).toBe(true);
    }
    const target = recordTitled('Laboratory Scientist degree apprenticeship');
    expect(
      results.slice(0, 3).map((r) => r.path),
      titles,
    ).toContain(target.url);
    // Open opportunities come nearest the city first, by bands of distance: none in a nearer band follows a further one.
    const taxonomy = JSON.parse(readFileSync(join(TEST_DIST, 'api/v1/taxonomy.json'), 'utf8')) as { places: FeedPlace[] };
    const cambridge = taxonomy.places.find((p) => p.name === 'Cambridge')!;
    const bands = results
      .map((r) => byPath.get(r.path))
      .filter((r): r is OpportunityRecord => !!r && isOpen(r.status))
      .map((r) => NEAR_BANDS.find((miles) => (nearestPlace(cambridge, r.places)?.miles ?? Infinity) <= miles) ?? Infinity);
    expect(bands, titles).toEqual([...bands].sort((a, b) => a - b));
  });

  it('"laboratory" puts the CAST T Level in the top 3', async () => {
    const results = await searchAll('q=laboratory');
    expect(results.slice(0, 3).map((r) => r.path)).toContain(recordTitled('T Level in Science (laboratory sciences)').url);
  });
});

describe('search results', () => {
  it('quote an opportunity’s own summary or description, never its badges, labels or facts', async () => {
    for (const query of ['apprenticeship cambridge', 'laboratory', 'example', 'closing', 'level 3', 'online']) {
      const results = await searchAll(`q=${encodeURIComponent(query)}&exact=1`);
      for (const result of results) {
        const record = byPath.get(result.path);
        if (!record) continue;
        // Compared word by word: Pagefind joins blocks with ". " and trims to whole words.
        const words = tokenize(result.excerpt).join(' ');
        const source = tokenize(`${record.summary} ${record.description}`).join(' ');
        expect(source, `“${query}”: the excerpt of ${result.path} is not from its description: “${result.excerpt}”`).toContain(words);
      }
    }
  });

  it('come open first: no closed opportunity comes before one that is not closed', async () => {
    const results = await searchAll(`q=${encodeURIComponent('skills')}`);
    const closed = results.map((r) => byPath.get(r.path)?.status === 'closed');
    expect(closed.some(Boolean), 'the query should find some closed opportunities').toBe(true);
    expect(closed.indexOf(true)).toBeGreaterThan(-1);
    expect(closed.slice(closed.indexOf(true)).every(Boolean), results.map((r) => r.title).join(' | ')).toBe(true);
  });

  it('narrow to a place and to opportunities open now, and keep both in the URL', async () => {
    const place = 'Cambridge Science Park';
    const expected = records.filter((r) => isOpen(r.status) && r.places.some((p) => p.name === place)).map((r) => r.url);
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`${run.hub.origin}/search/`);
    await page.locator('#search-place option').nth(1).waitFor({ state: 'attached' });
    await page.getByLabel('Place').selectOption(place);
    await page.getByLabel('Open only (you can apply now)').check();
    await page
      .locator('[data-search-status]')
      .filter({ hasText: new RegExp(`^${expected.length} results?`) })
      .waitFor();
    const shown = await searchAll(new URL(page.url()).search.slice(1));
    expect(shown.map((r) => r.path).sort()).toEqual([...expected].sort());
    const params = new URL(page.url()).searchParams;
    expect([params.get('place'), params.get('open')]).toEqual([place, '1']);
  });
});
