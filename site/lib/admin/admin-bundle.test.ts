import { describe, expect, it } from 'vitest';
import { adminScript, previewStyles } from './admin-bundle.ts';

describe('the editor bundle', () => {
  it('is one self-contained script: the model and previews bundled in, nothing imported', async () => {
    const script = await adminScript({ localEditing: false });
    expect(script).not.toMatch(/\bimport\s*[{*("']/);
    // The model's own wording for a closing date before the opening one, used by the pre-save check.
    expect(script).toContain('is before opens');
    expect(script).not.toContain('@vite/client');
  });

  it('joins the dev server’s reloads only for npm run edit', async () => {
    expect(await adminScript({ localEditing: true })).toContain('import("/@vite/client")');
  });

  it('gives previews the site’s stylesheet in one file, every layer inlined', async () => {
    const css = await previewStyles();
    expect(css).not.toContain('@import');
    expect(css).toMatch(/@layer tokens\s*,\s*base/);
    expect(css).toContain('.badge--example');
  });
});
