/** Writes feed.json beside this file from the shared test fixture: `npx node packages/widgets/src/pathway/csp/write-feed.ts`. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathwaysFixture } from '../../../../model/src/feed/read-pathways.fixture.ts';

writeFileSync(resolve(import.meta.dirname, 'feed.json'), `${JSON.stringify(pathwaysFixture(), null, 2)}\n`);
