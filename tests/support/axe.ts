import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's source. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe into a page through the DevTools protocol: the hub's Content-Security-Policy refuses
 * injected script tags (page.addScriptTag), as it should.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(`${AXE_SOURCE}\n;undefined`);
}
