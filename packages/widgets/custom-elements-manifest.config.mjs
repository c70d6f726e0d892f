// @ts-check
import { posix } from 'node:path';
import { NPM_ENTRIES, packageDir } from './scripts/entries.ts';

/**
 * Settings for `cem analyze` (run by scripts/package.ts). packagejson: false keeps the analyzer
 * from rewriting package.json's customElements field to its temporary output folder. The plugin
 * makes the manifest describe the package as shipped, so nothing patches it afterwards.
 */

/** Each source module the npm package ships, by its path in the manifest, and the file it ships as. */
const SHIPPED = new Map([
  ...Object.entries(NPM_ENTRIES).map(([name, file]) => [posix.relative(packageDir, file), `dist/${name}.js`]),
  ['src/hub-widgets.ts', 'dist/cdn/hub-widgets.js'],
]);

/**
 * @typedef {{ kind: string; name: string; declaration: { name: string; module?: string } }} Export
 * @typedef {{ name: string; customElement?: boolean; tagName?: string }} Declaration
 * @typedef {{ path: string; declarations?: Declaration[]; exports?: Export[] }} Module
 */

/** The shipped file of `module` (a manifest path, or one relative to `from`), if it ships. */
function shipped(module, from) {
  return SHIPPED.get(module.startsWith('.') ? posix.join(posix.dirname(from), module) : module);
}

/**
 * 1. Records each element's registration in its folder's define.ts, from its @tagname: the
 *    analyzer cannot see through defineElement(), and would list the helper's parameter instead.
 * 2. Keeps the modules the package ships, with the paths of the shipped .js files; helpers
 *    bundled into shared chunks have no file of their own and are left out.
 */
const shippedFiles = {
  name: 'hub-shipped-files',
  /** @param {{ customElementsManifest: { modules: Module[] } }} options */
  packageLinkPhase({ customElementsManifest }) {
    const modules = customElementsManifest.modules;
    for (const mod of modules) {
      mod.exports = mod.exports?.filter((e) => !(e.kind === 'custom-element-definition' && mod.path === 'src/shared/define.ts'));
      for (const d of mod.declarations ?? []) {
        if (!d.customElement || !d.tagName) continue;
        modules
          .find((m) => m.path === mod.path.replace(/[^/]+$/, 'define.ts'))
          ?.exports?.push({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: mod.path } });
      }
    }
    customElementsManifest.modules = modules
      .filter((mod) => SHIPPED.has(mod.path))
      .map((mod) => ({
        ...mod,
        path: /** @type {string} */ (SHIPPED.get(mod.path)),
        exports: mod.exports?.flatMap((e) => {
          const module = e.declaration.module && shipped(e.declaration.module, mod.path);
          if (e.declaration.module && !module) return [];
          return [module ? { ...e, declaration: { ...e.declaration, module } } : e];
        }),
      }));
  },
};

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**', 'src/**/csp/**', 'src/**/*.d.ts'],
  packagejson: false,
  plugins: [shippedFiles],
};
