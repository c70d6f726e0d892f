import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { TEST_DIST, TEST_TODAY } from './support/hub.ts';

/**
 * Builds the hub once for the end-to-end tests, with the day pinned. HUB_SKIP_BUILD=1 reuses an
 * existing .build/test-dist while iterating on tests.
 */
export default function setup(): void {
  if (process.env.HUB_SKIP_BUILD === '1' && existsSync(resolve(TEST_DIST, 'index.html'))) return;
  const root = resolve(import.meta.dirname, '..');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HUB_DIST: TEST_DIST, HUB_TODAY: TEST_TODAY },
  });
  if (result.status !== 0) throw new Error('Building the hub for the tests failed: see the messages above.');
}
