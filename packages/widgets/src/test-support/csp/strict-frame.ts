/**
 * The test side of a strict-policy page (strict-page.ts): loads the page in an iframe, waits for
 * its report and checks what every widget owes a strict partner page.
 */
import { expect } from '@open-wc/testing';
import type { StrictPageReport } from './strict-page.ts';

/** Loads `page` (a csp/page.html), expects the policy in force and no violation, and returns the report. */
export async function loadUnderStrictPolicy(page: URL): Promise<StrictPageReport> {
  const frame = document.createElement('iframe');
  const report = new Promise<StrictPageReport>((resolve) =>
    addEventListener('message', (e) => e.source === frame.contentWindow && resolve(e.data as StrictPageReport)),
  );
  frame.src = page.href;
  document.body.append(frame);
  const result = await report;
  frame.remove();
  expect(result.trustedTypesEnforced, 'Trusted Types enforced on the page').to.equal(true);
  expect(result.evalBlocked, 'eval blocked on the page').to.equal(true);
  expect(result.violations).to.deep.equal([]);
  return result;
}

/** The feed.json a strict page reads must be the test fixture it was written from (feeds.ts; rewrite with write-feeds.ts). */
export async function expectServedFeed(feed: URL, fixture: unknown): Promise<void> {
  const served = (await (await fetch(feed)).json()) as unknown;
  expect(served, `${feed.pathname} is stale: npx node packages/widgets/src/test-support/csp/write-feeds.ts`).to.deep.equal(fixture);
}
