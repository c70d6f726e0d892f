import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSearchFeed } from '@opportunities-hub/model/feed/read-search';
import { emptyFilters, type Filters } from '@opportunities-hub/model/logic/filters';
import { gazetteerOf, resolveNear } from '@opportunities-hub/model/logic/near';
import { prepareOpportunities, queryOpportunities } from '@opportunities-hub/model/logic/opportunity-query';
import type { SortKey } from '@opportunities-hub/model/logic/sort';
import { TEST_DIST, TEST_TODAY } from '../support/hub.ts';
import { useHubInBrowser } from './hub-in-browser.ts';

/**
 * The hub's own listings with and without JavaScript: the static listing is the page without it;
 * with it, the hub's <hub-opportunity-search> (the partners' script-tag file) replaces it once
 * ready, preset from the page's facet, with its state in the URL. Counts agree everywhere, and
 * the follow section names the feed matching the search.
 */

const run = useHubInBrowser();
/** Noon on the build's pinned day, so the widget works statuses out for the same day as the pages. */
const NOON = new Date(`${TEST_TODAY}T12:00:00Z`);

async function open(path: string, { js = true, width = 1280 } = {}): Promise<Page> {
  const context = await run.browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 900 } });
  const page = await context.newPage();
  if (js) await page.clock.setFixedTime(NOON);
  await page.goto(run.hub.origin + path);
  if (js) await enhanced(page);
  return page;
}

/** Waits until the search has replaced the static listing. */
async function enhanced(page: Page): Promise<Locator> {
  await page.locator('[data-listing-live]:not([hidden])').waitFor();
  return page.locator('hub-opportunity-search');
}

/** The titles of the results the search shows, in order. */
const shownTitles = (search: Locator) => search.locator('[part~="result-link"]').allInnerTexts();

/** The count beside one facet option in the search, e.g. "Apprenticeship (12)" → 12. */
async function widgetCounts(search: Locator): Promise<Map<string, number>> {
  const options = await search.locator('.facet label.option').evaluateAll((labels) =>
    labels.map((label) => {
      const input = label.querySelector('input')!;
      return [`${input.name}/${input.value}`, Number(/\((\d+)\)\s*$/.exec(label.textContent!)![1])] as const;
    }),
  );
  return new Map(options);
}

/** What the model's search finds in the built search feed: the answer the page must show. */
function expected(filters: Partial<Filters>, sort: SortKey, near?: { place: string; radius: number }) {
  const feed = readSearchFeed(JSON.parse(readFileSync(join(TEST_DIST, 'api/v1/search.json'), 'utf8')));
  const origin = near && resolveNear(gazetteerOf(feed.records, feed.places), near.place);
  if (near && !origin) throw new Error(`The gazetteer has no place "${near.place}"`);
  const query = { q: '', filters: { ...emptyFilters(), ...filters }, origin, radius: near?.radius, sort };
  return queryOpportunities(prepareOpportunities(feed.records, TEST_TODAY), query).results;
}

describe('a school leaver on /opportunities/ with JavaScript', () => {
  it('narrows to laboratory skills within 10 miles of Cambridge, open only, nearest first, and the URL reproduces it', async () => {
    const page = await open('/opportunities/');
    const search = page.locator('hub-opportunity-search');
    await search.locator('summary', { hasText: 'Who it is for' }).click();
    await search.getByLabel('School leavers (16 to 18)').check();
    await search.locator('summary', { hasText: 'Skill area' }).click();
    await search.getByLabel('Laboratory technical skills').check();
    await search.getByLabel('Near').fill('Cambridge');
    await search.getByLabel('Near').press('Tab');
    await search.getByLabel('Distance').selectOption('10');
    await search.getByLabel('Sort by').selectOption('nearest');
    // Open only is where a search starts; the reader leaves it on.
    await expect.poll(() => search.getByLabel('Only opportunities open for applications').isChecked()).toBe(true);

    const want = expected({ audience: ['school-leavers'], skill: ['laboratory-technical-skills'] }, 'nearest', {
      place: 'Cambridge',
      radius: 10,
    });
    expect(want.length).toBeGreaterThanOrEqual(3);
    expect(want.every((r) => r.open && r.miles! <= 10)).toBe(true);
    await expect.poll(() => shownTitles(search)).toEqual(want.map((r) => r.record.title));
    // Nearest first, as the reader reads it: "Where: <place>, 2.2 miles".
    const miles = (await search.locator('[part~="result"] dd').allInnerTexts())
      .flatMap((text) => /, ([\d.]+) miles?/.exec(text)?.[1] ?? (/less than a mile/.test(text) ? '0' : []))
      .map(Number);
    expect(miles).toHaveLength(want.length);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));

    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      'hub-audience': 'school-leavers',
      'hub-skill': 'laboratory-technical-skills',
      'hub-near': 'Cambridge',
      'hub-radius': '10',
      'hub-sort': 'nearest',
    });

    // Reloaded, and opened afresh from the link, the page shows the same search.
    await page.reload();
    await expect.poll(async () => shownTitles(await enhanced(page))).toEqual(want.map((r) => r.record.title));
    const fresh = await open(url.pathname + url.search);
    await expect.poll(() => shownTitles(fresh.locator('hub-opportunity-search'))).toEqual(want.map((r) => r.record.title));
    expect(await fresh.locator('hub-opportunity-search').getByLabel('Near').inputValue()).toBe('Cambridge');

    // Back undoes one step (the order), forward redoes it.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('hub-sort')).toBeNull();
    await expect.poll(() => search.getByLabel('Sort by').inputValue()).toBe('relevance');
    await page.goForward();
    await expect.poll(() => search.getByLabel('Sort by').inputValue()).toBe('nearest');
    await page.context().close();
    await fresh.context().close();
  });

  it('without JavaScript, reads the static listing and narrows it with filter links', async () => {
    // On a phone, where the filter links fold into a disclosure.
    const page = await open('/opportunities/', { js: false, width: 320 });
    expect(await page.locator('[data-listing-static]').isVisible()).toBe(true);
    expect(await page.locator('[data-listing-live]').isVisible()).toBe(false);
    await page.locator('.facets summary').click();
    await page.locator('.facets a', { hasText: 'Laboratory technical skills' }).click();
    await page.waitForURL('**/opportunities/skill/laboratory-technical-skills/');
    expect(await page.locator('main h1').innerText()).toBe('Skill area: Laboratory technical skills');
    expect(await page.locator('[data-listing-static] .opportunity-list > li').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('the enhanced listings', () => {
  it('start from the page’s facet, combine filters, and keep one h1 with headings in order', async () => {
    const page = await open('/opportunities/audience/school-leavers/');
    const search = page.locator('hub-opportunity-search');
    expect(await page.locator('[data-listing-static]').isVisible()).toBe(false);
    await search.locator('summary', { hasText: 'Skill area' }).click();
    await search.getByLabel('Laboratory technical skills').check();
    const want = expected({ audience: ['school-leavers'], skill: ['laboratory-technical-skills'] }, 'closing');
    expect(want.length).toBeGreaterThan(1);
    await expect.poll(() => shownTitles(search)).toEqual(want.slice(0, 20).map((r) => r.record.title));
    expect(new URL(page.url()).searchParams.get('hub-audience')).toBeNull();
    expect(await search.getByLabel('School leavers (16 to 18)').isChecked()).toBe(true);
    // The headings a screen reader lists: the page's, then the search's, through its shadow root.
    const headings = await page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll<HTMLElement>('*')) {
          if (/^H[1-6]$/.test(el.tagName) && el.checkVisibility()) found.push(el.tagName);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found;
    });
    expect(headings.filter((h) => h === 'H1')).toHaveLength(1);
    const levels = headings.map((h) => Number(h[1]));
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1]! + 1)).toBe(true);
    await page.context().close();
  });
});

describe('counts', () => {
  it('are the same for one filter in the sidebar, the types panel, each listing page and the search', async () => {
    const page = await open('/opportunities/', { js: false });
    const sidebar = await page
      .locator('.facets a')
      .evaluateAll((links) => links.map((a) => [a.getAttribute('href')!, Number(/\((\d+)\)/.exec(a.textContent!)![1])] as const));
    const panel = await page
      .locator('.toc li')
      .evaluateAll((items) =>
        items.map(
          (li) => [`/opportunities/type/${li.querySelector('a')!.hash.slice(1)}/`, Number(/\((\d+)\)/.exec(li.textContent!)![1])] as const,
        ),
      );
    expect(sidebar.length).toBeGreaterThan(20);
    const counts = new Map(sidebar);
    for (const [path, n] of panel) expect(`${path} (${n})`).toBe(`${path} (${counts.get(path)})`);

    const listings: string[] = [];
    for (const [path] of sidebar) {
      await page.goto(run.hub.origin + path);
      listings.push(`${path} (${/^(\d+) opportunit/.exec(await page.locator('.lede').innerText())?.[1]})`);
    }
    expect(listings).toEqual(sidebar.map(([path, n]) => `${path} (${n})`));

    // The search with open only off counts every listed opportunity, as the sidebar does.
    const everything = await open('/opportunities/?hub-open=0');
    const widget = await widgetCounts(everything.locator('hub-opportunity-search'));
    expect(sidebar.map(([path]) => `${path} (${widget.get(path.split('/').slice(2, 4).join('/'))})`)).toEqual(
      sidebar.map(([path, n]) => `${path} (${n})`),
    );
    // With open only on, the search finds what the page says can be applied for now.
    const openNow = await open('/opportunities/');
    const lede = Number(/^(\d+)/.exec(await openNow.locator('.lede').innerText())![1]);
    expect(await openNow.locator('hub-opportunity-search [part~="status"]').innerText()).toBe(`${lede} opportunities found`);
    for (const p of [page, everything, openNow]) await p.context().close();
  });
});

describe('progressive enhancement', () => {
  it('keeps the static listing when the search feed cannot be loaded, and never shows both lists', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await page.route('**/api/v1/search.json', (route) => route.abort());
    const failed = page.waitForEvent('console', (m) => m.type() === 'error');
    await page.goto(`${run.hub.origin}/opportunities/type/apprenticeship/`);
    await failed;
    expect(await page.locator('[data-listing-static]').isVisible()).toBe(true);
    expect(await page.locator('[data-listing-live]').isVisible()).toBe(false);
    await context.close();
  });

  it('swaps without shifting the layout and reflows at 320 px with every filter open', async () => {
    for (const path of ['/opportunities/', '/opportunities/skill/laboratory-technical-skills/']) {
      const page = await open(path, { width: 320 });
      const shift = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            let sum = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => done(sum), 100);
          }),
      );
      // Under 0.1 is what Core Web Vitals call good; here, with the feed served locally, it is 0.
      expect(shift).toBeLessThan(0.1);
      const search = page.locator('hub-opportunity-search');
      for (const summary of await search.locator('summary').all()) await summary.click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.context().close();
    }
  });
});

describe('following the search', () => {
  it('names the feed that matches a single-facet filter, and says when none does', async () => {
    const page = await open('/opportunities/');
    const follow = page.locator('[data-follow]');
    const atom = follow.locator('[data-follow-atom]');
    /** Where a link leads, as a site path: the widget gives the feeds' full addresses. */
    const path = async (link: Locator) => new URL((await link.getAttribute('href'))!, run.hub.origin).pathname;
    expect(await path(atom)).toBe('/feeds/opportunities.atom');
    const search = page.locator('hub-opportunity-search');
    await search.locator('summary', { hasText: 'Skill area' }).click();
    await search.getByLabel('Laboratory technical skills').check();
    await expect.poll(() => path(atom)).toBe('/feeds/opportunities/skill/laboratory-technical-skills.atom');
    expect(await path(follow.locator('[data-follow-calendar]'))).toBe('/feeds/opportunities/skill/laboratory-technical-skills.ics');
    expect(await follow.locator('[data-follow-name]').innerText()).toBe('Skill area: Laboratory technical skills');
    expect(await atom.innerText()).toContain('New opportunities');
    // The feed it names exists, with just that skill area's opportunities.
    const response = await page.request.get(run.hub.origin + (await path(atom)));
    expect(response.status()).toBe(200);

    await search.locator('summary', { hasText: 'Who it is for' }).click();
    await search.getByLabel('School leavers (16 to 18)').check();
    await expect.poll(() => follow.locator('[data-follow-none]').isVisible()).toBe(true);
    expect(await follow.locator('[data-follow-feeds]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('on a facet listing, starts from that value’s feed', async () => {
    const page = await open('/opportunities/type/apprenticeship/');
    const atom = page.locator('[data-follow] [data-follow-atom]');
    const path = async () => new URL((await atom.getAttribute('href'))!, run.hub.origin).pathname;
    expect(await path()).toBe('/feeds/opportunities/type/apprenticeship.atom');
    await page.locator('hub-opportunity-search').locator('input[name="type"][value="apprenticeship"]').uncheck();
    await expect.poll(() => path()).toBe('/feeds/opportunities.atom');
    await page.context().close();
  });
});
