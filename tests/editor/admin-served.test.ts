import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_CSP_DIRECTIVES, contentSecurityPolicy } from '@opportunities-hub/model/publish/headers';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startServer, type RunningHub } from '../support/hub.ts';

/**
 * The editor as the built site publishes it, under the site's own headers (`npm run serve` sends
 * the same ones a static host is given in _headers): Decap starts and asks the editor to sign in
 * to the git host, with no request the /admin/ policy blocks and nothing loaded from elsewhere.
 */

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

describe('/admin/ on the built site', () => {
  it('gets the editor’s own policy, and the public pages keep the site’s', async () => {
    const admin = await fetch(`${hub.origin}/admin/`);
    expect(admin.headers.get('content-security-policy')).toBe(contentSecurityPolicy({}, ADMIN_CSP_DIRECTIVES));
    const home = await fetch(`${hub.origin}/`);
    expect(home.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });

  it('starts Decap CMS at its sign-in with no policy violation and nothing from another origin', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    const foreign: string[] = [];
    const errors: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(hub.origin) && !/^(data|blob|about):/.test(request.url())) foreign.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${hub.origin}/admin/`);
    // The configuration validated (ajv, under 'unsafe-eval') and the GitHub backend's sign-in drawn with its styles.
    const signIn = page.getByRole('button', { name: 'Login with GitHub' });
    await signIn.waitFor();
    expect(await signIn.evaluate((button) => getComputedStyle(button).cursor)).toBe('pointer');
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
