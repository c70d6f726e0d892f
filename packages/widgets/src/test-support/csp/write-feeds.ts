/** Writes each widget's csp/feed.json from its fixture: `npx node packages/widgets/src/test-support/csp/write-feeds.ts`. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STRICT_PAGE_FEEDS } from './feeds.ts';

for (const [element, feed] of Object.entries(STRICT_PAGE_FEEDS)) {
  writeFileSync(resolve(import.meta.dirname, '../..', element, 'csp/feed.json'), `${JSON.stringify(feed(), null, 2)}\n`);
}
