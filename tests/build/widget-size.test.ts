import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { bundleScriptTag } from '../../packages/widgets/scripts/entries.ts';

/** The size budget of issue 4 as a guard: a byte count, not a timing, so it is the same on any machine. */
it('keeps the script-tag file, Lit included, within 20 KB gzipped', async () => {
  const file = await bundleScriptTag(mkdtempSync(join(tmpdir(), 'hub-widgets-')));
  const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
  expect(gzipped).toBeLessThanOrEqual(20 * 1024);
});
