import { resolve } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '@opportunities-hub/model/node/load-catalogue';
import { useHubInBrowser } from './hub-in-browser.ts';

/**
 * The careers adviser's handout: each pathway page printed by Chromium to PDF fits one A4 page
 * (two for the longest pathway), and carries the pathway's absolute address in text and in a QR
 * code that a QR reader (jsQR, from the page rendered for print) decodes to that address, and
 * the contact email from the site settings. PDF
 * pages and text are read with Mozilla's pdf.js. Then the Print and Copy link buttons, which only
 * a script shows.
 */

const run = useHubInBrowser();
const { pathways, site } = await loadCatalogue(resolve(import.meta.dirname, '../../content'));
const longest = Math.max(...pathways.map((p) => p.data.steps.length));

/** The page's own absolute address, as the build wrote it (its origin is the build's, not the test server's). */
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

async function pdfOf(page: Page): Promise<{ pages: number; text: string; size: number[] }> {
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  const [, , width, height] = (await doc.getPage(1)).view;
  return { pages: doc.numPages, text, size: [Math.round(width!), Math.round(height!)] };
}

describe.each(pathways.map((p) => [p.slug, p.data.steps.length] as const))('the printed handout of %s', (slug, steps) => {
  it(`fits ${steps === longest ? 'two A4 pages (the longest pathway)' : 'one A4 page'}, with the address written in full and the contact`, async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.hub.origin}/pathways/${slug}/`);
    const url = await canonical(page);
    expect(url).toMatch(new RegExp(`^https?://[^/]+/pathways/${slug}/$`));
    const pdf = await pdfOf(page);
    expect(pdf.size).toEqual([595, 842]); // A4 in points
    expect(pdf.pages).toBeLessThanOrEqual(steps === longest ? 2 : 1);
    expect(pdf.text.replace(/\s+/g, '')).toContain(url);
    expect(pdf.text, 'the contact from content/site.yaml').toContain(site.data.contact.email);
    await page.close();
  });

  it('prints a QR code that decodes to the address', async () => {
    const page = await run.browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`${run.hub.origin}/pathways/${slug}/`);
    await page.emulateMedia({ media: 'print' });
    const png = PNG.sync.read(await page.locator('.handout__qr').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(await canonical(page));
    await page.close();
  });
});

describe('Print this pathway and Copy link', () => {
  const path = '/pathways/career-changer-to-technician/';

  it('without JavaScript, are hidden and the page says how to print', async () => {
    const context = await run.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(run.hub.origin + path);
    await expect.poll(() => page.getByRole('button', { name: /Print this pathway/ }).count()).toBe(0);
    await expect.poll(() => page.locator('[data-no-js-print]').textContent()).toMatch(/use your browser's Print command/);
    await context.close();
  });

  it('with JavaScript, print the page and copy its absolute address, saying so', async () => {
    const context = await run.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    const page = await context.newPage();
    await page.goto(run.hub.origin + path);
    await expect.poll(() => page.locator('[data-no-js-print]').isVisible()).toBe(false);
    await page.getByRole('button', { name: /Print this pathway/ }).click();
    await expect(page.locator('html').getAttribute('data-printed')).resolves.toBe('yes');
    await page.getByRole('button', { name: /Copy link/ }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(await canonical(page));
    await expect
      .poll(() => page.locator('[data-printed-on]').textContent())
      .toMatch(/^Printed from the Opportunities Hub on \d{1,2} \w+ \d{4}$/);
    await context.close();
  });

  it('on the list of pathways, Print opens the pathway and prints it', async () => {
    const context = await run.browser.newContext();
    await context.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    const page = await context.newPage();
    await page.goto(`${run.hub.origin}/pathways/`);
    await page.getByRole('button', { name: /Print this pathway\s*:\s*Into laboratory and manufacturing work as an adult/ }).click();
    await page.waitForURL(`**${path}`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-printed') === 'yes');
    expect(new URL(page.url()).hash).toBe('');
    await context.close();
  });
});
