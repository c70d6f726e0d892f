/**
 * The npm build (`npm run build -w @opportunities-hub/widgets`): ESM per entry with shared chunks,
 * the script-tag file in dist/cdn/, type declarations from tsc, and custom-elements.json from the
 * elements' doc comments. Run through `bundle.ts --npm`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

/** Writes .d.ts files to dist/types/, their relative imports pointing at .js as consumers expect. */
export function emitDeclarations(): void {
  run('tsc', [bin('typescript/bin/tsc'), '-p', 'tsconfig.json']);
  for (const file of walk(resolve(packageDir, 'dist/types')).filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/(from\s+|import\s*\(?)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2'));
  }
}

/**
 * Generates the custom elements manifest from the elements' JSDoc (cem analyze --litelement, set up
 * in custom-elements-manifest.config.mjs) and
 * tidies it: the analyzer cannot see through defineElement(), so each element's registration is
 * recorded here from its @tagname, and the helper's own parameter is not listed as an element.
 */
export function generateManifest(outFile = resolve(packageDir, 'custom-elements.json')): Record<string, unknown> {
  // The analyzer treats --outdir as relative to the working directory, even an absolute one.
  const out = mkdtempSync(join(packageDir, '.cem-'));
  try {
    run('cem analyze', [bin('@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--outdir', relative(packageDir, out), '--quiet']);
    const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as Manifest;
    for (const mod of manifest.modules) {
      mod.exports = mod.exports?.filter((e) => !(e.kind === 'custom-element-definition' && mod.path === 'src/shared/define.ts'));
      for (const d of mod.declarations ?? []) {
        if (!d.customElement || !d.tagName) continue;
        const defineModule = manifest.modules.find((m) => m.path === mod.path.replace(/[^/]+$/, 'define.ts'));
        defineModule?.exports?.push({
          kind: 'custom-element-definition',
          name: d.tagName,
          declaration: { name: d.name, module: mod.path },
        });
      }
    }
    writeFileSync(outFile, `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest as unknown as Record<string, unknown>;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Array<{ name: string; customElement?: boolean; tagName?: string }>;
    exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }>;
  }>;
}

export async function buildPackage(): Promise<void> {
  const dist = resolve(packageDir, 'dist');
  rmSync(dist, { recursive: true, force: true });
  await bundleNpm(dist);
  await bundleScriptTag(resolve(dist, 'cdn'));
  emitDeclarations();
  generateManifest();
  console.log(`Built @opportunities-hub/widgets into ${dist}`);
}
