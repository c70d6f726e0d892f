import { describe, expect, it } from 'vitest';
import { sitemapPaths } from './built-site.ts';
import { useHubInBrowser } from './hub-in-browser.ts';

/**
 * Reflow (WCAG 2.2, 1.4.10): every page in the sitemap fits a 320 CSS px wide screen with no
 * horizontal scrolling, with JavaScript on (so enhanced controls such as the search filters are
 * measured as readers see them).
 */

const run = useHubInBrowser();

describe('reflow at 320 CSS px', () => {
  it('no page in the sitemap scrolls sideways', async () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(50);
    const context = await run.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${run.hub.origin}${path}`, { waitUntil: 'load' });
      // The search page fills its filter menus from the index: long values used to widen the page.
      if (path === '/search/') await page.locator('#search-place option').nth(1).waitFor({ state: 'attached' });
      // Listings swap their static list for the search widget once its feed is read: measure the widget.
      if (await page.locator('[data-listing-search]').count()) await page.locator('[data-listing-live]:not([hidden])').waitFor();
      const { scroll, viewport, widest } = await page.evaluate(() => {
        const root = document.documentElement;
        // Name the widest element that sticks out, so a failure says where to look.
        let widest = '';
        let right = root.clientWidth;
        for (const element of document.body.querySelectorAll('*')) {
          const box = element.getBoundingClientRect();
          if (box.right > right + 0.5) {
            right = box.right;
            widest = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
          }
        }
        return { scroll: root.scrollWidth, viewport: root.clientWidth, widest };
      });
      if (scroll > viewport) wide.push(`${path}: ${scroll} px wide (${widest})`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 240_000);
});
