import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startServer, type RunningHub } from '../support/hub.ts';
import { partnerFiles, shadowText, startPartner, watchedPage } from './support.ts';

/**
 * The demo partner page on its own origin, under a strict CSP with Trusted Types required, loads
 * both widgets from the hub's origin, and they work.
 */
describe('the demo partner page', () => {
  let hub: RunningHub;
  let partner: Awaited<ReturnType<typeof startPartner>>;
  let browser: Browser;

  beforeAll(async () => {
    hub = await startServer();
    partner = await startPartner(partnerFiles(hub.origin));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await partner?.close();
    await hub?.close();
  });

  it('shows the pathway and the search from the hub, with no errors or CSP violations', async () => {
    expect(new URL(partner.origin).port).not.toBe(new URL(hub.origin).port);
    const { page, context, problems, requests } = await watchedPage(browser);
    await page.goto(`${partner.origin}/`);

    await page.locator('hub-pathway [part=title]').waitFor();
    expect(await shadowText(page, 'hub-pathway [part=title]')).not.toBe('');
    await expect.poll(() => page.locator('hub-pathway [part=step]').count()).toBeGreaterThanOrEqual(3);
    // The flagship route branches, and says so in words.
    await expect.poll(() => page.locator('hub-pathway [part=branch]').count()).toBeGreaterThanOrEqual(1);
    expect(await shadowText(page, 'hub-pathway [part=overview]')).toMatch(/branches/);
    // Links lead to the hub, not the partner.
    const href = await page.locator('hub-pathway [part=hub-link]').last().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${hub.origin}/pathways/`));
    // The partner's theme reached inside: its accent colour on the step titles (via ::part).
    const colour = await page
      .locator('hub-pathway [part=step-title]')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe('rgb(74, 29, 92)');

    expect(await page.evaluate(() => Boolean(customElements.get('hub-opportunity-search')))).toBe(true);
    await page.locator('hub-opportunity-search [part~=result]').first().waitFor();

    expect(problems).toEqual([]);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([hub.origin, partner.origin].sort());
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it("fetches <hub-pathway>'s own file only once a pathway is on the page, from the hub, beside the script", async () => {
    const page2 = await startPartner({
      'index.html': `<!doctype html><html lang="en"><title>Search only</title>
        <script type="module" src="${hub.origin}/widgets/v1/hub-widgets.js"></script>
        <hub-opportunity-search limit="3"></hub-opportunity-search><div id="later"></div>`,
    });
    try {
      const { page, context, problems, requests } = await watchedPage(browser);
      await page.goto(`${page2.origin}/`);
      await page.locator('hub-opportunity-search [part~=result]').first().waitFor();
      const scripts = () => requests.filter((url) => url.includes('/widgets/'));
      expect(scripts()).toEqual([`${hub.origin}/widgets/v1/hub-widgets.js`]);

      // Added later, as a script-driven page would: the pathway's file comes, and the element works.
      await page
        .locator('#later')
        .evaluate((div) => (div.innerHTML = '<hub-pathway pathway="t-level-to-laboratory-scientist"></hub-pathway>'));
      await page.locator('hub-pathway [part=title]').waitFor();
      expect(scripts()).toHaveLength(2);
      expect(scripts()[1]).toMatch(new RegExp(`^${hub.origin}/widgets/v1/hub-pathway-[0-9a-f]{8}\\.js$`));
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await page2.close();
    }
  });
});
