import { existsSync, readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateManifest } from '@opportunities-hub/widgets-tooling/package';
import { elementsOf, type Manifest } from '../../site/components/embed/manifest.ts';

/**
 * custom-elements.json is the public API's one written record (the embed page's tables come from
 * it). Here it is checked against the source itself: every attribute, event, custom property and
 * part the code uses must be listed, and the committed file must match a fresh generation.
 */
const widgets = resolve(import.meta.dirname, '../../packages/widgets');
const committed = JSON.parse(readFileSync(join(widgets, 'custom-elements.json'), 'utf8')) as Manifest;
const elements = new Map(elementsOf(committed).map((e) => [e.tagName, e]));
const read = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !f.includes('test-support'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
const sharedTheme = readFileSync(join(widgets, 'src/shared/theme.styles.ts'), 'utf8');
const all = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]!));

/** Element folders: each has a define.ts that registers one tag. */
const folders = readdirSync(join(widgets, 'src'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(widgets, 'src', d.name, 'define.ts')))
  .flatMap((d) => {
    const dir = join(widgets, 'src', d.name);
    const tag = /defineElement\('([a-z-]+)'/.exec(readFileSync(join(dir, 'define.ts'), 'utf8'))?.[1];
    return tag ? [{ tag, source: read(dir) }] : [];
  });

describe('custom-elements.json', () => {
  it('declares both elements', () => {
    expect(folders.map((f) => f.tag).sort()).toEqual(['hub-opportunity-search', 'hub-pathway']);
    for (const { tag } of folders) expect(elements.has(tag), tag).toBe(true);
  });

  for (const { tag, source } of folders) {
    describe(`<${tag}>`, () => {
      const api = () => elements.get(tag)!;
      const names = (rows: { name: string }[]) => new Set(rows.map((r) => r.name));

      it('lists every public attribute, with a description', () => {
        const block = /static (?:override )?properties = \{([\s\S]*?)\n {2}\};/.exec(source)?.[1] ?? '';
        const declared = [...block.matchAll(/^\s{4}(['\w-]+): \{([^}]*)\}/gm)]
          .filter(([, , options]) => !/state: true|attribute: false/.test(options!))
          .map(([, name, options]) => /attribute: '([^']+)'/.exec(options!)?.[1] ?? name!.replace(/'/g, ''));
        expect(declared.length).toBeGreaterThan(0);
        for (const name of declared) expect([...names(api().attributes)], name).toContain(name);
        for (const a of api().attributes) expect(a.description, a.name).not.toBe('');
      });

      it('lists every event it fires', () => {
        const fired = all(source, /emit(?:<[^>]*>)?\(\s*this,\s*'(hub-[a-z-]+)'/g);
        // The shared feed controller fires hub-error for the element that loads through it.
        if (source.includes('new FeedController')) fired.add('hub-error');
        expect(fired.size).toBeGreaterThan(0);
        expect([...names(api().events)].sort()).toEqual([...fired].sort());
      });

      it('lists every --hub-* custom property it reads', () => {
        const used = all(source + sharedTheme, /var\((--hub-[a-z-]+)/g);
        expect([...names(api().cssProperties)].sort()).toEqual([...used].sort());
      });

      it('lists every part in its templates', () => {
        const used = new Set([...all(source, /part="([^"$]+)"/g)].flatMap((p) => p.split(/\s+/)));
        expect(used.size).toBeGreaterThan(0);
        expect([...names(api().cssParts)].sort()).toEqual([...used].sort());
      });
    });
  }

  it('describes the same public API the analyzer finds in the code now (run `npm run manifest -w @opportunities-hub/widgets`)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cem-check-'));
    try {
      // The public API only: helper modules may change without a new manifest.
      const fresh = generateManifest(join(dir, 'custom-elements.json')) as unknown as Manifest;
      expect(elementsOf(fresh)).toEqual(elementsOf(committed));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
