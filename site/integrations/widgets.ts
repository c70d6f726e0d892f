/**
 * Bundles the widgets' script-tag files into <out>/widgets/v1/ once Astro has built the site, so
 * the hub serves them beside the pages that document them (/embed/). The bundle is the widgets'
 * own (packages/widgets/scripts/entries.ts), the one the npm package's cdn/ folder holds too.
 */
import type { AstroIntegration } from 'astro';
import { bundleScriptTag } from '@opportunities-hub/widgets-tooling/entries';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export function widgetBundle(): AstroIntegration {
  return {
    name: 'hub-widget-bundle',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const file = await bundleScriptTag(join(fileURLToPath(dir), 'widgets/v1'));
        logger.info(`wrote ${file}`);
      },
    },
  };
}
