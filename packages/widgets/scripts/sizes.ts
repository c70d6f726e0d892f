/**
 * Size budgets of the script-tag file, measured as partners receive it (minified, gzip -9): the
 * file ≤ 20 KB gzipped, and what <hub-pathway> adds to it ≤ 6 KB. Prints exact bytes, so a change
 * can say what it cost or saved. Used by
 * scripts/bench-widgets.ts; run alone with `node packages/widgets/scripts/sizes.ts`.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { common, packageDir } from './entries.ts';

/** The most the script-tag file (both elements, Lit included) may weigh, gzipped. */
export const SCRIPT_TAG_BUDGET_BYTES = 20 * 1024;

/** The most <hub-pathway> may add to the script-tag file, gzipped. */
export const PATHWAY_BUDGET_BYTES = 6 * 1024;

const gz = (code: string) => gzipSync(code, { level: 9 }).length;

/** Bundles source text as the script-tag build would (minified ESM, Lit included). */
async function bundleText(contents: string): Promise<string> {
  const result = await build({
    ...common,
    stdin: { contents, resolveDir: resolve(packageDir, 'src'), loader: 'ts', sourcefile: 'size-entry.ts' },
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** One row per measured file: name, minified bytes, gzipped bytes. */
export interface SizeRow {
  name: string;
  minified: number;
  gzipped: number;
}

/**
 * The pathway's share of the script-tag file: the file with every element, less the same file
 * without <hub-pathway> (so shared code — Lit, theme, helpers — is not charged to it).
 */
export async function pathwayShare(): Promise<{ rows: SizeRow[]; addedGzip: number; withinBudget: boolean }> {
  const all = await bundleText("import './define.ts';");
  const withoutPathway = await bundleText("import './opportunity-search/define.ts';");
  const pathwayAlone = await bundleText("import './pathway/define.ts';");
  const rows = [
    { name: 'hub-widgets.js (both elements)', minified: all.length, gzipped: gz(all) },
    { name: 'without hub-pathway', minified: withoutPathway.length, gzipped: gz(withoutPathway) },
    { name: 'hub-pathway alone (with Lit)', minified: pathwayAlone.length, gzipped: gz(pathwayAlone) },
  ];
  const addedGzip = gz(all) - gz(withoutPathway);
  return { rows, addedGzip, withinBudget: addedGzip <= PATHWAY_BUDGET_BYTES };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { rows, addedGzip, withinBudget } = await pathwayShare();
  const tag = rows[0]!.gzipped;
  console.log(
    `hub-widgets.js: ${tag} bytes gzipped, ${SCRIPT_TAG_BUDGET_BYTES - tag} bytes under its ${SCRIPT_TAG_BUDGET_BYTES / 1024} KB budget`,
  );
  if (tag > SCRIPT_TAG_BUDGET_BYTES) process.exitCode = 1;
  for (const r of rows)
    console.log(
      `${r.name.padEnd(34)} ${(r.minified / 1024).toFixed(1).padStart(6)} KB min ${(r.gzipped / 1024).toFixed(2).padStart(6)} KB gz`,
    );
  console.log(
    `hub-pathway adds ${(addedGzip / 1024).toFixed(2)} KB gzipped (budget ${PATHWAY_BUDGET_BYTES / 1024} KB): ${withinBudget ? 'within' : 'OVER'}`,
  );
  if (!withinBudget) process.exitCode = 1;
}
