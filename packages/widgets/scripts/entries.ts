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
 */
import { build, transformSync, type BuildOptions, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

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

/** The script-tag file and the files it loads on demand, as written: name → code. */
export type ScriptTagFiles = Map<string, string>;

/**
 * Builds the script-tag file and its on-demand files in memory, in two passes:
 *
 *   1. esbuild with code splitting: the entry, one file per dynamic import (<hub-pathway>), and a
 *      chunk of what they share (Lit, the shared helpers);
 *   2. the entry bundled again with that shared chunk inside it and re-exporting it, and each
 *      on-demand file importing the shared code from the entry itself ("./hub-widgets.js").
 *
 * So a page showing only the search makes one request, as before, and a page with a pathway one
 * more, for the pathway's own code only (no second Lit, no waterfall of chunks for the search).
 * On-demand files are named by their content's hash, so an entry is never paired with another
 * build's file.
 */
export async function buildScriptTag(): Promise<ScriptTagFiles> {
  const split = await build({
    ...common,
    entryPoints: { 'hub-widgets': SCRIPT_ENTRY },
    outdir: '/split',
    splitting: true,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    write: false,
    metafile: true,
  });
  const text = new Map(split.outputFiles.map((f) => [basename(f.path), f.text]));
  const outputs = Object.entries(split.metafile.outputs).map(([path, o]) => ({ name: basename(path), ...o }));
  const shared = outputs.filter((o) => !o.entryPoint).map((o) => o.name);
  if (shared.length > 1) throw new Error(`The script-tag build made ${shared.length} shared chunks; expected at most one`);
  const sharedRef = (name: string) => new RegExp(`(["'])\\./${name.replace(/[.$]/g, '\\$&')}\\1`, 'g');
  // Each on-demand file, its shared imports pointed at the entry, renamed by its content.
  const files: ScriptTagFiles = new Map();
  const renamed = new Map<string, string>();
  for (const o of outputs.filter((o) => o.name !== 'hub-widgets.js' && !shared.includes(o.name))) {
    const code = shared.reduce((c, s) => c.replace(sharedRef(s), '$1./hub-widgets.js$1'), text.get(o.name)!);
    const name = `${o.entryPoint?.match(/([\w-]+)[\\/]define\.ts$/)?.[1] ?? 'chunk'}-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
    renamed.set(o.name, `hub-${name.replace(/^hub-/, '')}`);
    files.set(renamed.get(o.name)!, code);
  }
  const entry = await build({
    ...common,
    plugins: [
      {
        name: 'split-output',
        setup(b) {
          b.onResolve({ filter: /^\.\// }, ({ path }) => {
            const name = path.slice(2);
            if (renamed.has(name)) return { path: `./${renamed.get(name)}`, external: true };
            return { path: name, namespace: 'split' };
          });
          b.onLoad({ filter: /.*/, namespace: 'split' }, ({ path }) => ({ contents: text.get(path)!, loader: 'js' }));
        },
      },
    ],
    stdin: {
      contents: `import './hub-widgets.js';${shared.map((s) => `export * from './${s}';`).join('')}`,
      loader: 'js',
      sourcefile: 'script-tag.js',
    },
    write: false,
  });
  return new Map([['hub-widgets.js', entry.outputFiles[0]!.text], ...files]);
}

/** Writes <outDir>/hub-widgets.js and the files it loads on demand; returns the entry's path. */
export async function bundleScriptTag(outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  for (const [name, code] of await buildScriptTag()) writeFileSync(resolve(outDir, name), code);
  return resolve(outDir, 'hub-widgets.js');
}

/** Writes the npm ESM build into dist/ (JS only; declarations come from tsc). */
export async function bundleNpm(outDir = resolve(packageDir, 'dist')): Promise<void> {
  await build({
    ...common,
    entryPoints: NPM_ENTRIES,
    outdir: outDir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // npm consumers share one Lit across their elements; the script-tag file carries its own.
    external: ['lit', 'lit/*', '@lit/*'],
  });
}
