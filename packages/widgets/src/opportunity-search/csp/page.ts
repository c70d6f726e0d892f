import { reportUnderStrictPolicy } from '../../test-support/csp/strict-page.ts';

await reportUnderStrictPolicy({
  tag: 'hub-opportunity-search',
  ready: 'hub-search',
  count: '[part~="result"]',
  define: () => import('../define.ts'),
});
