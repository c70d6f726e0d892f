// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './site/integrations/search-index.ts';
import { widgetBundle } from './site/integrations/widgets.ts';

/**
 * The hub's site. Source lives in site/, content in content/. HUB_SITE is the public origin used
 * for canonical URLs, the sitemap and feeds; HUB_OUT_DIR lets the build script write to a staging
 * folder and swap it in only when everything succeeded.
 */
export default defineConfig({
  site: process.env.HUB_SITE ?? 'http://localhost:4321',
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.HUB_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Styles always in files, never inline: the Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts always in files, never inline (the CSP allows no inline script): the status script is
  // small enough that Vite would otherwise inline it.
  vite: { build: { assetsInlineLimit: 0 } },
  // The editor (/admin/) is not a page for readers or crawlers. When the site is built, Pagefind
  // indexes it and the widgets' script-tag files are bundled into it (site/integrations/).
  integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }), searchIndex(), widgetBundle()],
  devToolbar: { enabled: false },
});
