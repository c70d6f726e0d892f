import { expect } from '@open-wc/testing';
import { pathwaysFixture } from '../../../model/src/feed/read-pathways.fixture.ts';

interface Report {
  outcome: string;
  steps: number;
  violations: string[];
  trustedTypesEnforced: boolean;
}

describe('<hub-pathway> under a strict Content-Security-Policy', () => {
  it('renders the pathway with no violation, on a page that enforces the policy and Trusted Types', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<Report>((resolve) => addEventListener('message', (e) => e.source === frame.contentWindow && resolve(e.data as Report)));
    frame.src = new URL('./csp/page.html', import.meta.url).href;
    document.body.append(frame);
    const { outcome, steps, violations, trustedTypesEnforced } = await report;
    frame.remove();
    expect(trustedTypesEnforced, 'Trusted Types enforced on the page').to.equal(true);
    expect(violations).to.deep.equal([]);
    expect(outcome).to.equal('loaded');
    expect(steps).to.equal(5);
  });

  it('uses a feed.json that matches the fixture (regenerate with csp/write-feed.ts)', async () => {
    const served = (await (await fetch(new URL('./csp/feed.json', import.meta.url))).json()) as unknown;
    expect(served).to.deep.equal(pathwaysFixture());
  });
});
