import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startServer, type RunningHub } from '../support/hub.ts';
import { shadowText, startPartner, watchedPage } from './support.ts';

/** The playground on /embed/: its preview works, and the snippet it copies works pasted elsewhere. */
describe('the /embed/ playground snippet', () => {
  let hub: RunningHub;
  let browser: Browser;

  beforeAll(async () => {
    hub = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('copies a two-line snippet that works when pasted into a blank page on another origin', async () => {
    const { page, context, problems } = await watchedPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hub.origin });
    await page.goto(`${hub.origin}/embed/`);
    await page.locator('[data-preview] hub-pathway [part=title]').waitFor();

    // Preset a theme value: the preview restyles and the snippet carries it.
    await page.getByLabel('--hub-color-accent', { exact: true }).fill('rebeccapurple');
    await page.getByRole('button', { name: 'Copy the snippet' }).click();
    await page.getByText('Copied.').waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet.split('\n')).toHaveLength(2);
    expect(snippet).toContain(`src="${hub.origin}/widgets/v1/hub-widgets.js"`);
    expect(snippet).toContain('--hub-color-accent: rebeccapurple');
    expect(problems).toEqual([]);

    const blank = await startPartner({ 'index.html': `<!doctype html>\n<title>Blank</title>\n${snippet}\n` });
    try {
      const other = await watchedPage(browser);
      await other.page.goto(`${blank.origin}/`);
      await other.page.locator('hub-pathway [part=title]').waitFor();
      expect(await shadowText(other.page, 'hub-pathway [part=title]')).not.toBe('');
      const accent = await other.page
        .locator('hub-pathway')
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--hub-color-accent').trim());
      expect(accent).toBe('rebeccapurple');
      expect(other.problems).toEqual([]);
      await other.context.close();
    } finally {
      await blank.close();
    }
    await context.close();
  });

  it('switches widget and attributes (menus for known values), the preview and snippet follow, and a bad value is flagged', async () => {
    const { page, context, problems } = await watchedPage(browser);
    await page.goto(`${hub.origin}/embed/`);
    await page.locator('[data-preview] hub-pathway [part=title]').waitFor();
    const pathway = page.locator('[data-attributes-for="hub-pathway"] select[data-attribute=pathway]');
    const other = (await pathway.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(
      (v) => v && !v.startsWith('t-level'),
    )[0]!;
    await pathway.selectOption(other);
    await expect.poll(() => page.locator('[data-snippet]').textContent()).toContain(`pathway="${other}"`);

    await page.locator('#pg-widget-hub-opportunity-search').check();
    await page.locator('[data-preview] hub-opportunity-search').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('[data-snippet]').textContent()).toContain('<hub-opportunity-search');
    await expect.poll(() => page.locator('[data-attributes-for="hub-pathway"]').isHidden()).toBe(true);
    const search = page.locator('[data-attributes-for="hub-opportunity-search"]');
    await search.locator('select[data-attribute=type]').selectOption('apprenticeship');
    await expect.poll(() => search.locator('select[data-attribute=type] option:checked').textContent()).toBe('Apprenticeship');
    await expect.poll(() => page.locator('[data-snippet]').textContent()).toContain('type="apprenticeship"');
    // A free-text attribute with a value the widget cannot use is flagged.
    await search.locator('input[data-attribute=locked]').fill('type nothing');
    await page.locator('[data-problems]', { hasText: 'locked="nothing" is not used' }).waitFor();
    await expect.poll(() => page.locator('[data-snippet]').textContent()).toContain('locked="type nothing"');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists every attribute, event, custom property and part in its reference tables', async () => {
    const { page, context } = await watchedPage(browser);
    await page.goto(`${hub.origin}/embed/`);
    const rows = (tag: string, table: string) => page.locator(`[data-element="${tag}"] [data-table="${table}"] tbody th`).allTextContents();
    expect(await rows('hub-pathway', 'attributes')).toEqual(['theme', 'pathway', 'src', 'heading-level']);
    expect((await rows('hub-pathway', 'events')).sort()).toEqual(['hub-error', 'hub-load', 'hub-select']);
    expect(await rows('hub-pathway', 'parts')).toContain('opportunity-link');
    expect(await rows('hub-pathway', 'css-properties')).toContain('--hub-color-accent');
    expect(await rows('hub-opportunity-search', 'attributes')).toContain('sync-url');
    await context.close();
  });
});
