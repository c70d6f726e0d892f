import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHubInBrowser } from './hub-in-browser.ts';

/**
 * Narrow and wide screens, with JavaScript off: on a 320 px screen the main navigation and the
 * opportunity filters fold into disclosures that open from the keyboard, so the page's own content
 * starts near the top; on a wide screen both are simply shown.
 */

const run = useHubInBrowser();

async function pageAt(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 640 }, javaScriptEnabled: false });
  return context.newPage();
}

describe('on a 320 px screen', () => {
  it('folds the main navigation into a Menu that opens from the keyboard', async () => {
    const page = await pageAt(run.browser, 320);
    await page.goto(`${run.hub.origin}/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(200);
    await expect.poll(() => nav.getByRole('link', { name: 'Pathways' }).isVisible()).toBe(false);
    await nav.getByText('Menu').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => nav.getByRole('link', { name: 'Pathways' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('puts the opportunities before the filters, which open from a disclosure', async () => {
    const page = await pageAt(run.browser, 320);
    await page.goto(`${run.hub.origin}/opportunities/`);
    const filters = page.getByRole('navigation', { name: 'Filter opportunities' });
    await expect.poll(() => filters.getByRole('link').first().isVisible()).toBe(false);
    const firstType = await page.locator('.type-group h2').first().boundingBox();
    expect(firstType!.y).toBeLessThan(2 * 640);
    await filters.getByText('Filter opportunities').click();
    await expect.poll(() => filters.getByRole('link').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('on a 1280 px screen', () => {
  it('shows the navigation and the filters with no disclosure, and Tab reaches them', async () => {
    const page = await pageAt(run.browser, 1280);
    await page.goto(`${run.hub.origin}/opportunities/`);
    for (const name of ['Main', 'Filter opportunities']) {
      const nav = page.getByRole('navigation', { name });
      await expect.poll(() => nav.locator('summary').isVisible(), { message: name }).toBe(false);
      await expect.poll(() => nav.getByRole('link').first().isVisible(), { message: name }).toBe(true);
    }
    const focused: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(focused).toContain('Pathways');
    await page.context().close();
  });
});
