import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startServer, type RunningHub } from '../support/hub.ts';

/** The test hub served and one Chromium, started before a file's tests and closed after them. */
export interface HubInBrowser {
  hub: RunningHub;
  browser: Browser;
}

/** Registers the hooks; read the fields inside tests (they are set once beforeAll has run). */
export function useHubInBrowser(): HubInBrowser {
  const state = {} as HubInBrowser;
  beforeAll(async () => {
    state.hub = await startServer();
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.hub?.close();
  });
  return state;
}
