import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sitemapPaths } from './built-site.ts';
import { useHubInBrowser } from './hub-in-browser.ts';
import { injectAxe } from '../support/axe.ts';

/**
 * Every page in the sitemap, in Chromium: it answers 200, has one h1 and a main landmark, makes no
 * request to another origin, breaks no rule of its Content-Security-Policy, has its headings in order, and has no axe violations against WCAG 2.2
 * A and AA.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const run = useHubInBrowser();
let page: Page;
const foreignRequests: string[] = [];
const policyViolations: string[] = [];

beforeAll(async () => {
  page = await run.browser.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== run.hub.origin && url.protocol !== 'data:' && url.protocol !== 'about:')
      foreignRequests.push(`${page.url()} → ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(`${page.url()}: ${message.text()}`);
  });
});

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

async function axeViolations(): Promise<string[]> {
  await injectAxe(page);
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: Document, o: unknown): Promise<AxeResult> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    AXE_TAGS,
  );
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * Headings out of order (a level skipped) and empty sections: a heading followed by one of the
 * same or higher rank with no content between them. axe leaves both to its best-practice rules.
 */
async function headingProblems(): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
      (h) => (h as HTMLElement).offsetParent !== null || h.matches('.visually-hidden'),
    );
    headings.forEach((heading, i) => {
      const rank = Number(heading.tagName[1]);
      const next = headings[i + 1];
      const previous = headings[i - 1];
      if (previous && rank > Number(previous.tagName[1]) + 1)
        problems.push(`"${heading.textContent?.trim()}" skips a level after h${previous.tagName[1]}`);
      if (!next || Number(next.tagName[1]) > rank) return;
      const between = document.createRange();
      between.setStartAfter(heading);
      between.setEndBefore(next);
      // Text, or something that shows without text: a frame, a picture, a control, a custom element.
      const content = between.cloneContents();
      const shown = [...content.querySelectorAll('*')].some(
        (e) => e.tagName.includes('-') || e.matches('iframe, img, svg, video, canvas, input, select, textarea, button'),
      );
      if (!content.textContent?.trim() && !shown) problems.push(`"${heading.textContent?.trim()}" heads an empty section`);
    });
    return problems;
  });
}

describe('every page in the sitemap', () => {
  const paths = sitemapPaths();

  it('lists the pages of the public contract', () => {
    for (const path of [
      '/',
      '/vision/',
      '/skills-gaps/',
      '/recommendations/',
      '/pathways/',
      '/opportunities/',
      '/employers/',
      '/partners/',
      '/events/',
      '/search/',
      '/about/',
      '/accessibility/',
      '/privacy/',
    ]) {
      expect(paths, path).toContain(path);
    }
  });

  it(
    'answers 200 with one h1, a main landmark, headings in order, no foreign requests and no axe violations',
    { timeout: 600_000 },
    async () => {
      const problems: string[] = [];
      for (const path of paths) {
        const response = await page.goto(run.hub.origin + path, { waitUntil: 'load' });
        if (response?.status() !== 200) {
          problems.push(`${path}: status ${response?.status()}`);
          continue;
        }
        if ((await page.locator('h1').count()) !== 1) problems.push(`${path}: needs exactly one h1`);
        if ((await page.locator('main').count()) !== 1) problems.push(`${path}: needs one main`);
        for (const violation of await axeViolations()) problems.push(`${path}: ${violation}`);
        for (const problem of await headingProblems()) problems.push(`${path}: ${problem}`);
      }
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(policyViolations).toEqual([]);
    },
  );

  it('serves the 404 page, accessible, for an unknown address', async () => {
    const response = await page.goto(`${run.hub.origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    expect(await axeViolations()).toEqual([]);
  });
});
