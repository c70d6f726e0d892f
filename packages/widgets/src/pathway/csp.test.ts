import { expect } from '@open-wc/testing';
import { STRICT_PAGE_FEEDS } from '../test-support/csp/feeds.ts';
import { expectServedFeed, loadUnderStrictPolicy } from '../test-support/csp/strict-frame.ts';

describe('<hub-pathway> under a strict Content-Security-Policy', () => {
  it('renders the pathway with no violation, on a page that enforces the policy and Trusted Types', async () => {
    const { outcome, count } = await loadUnderStrictPolicy(new URL('./csp/page.html', import.meta.url));
    expect(outcome).to.equal('loaded');
    expect(count).to.equal(5);
  });

  it('reads a feed.json that matches the fixture', () =>
    expectServedFeed(new URL('./csp/feed.json', import.meta.url), STRICT_PAGE_FEEDS.pathway()));
});
