/**
 * Indexes the built site with Pagefind through its Node API once Astro has written every page
 * (astro:build:done, as Starlight does), into <out>/pagefind/ where the search page loads it.
 * Any error Pagefind reports stops the build with its words, so no site ships without its index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Throws, naming the step, when Pagefind answered with errors. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'hub-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          check('start', errors);
          const added = await index!.addDirectory({ path: site });
          check(`index ${site}`, added.errors);
          const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
          check('write the index', written.errors);
          logger.info(`${added.page_count} HTML files read; index written to ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
