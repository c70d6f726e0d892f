/**
 * The widgets' entry points and the two esbuild builds made from them (see bundle.ts):
 *
 *   node packages/widgets/scripts/bundle.ts <outDir>   the script-tag file, <outDir>/hub-widgets.js
 *                                                       (one minified ESM file, Lit bundled) — what
 *                                                       scripts/build.ts serves at /widgets/v1/
 *   node packages/widgets/scripts/bundle.ts --npm      the npm package in packages/widgets/dist/:
 *                                                       minified ESM per entry with shared chunks,
 *                                                       Lit left to the consumer, plus .d.ts files
 *                                                       and the same script-tag file in dist/cdn/
 *
 * Entries that do not exist yet are skipped, so the build works while elements are being written.
 */
import { build, transformSync, type BuildOptions, type Plugin } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const packageDir = resolve(import.meta.dirname, '..');
const src = (path: string) => resolve(packageDir, 'src', path);

/** The script-tag entry: registers every element. */
export const SCRIPT_ENTRY = src('hub-widgets.ts');

/** The npm entries, keyed by their output path under dist/ (without .js). */
export const NPM_ENTRIES: Record<string, string> = {
  index: src('index.ts'),
  define: src('define.ts'),
  'pathway/define': src('pathway/define.ts'),
  'pathway/pathway': src('pathway/pathway.ts'),
  'opportunity-search/define': src('opportunity-search/define.ts'),
  'opportunity-search/opportunity-search': src('opportunity-search/opportunity-search.ts'),
};

/**
 * Minifies the CSS of a css`` template that has no interpolations with esbuild's own CSS minifier
 * (a real parser: strings, selectors and custom properties survive, colours and zeros shrink).
 * CSS that esbuild warns about (unparseable, unknown syntax) stops the build with its message.
 */
export function minifyCss(cssText: string): string {
  const { code, warnings } = transformSync(cssText, { loader: 'css', minify: true, logLevel: 'silent' });
  if (warnings.length) throw new Error(`Widget CSS: ${warnings.map((w) => w.text).join('; ')}\n${cssText.trim().slice(0, 200)}`);
  return code.trim();
}

/**
 * Shrinks our own sources before bundling. The minifier already strips code; what it cannot touch
 * is the text inside Lit's templates: CSS in css`` is minified, and the indentation after each line
 * break in html`` goes (markup treats a run of white space as one space).
 */
const squeezeTemplates: Plugin = {
  name: 'squeeze-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/](widgets|model)[\\/]src[\\/].*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8')
        .replace(/\bcss`([^`$]*)`/g, (_all, cssText: string) => `css\`${minifyCss(cssText)}\``)
        .replace(/\n[ \t]+/g, '\n')
        .replace(/\n{2,}/g, '\n'),
      loader: 'ts',
    }));
  },
};

/** The options every widget build shares; sizes.ts measures with them too, so its figures are real. */
export const common: BuildOptions = {
  plugins: [squeezeTemplates],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  tsconfig: resolve(packageDir, 'tsconfig.json'),
  logLevel: 'warning',
};

/** Writes <outDir>/hub-widgets.js; returns its path. */
export async function bundleScriptTag(outDir: string): Promise<string> {
  const outfile = resolve(outDir, 'hub-widgets.js');
  await build({ ...common, entryPoints: [SCRIPT_ENTRY], outfile });
  return outfile;
}

/** Writes the npm ESM build into dist/ (JS only; declarations come from tsc). */
export async function bundleNpm(outDir = resolve(packageDir, 'dist')): Promise<void> {
  const entryPoints = Object.fromEntries(Object.entries(NPM_ENTRIES).filter(([, file]) => existsSync(file)));
  await build({
    ...common,
    entryPoints,
    outdir: outDir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // npm consumers share one Lit across their elements; the script-tag file carries its own.
    external: ['lit', 'lit/*', '@lit/*'],
  });
}
