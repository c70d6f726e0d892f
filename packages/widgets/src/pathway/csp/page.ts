import { reportUnderStrictPolicy } from '../../test-support/csp/strict-page.ts';

await reportUnderStrictPolicy({ tag: 'hub-pathway', ready: 'hub-load', count: '[part=step]', define: () => import('../define.ts') });
