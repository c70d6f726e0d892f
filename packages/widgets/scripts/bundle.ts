/**
 * Builds the widgets from one set of entry points (entries.ts), two ways:
 *
 *   node packages/widgets/scripts/bundle.ts <outDir>   the script-tag file <outDir>/hub-widgets.js:
 *                                                       one minified ES module with Lit bundled.
 *                                                       scripts/build.ts serves it at /widgets/v1/.
 *   node packages/widgets/scripts/bundle.ts --npm      the npm package (package.ts): dist/ with
 *                                                       ESM per entry and shared chunks, .d.ts files,
 *                                                       dist/cdn/hub-widgets.js, custom-elements.json
 */
import { resolve } from 'node:path';
import { bundleScriptTag } from './entries.ts';
import { buildPackage } from './package.ts';

const args = process.argv.slice(2);
if (args.includes('--npm')) {
  await buildPackage();
} else if (args[0]) {
  console.log(`wrote ${await bundleScriptTag(resolve(args[0]))}`);
} else {
  console.error('Usage: bundle.ts <outDir> | --npm');
  process.exit(2);
}
