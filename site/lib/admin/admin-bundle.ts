import { resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/**
 * The editor's own script and its previews' stylesheet, bundled by esbuild apart from the site's
 * Vite build: sharing that build would put the model's code in a chunk that the public pages'
 * status script then imports. Paths are read from the folder Astro runs in (the repository root),
 * as in cms-source.ts.
 */

/** The hub's additions to Decap CMS (checks, previews, widgets), loaded by /admin/ only. */
export const ADMIN_ENTRY = resolve('site/scripts/admin/admin.ts');

/** The site's stylesheet, which previews are drawn with. */
export const SITE_STYLES = resolve('site/styles/global.css');

const common: BuildOptions = {
  bundle: true,
  write: false,
  minify: true,
  legalComments: 'none',
  target: 'es2022',
  logLevel: 'silent',
};

async function bundled(options: BuildOptions): Promise<string> {
  const result = await build({ ...common, ...options });
  if (result.warnings.length > 0) throw new Error(`${options.entryPoints}: ${result.warnings.map((w) => w.text).join('; ')}`);
  return result.outputFiles![0]!.text;
}

/**
 * /admin/admin.js. `localEditing` (`npm run edit`, served by Astro's dev server) keeps the editor
 * open when the dev server reloads pages after a save; a build leaves that code out.
 */
export function adminScript({ localEditing }: { localEditing: boolean }): Promise<string> {
  return bundled({
    entryPoints: [ADMIN_ENTRY],
    format: 'esm',
    platform: 'browser',
    define: { HUB_LOCAL_EDITING: String(localEditing) },
    // Vite's client, which the dev server already runs on the page; never bundled.
    external: ['/@vite/client'],
  });
}

/** /admin/preview.css: the site's stylesheet in one file for the preview frame. */
export function previewStyles(): Promise<string> {
  return bundled({ entryPoints: [SITE_STYLES], loader: { '.css': 'css' } });
}
