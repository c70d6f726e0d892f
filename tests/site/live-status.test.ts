import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { endOfUkDay } from '@opportunities-hub/model/logic/plain-date';
import { shownStatus, shownStatusLabel } from '@opportunities-hub/model/logic/status';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startServer, TEST_DIST, TEST_TODAY, type RunningHub } from '../support/hub.ts';
import { builtOpportunities, sitemapPaths } from './built-site.ts';

/**
 * Statuses stay true between builds: in Chromium with its clock moved on (months, and across the
 * changes to and from British Summer Time), a page built for one day shows what a build made for
 * the later day shows. The later build is made here, for comparison, with JavaScript off.
 */
const LATER_DAY = '2027-03-29';
/** 00:30 on 29 March 2027 in the UK (BST began the day before), still 28 March in UTC. */
const LATER_INSTANT = new Date('2027-03-28T23:30:00Z');
const LATER_DIST = resolve(TEST_DIST, `../test-dist-${LATER_DAY}`);

/** One opportunity page for each change of status between the two days (closing soon → closed, opens soon → open…). */
function oneOfEachChange(): string[] {
  const byChange = new Map<string, string>();
  for (const o of builtOpportunities()) byChange.set(`${shownStatus(o, TEST_TODAY)} → ${shownStatus(o, LATER_DAY)}`, o.url);
  return [...byChange.values()];
}

/** Every pathway page: each step lists the opportunities open or opening at it. */
function pathwayPages(): string[] {
  return sitemapPaths().filter((path) => /^\/pathways\/[^/]+\/$/.test(path));
}

let browser: Browser;
let hub: RunningHub;
let later: RunningHub;

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: resolve(import.meta.dirname, '../..'),
    encoding: 'utf8',
    env: { ...process.env, HUB_DIST: LATER_DIST, HUB_TODAY: LATER_DAY },
  });
  if (build.status !== 0) throw new Error(`The later build failed:\n${build.stderr}`);
  [hub, later, browser] = await Promise.all([startServer(), startServer(LATER_DIST), launchBrowser()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([hub?.close(), later?.close()]);
});

/** A page with the clock at `instant` (or JavaScript off when `instant` is undefined). */
async function open(origin: string, path: string, instant?: Date): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: instant !== undefined });
  const page = await context.newPage();
  if (instant) await page.clock.setFixedTime(instant);
  // Listings hand over to the search widget once its feed loads (it works statuses out itself);
  // without the feed they keep the static list, whose statuses the status script keeps true.
  await page.route('**/api/v1/search.json', (route) => route.abort());
  await page.goto(origin + path);
  return page;
}

/** What a reader sees of each opportunity's status on a page: its link, visible badges, dates and apply box. */
function statusView(page: Page): Promise<string[]> {
  return page.locator('[data-closes]').evaluateAll((holders) =>
    holders
      .filter((holder) => holder.checkVisibility())
      .map((holder) => {
        const visible = (selector: string) =>
          [...holder.querySelectorAll<HTMLElement>(selector)]
            .filter((el) => el.closest('[data-closes]') === holder && el.checkVisibility())
            .map((el) => el.innerText.replace(/\s+/g, ' ').trim());
        return [
          holder.querySelector('a, h1')?.textContent?.trim(),
          (holder as HTMLElement).dataset.status,
          ...visible('.badge'),
          ...visible('[data-if]:not(:has(.badge))'),
          ...visible('.apply'),
        ].join(' | ');
      }),
  );
}

describe('the status script', () => {
  it('is one file of the site, imports nothing, and stays within 1 KB gzipped', () => {
    // An opportunity's page: the listings also load the search widget.
    const html = readFileSync(resolve(TEST_DIST, `.${builtOpportunities()[0]!.url}index.html`), 'utf8');
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const source = readFileSync(resolve(TEST_DIST, `.${scripts[0]}`), 'utf8');
    expect(source).not.toMatch(/\bimport\b/);
    const gzipped = gzipSync(source, { level: 9 }).length;
    console.log(`status script: ${source.length} bytes, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThanOrEqual(1024);
  });

  it.each(['/opportunities/', ...pathwayPages(), ...oneOfEachChange()])(
    '%s, built months ago, shows what a build made today shows',
    async (path) => {
      const [old, fresh] = await Promise.all([open(hub.origin, path, LATER_INSTANT), open(later.origin, path)]);
      const [seen, expected] = await Promise.all([statusView(old), statusView(fresh)]);
      expect(seen.length).toBeGreaterThan(0);
      // A fresh build orders listings by status, and a list of what is current may take in
      // opportunities the old page could not know of: every one the old page shows must be shown
      // the same way by the fresh build.
      if (path === '/opportunities/') expect(seen.filter((view) => !expected.includes(view))).toEqual([]);
      else expect(seen.toSorted()).toEqual(expected.toSorted());
      await Promise.all([old.context().close(), fresh.context().close()]);
    },
  );

  it('works out the day in UK time when summer time ends (00:30 BST on 31 October is already the 31st)', async () => {
    const page = await open(hub.origin, '/opportunities/', new Date('2027-10-30T23:30:00Z'));
    const shown = await page
      .locator('[data-closes]')
      .evaluateAll((holders) =>
        holders.map(
          (h) =>
            [
              (h as HTMLElement).dataset.closes!,
              (h as HTMLElement).dataset.opens,
              (h as HTMLElement).querySelector('[data-if]:not([hidden]) .badge')?.textContent,
            ] as const,
        ),
      );
    for (const [closes, opens, badge] of shown) expect(badge).toBe(shownStatusLabel(shownStatus({ closes, opens }, '2027-10-31')));
    await page.context().close();
  });

  it('says "closes today" until midnight UK time, then "closed", with the closed notice in place of the apply button', async () => {
    const record = builtOpportunities().find((o) => o.status !== 'closed' && o.closes !== 'rolling')!;
    // Ten minutes before midnight at the end of the closing day in UK time, then ten minutes after.
    const lastMinutes = new Date(Date.parse(endOfUkDay(record.closes)) - 10 * 60_000);
    const before = await open(hub.origin, record.url, lastMinutes);
    await expect.poll(() => before.locator('.badge:visible').first().textContent()).toBe('Closes today');
    await expect.poll(() => before.locator('.apply a.button:visible').count()).toBe(1);
    const after = await open(hub.origin, record.url, new Date(lastMinutes.getTime() + 20 * 60_000));
    await expect.poll(() => after.locator('.badge:visible').first().textContent()).toBe('Closed');
    await expect.poll(() => after.locator('.apply a.button:visible').count()).toBe(0);
    await expect.poll(() => after.locator('.apply [aria-disabled="true"]:visible').textContent()).toContain('Applications closed');
    await Promise.all([before.context().close(), after.context().close()]);
  });

  it('shows the out-of-date notice only once the build is more than 3 days old', async () => {
    const notice = 'These listings were last updated on 28 November 2026';
    const on = async (instant: Date) => {
      const page = await open(hub.origin, '/opportunities/', instant);
      const visible = await page.getByText(notice).isVisible();
      await page.context().close();
      return visible;
    };
    expect(await on(new Date('2026-12-01T23:59:00Z'))).toBe(false);
    expect(await on(new Date('2026-12-02T00:01:00Z'))).toBe(true);
    const noJs = await open(hub.origin, '/opportunities/');
    await expect.poll(() => noJs.getByText(notice).isVisible()).toBe(false);
    await expect.poll(() => noJs.locator('footer').getByText(`Listings last updated on 28 November 2026`).isVisible()).toBe(true);
    await noJs.context().close();
  });
});
