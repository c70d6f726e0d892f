/**
 * The npm build (`npm run build -w @opportunities-hub/widgets`): ESM per entry with shared chunks,
 * the script-tag file in dist/cdn/, one rolled-up .d.ts per entry, and custom-elements.json from the
 * elements' doc comments. Run through `bundle.ts --npm`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { generateDtsBundle } from 'dts-bundle-generator';
import { bundleNpm, bundleScriptTag, packageDir } from './entries.ts';

const root = resolve(packageDir, '../..');
const bin = (path: string) => resolve(root, 'node_modules', path);

function run(what: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: packageDir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${what} failed`);
}

/** Every file under `dir`. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The entries package.json gives types for, as paths under dist/ without .d.ts ('index', 'pathway/define', …). */
function typedEntries(): string[] {
  const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as { exports: Record<string, { types?: string }> };
  return Object.values(pkg.exports).flatMap((e) =>
    typeof e === 'object' && e.types ? [e.types.replace(/^\.\/dist\/|\.d\.ts$/g, '')] : [],
  );
}

/**
 * Writes the declarations the package ships: dist/index.d.ts rolled up into one file by
 * dts-bundle-generator (the model's types inlined, since the model is a private package that is
 * never published; Lit left as an import), and for each other entry a few lines re-exporting its
 * names from it, so an element's class has one identity however a consumer imports it (two
 * rolled-up copies would declare two classes for one tag in HTMLElementTagNameMap).
 */
export function emitDeclarations(dist = resolve(packageDir, 'dist')): void {
  const scratch = mkdtempSync(join(packageDir, '.types-'));
  try {
    // The model's subpaths map to its source, so tsc declares the files the widgets use too.
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        extends: '../tsconfig.json',
        compilerOptions: { outDir: 'out', paths: { '@opportunities-hub/model/*': ['../../model/src/*.ts'] } },
        include: ['../src'],
      }),
    );
    run('tsc', [bin('typescript/bin/tsc'), '-p', relative(packageDir, join(scratch, 'tsconfig.json'))]);
    const out = join(scratch, 'out');
    // Declarations keep the sources' .ts in relative imports; a consumer's resolver wants .js.
    for (const file of walk(out).filter((f) => f.endsWith('.d.ts'))) {
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/(from\s+|import\s*\(?)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2'));
    }
    const config = join(out, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
          paths: { '@opportunities-hub/model/*': ['./model/src/*.d.ts'] },
        },
      }),
    );
    const [index] = generateDtsBundle(
      [
        {
          filePath: join(out, 'widgets/src/index.d.ts'),
          output: { inlineDeclareGlobals: true, exportReferencedTypes: false, noBanner: true },
        },
      ],
      { preferredConfigPath: config },
    );
    writeFileSync(join(dist, 'index.d.ts'), index!);
    for (const entry of typedEntries().filter((e) => e !== 'index')) {
      const toIndex = posix.relative(posix.dirname(`dist/${entry}`), 'dist/index.js');
      const own = readFileSync(join(out, 'widgets/src', `${entry}.d.ts`), 'utf8');
      const lines = own.replace(/(['"])\.{1,2}\/[^'"]+\1/g, `'${toIndex.startsWith('.') ? toIndex : `./${toIndex}`}'`).split('\n');
      writeFileSync(join(dist, `${entry}.d.ts`), [...new Set(lines)].join('\n'));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Generates the custom elements manifest from the elements' JSDoc: cem analyze --litelement, with
 * the plugin in custom-elements-manifest.config.mjs that records each registration and points
 * every module at the .js file the package ships.
 */
export function generateManifest(outFile = resolve(packageDir, 'custom-elements.json')): Record<string, unknown> {
  // The analyzer treats --outdir as relative to the working directory, even an absolute one.
  const out = mkdtempSync(join(packageDir, '.cem-'));
  try {
    run('cem analyze', [bin('@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--outdir', relative(packageDir, out), '--quiet']);
    const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(outFile, `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Writes what the package ships under dist/ into `dist`: the JS, the script-tag files and the declarations. */
export async function buildDist(dist: string): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  await bundleNpm(dist);
  await bundleScriptTag(resolve(dist, 'cdn'));
  emitDeclarations(dist);
}

/** The package's dist/ and its custom-elements.json, in place. */
export async function buildPackage(): Promise<void> {
  const dist = resolve(packageDir, 'dist');
  await buildDist(dist);
  generateManifest();
  console.log(`Built @opportunities-hub/widgets into ${dist}`);
}
