/**
 * Helpers for the embed tests: a second origin for "partner" pages, and a page that records
 * everything a widget must not do (errors, CSP violations, third-party requests).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningHub } from '../support/hub.ts';

/** The partner demo page, with the hub written as `npm start` serves it. */
export const PARTNER_DIR = resolve(import.meta.dirname, '../fixtures/partner');
export const DEMO_HUB_ORIGIN = 'http://localhost:4321';

/** A partner site: a folder of pages served on its own port (another origin from the hub). */
export async function startPartner(files: Record<string, string>): Promise<RunningHub & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-partner-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(resolve(dir, name, '..'), { recursive: true });
    writeFileSync(resolve(dir, name), text);
  }
  const server = await startServer(dir, () => ({}));
  return {
    ...server,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The demo partner folder, with the hub's origin replaced by the running test hub's. */
export function partnerFiles(hubOrigin: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ['index.html', 'partner.css'])
    files[name] = readFileSync(resolve(PARTNER_DIR, name), 'utf8').replaceAll(DEMO_HUB_ORIGIN, hubOrigin);
  return files;
}

export { cpSync };

/** What a page did that it should not have: console errors, uncaught errors, CSP violations, and requests. */
export interface Watched {
  page: Page;
  context: BrowserContext;
  problems: string[];
  requests: string[];
}

export async function watchedPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Watched> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    // Failed loads are reported below with their URL.
    if (m.text().startsWith('Failed to load resource')) return;
    if (m.type() === 'error' || /Content.Security.Policy|Trusted Type/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  return { page, context, problems, requests };
}

/** Text of a selector inside an element's shadow root (Playwright pierces open shadow roots). */
export async function shadowText(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
