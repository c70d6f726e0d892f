import { expect } from '@open-wc/testing';

interface Report {
  outcome: string;
  count: number;
  violations: string[];
  trustedTypesEnforced: boolean;
  evalBlocked: boolean;
}

describe('<hub-opportunity-search> under a strict Content-Security-Policy', () => {
  it('shows results with no violation, on a page that enforces the policy and Trusted Types', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<Report>((resolve) => addEventListener('message', (e) => e.source === frame.contentWindow && resolve(e.data as Report)));
    frame.src = new URL('./csp/page.html', import.meta.url).href;
    document.body.append(frame);
    const { outcome, count, violations, trustedTypesEnforced, evalBlocked } = await report;
    frame.remove();
    expect(trustedTypesEnforced, 'Trusted Types enforced on the page').to.equal(true);
    expect(evalBlocked, 'eval blocked on the page').to.equal(true);
    expect(violations).to.deep.equal([]);
    expect(outcome).to.equal('results');
    expect(count).to.be.greaterThan(0);
  });
});
