// ESLint's flat configuration: TypeScript everywhere, Lit, accessibility and custom-element rules
// for the widgets, and Astro's own parser for the site's .astro files. Formatting is Prettier's job,
// so no rule here is about layout.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/', 'dist/', '.build/', '.astro/', 'packages/widgets/dist/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused arguments named _ mark a callback's shape; anything else unused is a mistake.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['packages/widgets/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  astro.configs['flat/recommended'],
);
