import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleScriptTag, minifyCss } from '@opportunities-hub/widgets-tooling/entries';
import { PATHWAY_BUDGET_BYTES, SCRIPT_TAG_BUDGET_BYTES } from '@opportunities-hub/widgets-tooling/sizes';

/** The size budgets of issues 4 and 10 as guards: byte counts, not timings, so the same on any machine. */
describe('the script-tag file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-widgets-'));
  const built = bundleScriptTag(dir);
  const gz = (name: string) => gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;

  it('keeps the file every page loads (Lit and the search) within 20 KB gzipped', async () => {
    await built;
    expect(gz('hub-widgets.js')).toBeLessThanOrEqual(SCRIPT_TAG_BUDGET_BYTES);
  });

  it('puts <hub-pathway> in one file of its own, within 6 KB gzipped, loaded by the script-tag file and sharing its Lit', async () => {
    await built;
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    const pathway = files.find((f) => /^hub-pathway-[0-9a-f]{8}\.js$/.test(f))!;
    expect(pathway).toBeDefined();
    expect(gz(pathway)).toBeLessThanOrEqual(PATHWAY_BUDGET_BYTES);
    const entry = readFileSync(join(dir, 'hub-widgets.js'), 'utf8');
    const code = readFileSync(join(dir, pathway), 'utf8');
    // The entry imports nothing up front; it fetches the pathway's file relative to itself, and nothing else.
    expect(entry).not.toMatch(/^import[^(]/m);
    expect([...entry.matchAll(/import\((["'])(.*?)\1\)/g)].map((m) => m[2])).toEqual([`./${pathway}`]);
    // The pathway's file takes Lit and the shared code from the entry: one copy of each per page.
    expect([...code.matchAll(/\bfrom\s*(["'])(.*?)\1/g)].map((m) => m[2])).toEqual(['./hub-widgets.js']);
    expect(code).not.toContain('lit-html');
    expect(entry).toContain('customElements.define');
  });
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
