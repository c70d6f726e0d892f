import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleScriptTag, minifyCss } from '../../packages/widgets/scripts/entries.ts';
import { SCRIPT_TAG_BUDGET_BYTES } from '../../packages/widgets/scripts/sizes.ts';

/** The size budget of issue 4 as a guard: a byte count, not a timing, so it is the same on any machine. */
it('keeps the script-tag file, Lit included, within 20 KB gzipped', async () => {
  const file = await bundleScriptTag(mkdtempSync(join(tmpdir(), 'hub-widgets-')));
  const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
  expect(gzipped).toBeLessThanOrEqual(SCRIPT_TAG_BUDGET_BYTES);
});

describe('minifyCss (esbuild’s CSS minifier, not regular expressions)', () => {
  it('drops comments and white space but keeps strings, custom properties and selectors intact', () => {
    const out = minifyCss(`
      /* a comment */
      .a > .b::after { content: '  two  spaces ; {x}'; --_gap : 0.75rem ; color: #ffffff; }
      @container (min-width: 44rem) { .c { margin: 0px 0px; } }
    `);
    expect(out).toContain(`content:"  two  spaces ; {x}"`);
    expect(out).toContain('--_gap: .75rem');
    expect(out).toContain('.a>.b:after');
    expect(out).toContain('color:#fff');
    expect(out).toContain('@container (min-width: 44rem){.c{margin:0}}');
    expect(out).not.toContain('comment');
  });

  it('stops the build on CSS it cannot parse, naming the problem', () => {
    expect(() => minifyCss('.a { color: red; ')).toThrow(/Expected "}"/);
  });
});
