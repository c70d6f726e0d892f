/**
 * Settings for `cem analyze` (run by scripts/package.ts). packagejson: false keeps the analyzer
 * from rewriting package.json's customElements field to its temporary output folder.
 */
export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**', 'src/**/csp/**', 'src/**/*.d.ts'],
  packagejson: false,
};
