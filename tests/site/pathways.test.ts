import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nextSteps } from '@opportunities-hub/model';
import { loadCatalogue } from '@opportunities-hub/model/node/load-catalogue';
import { useHubInBrowser } from './hub-in-browser.ts';
import { injectAxe } from '../support/axe.ts';

/**
 * Every pathway page in Chromium: its overview diagram has one box per step and one line per link,
 * no two boxes overlap and every title fits its box; the page does not scroll sideways at 320 px;
 * the route's lines and box edges reach 3:1 against the page in light and dark, where axe finds
 * nothing either.
 */

const run = useHubInBrowser();
const { pathways } = await loadCatalogue(resolve(import.meta.dirname, '../../content'));

async function open(
  browser: Browser,
  path: string,
  width: number,
  colorScheme: 'light' | 'dark',
  javaScriptEnabled = false,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(run.hub.origin + path);
  return page;
}

/** WCAG contrast of each diagram line and box edge against the background behind the diagram. */
function contrasts(page: Page): Promise<{ what: string; ratio: number }[]> {
  return page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const backgroundOf = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const diagram = document.querySelector('.route-diagram')!;
    const page = backgroundOf(diagram);
    const parts = [...diagram.querySelectorAll('.route-diagram__line, .route-diagram__arrow, rect')];
    return parts.map((el) => {
      const style = getComputedStyle(el);
      const colour = el.matches('.route-diagram__arrow') ? style.fill : style.stroke;
      return { what: `${el.tagName} ${el.getAttribute('class') ?? ''}`.trim(), ratio: ratio(colour, page) };
    });
  });
}

describe.each(pathways.map((p) => [p.slug, p] as const))('the pathway %s', (slug, pathway) => {
  const path = `/pathways/${slug}/`;
  const links = pathway.data.steps.flatMap((step, i) => nextSteps(pathway.data, i).map((to) => `${step.id}>${to}`));

  it('draws one box per step, linked to its step, and one line per link; no two boxes overlap; every title fits its box', async () => {
    const page = await open(run.browser, path, 1280, 'light');
    const boxes = await page
      .locator('.route-diagram__box')
      .evaluateAll((els) => els.map((a) => ({ step: a.getAttribute('data-step'), href: a.getAttribute('href') })));
    expect(boxes.map((b) => b.step).sort()).toEqual(pathway.data.steps.map((s) => s.id).sort());
    for (const box of boxes) {
      expect(box.href).toBe(`#step-${box.step}`);
      await expect.poll(() => page.locator(`[id="step-${box.step}"]`).count()).toBe(1);
    }
    const edges = await page
      .locator('.route-diagram__edges g')
      .evaluateAll((els) => els.map((g) => `${g.getAttribute('data-from')}>${g.getAttribute('data-to')}`));
    expect(edges.sort()).toEqual([...links].sort());
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const boxes = [...document.querySelectorAll('.route-diagram__box')].map((a) => ({
        id: a.getAttribute('data-step'),
        rect: a.querySelector('rect')!.getBoundingClientRect(),
        text: a.querySelector('text')!.getBoundingClientRect(),
      }));
      boxes.forEach((a, i) => {
        const t = a.text;
        const r = a.rect;
        if (t.left < r.left || t.right > r.right || t.top < r.top || t.bottom > r.bottom)
          found.push(`${a.id}: its text spills out of its box`);
        for (const b of boxes.slice(i + 1)) {
          const o = b.rect;
          if (r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom) found.push(`${a.id} overlaps ${b.id}`);
        }
      });
      return found;
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('does not scroll sideways at 320 px (the diagram scrolls inside its own frame)', async () => {
    const page = await open(run.browser, path, 320, 'light');
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      frame: document.querySelector('.route-diagram')!.getBoundingClientRect().right,
    }));
    expect(widths.page).toBeLessThanOrEqual(320);
    expect(widths.frame).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('draws lines and box edges at 3:1 or more in %s mode, with no axe violations', async (scheme) => {
    const page = await open(run.browser, path, 1280, scheme, true);
    const measured = await contrasts(page);
    expect(measured.length).toBeGreaterThan(pathway.data.steps.length);
    const weak = measured.filter((m) => m.ratio < 3).map((m) => `${m.what}: ${m.ratio.toFixed(2)}:1`);
    expect(weak).toEqual([]);
    await injectAxe(page);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe('the flagship pathway reads as a route', () => {
  it('numbers the steps by the graph and offers the three routes after the placement as a choice', async () => {
    const page = await open(run.browser, '/pathways/t-level-to-laboratory-scientist/', 1280, 'light');
    const kinds = await page.locator('.route__kind').allTextContents();
    expect(kinds.map((k) => k.split(':')[0]!.trim())).toEqual(['Step 1', 'Step 2', 'Step 3A', 'Step 4A', 'Step 3B', 'Step 3C', 'Step 4C']);
    await expect
      .poll(() => page.locator('.route__choice-title').textContent())
      .toMatch(/After work placement with a local employer, choose one of three routes/);
    await expect
      .poll(() => page.locator('#step-laboratory-scientist .route__join').textContent())
      .toMatch(/from either of the routes before it: 3A .* or 3B /);
    await page.context().close();
  });

  it('keeps what employers do out of the learners’ list and in a “For employers” note', async () => {
    const page = await open(run.browser, '/pathways/t-level-to-laboratory-scientist/', 1280, 'light');
    const placement = page.locator('#step-year-2-placement');
    await expect.poll(() => placement.locator('.route__opportunities').count()).toBe(0);
    await expect
      .poll(() => placement.locator('.route__employers').textContent())
      .toMatch(/For employers:[\s\S]*Host a second-year T Level student/);
    await page.context().close();
  });
});

describe('the pathway for adults without a degree', () => {
  it('starts with a choice of a bootcamp or an Access course, leading to a technician apprenticeship, with example listings labelled', async () => {
    const page = await open(run.browser, '/pathways/career-changer-to-technician/', 1280, 'light');
    await expect.poll(() => page.locator('.route__choice-title').first().textContent()).toMatch(/choose one of two routes/);
    await expect.poll(() => page.locator('#step-skills-bootcamp .route__kind').textContent()).toMatch(/Step 2A/);
    await expect.poll(() => page.locator('#step-access-course .route__kind').textContent()).toMatch(/Step 2B/);
    const apprenticeship = page.locator('#step-technician-apprenticeship');
    await expect.poll(() => apprenticeship.locator('.route__opportunities li').count()).toBeGreaterThan(0);
    await expect
      .poll(() => apprenticeship.locator('.route__opportunities li', { hasText: 'Example listing' }).count())
      .toBe(await apprenticeship.locator('.route__opportunities li').count());
    await page.context().close();
  });
});
