/**
 * Size budgets of the script-tag file, measured as partners receive it (minified, gzip -9): the
 * file every page loads (Lit and <hub-opportunity-search>) ≤ 20 KB gzipped, and <hub-pathway>'s
 * own file, fetched beside it only by pages that show a pathway, ≤ 6 KB. Prints exact bytes, so a
 * change can say what it cost or saved. Used by scripts/bench-widgets.ts and the size test; run
 * alone with `node packages/widgets/scripts/sizes.ts`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildScriptTag } from './entries.ts';

/** The most the script-tag file (Lit and the search included) may weigh, gzipped. */
export const SCRIPT_TAG_BUDGET_BYTES = 20 * 1024;

/** The most <hub-pathway>'s on-demand file may weigh, gzipped. */
export const PATHWAY_BUDGET_BYTES = 6 * 1024;

const gz = (code: string) => gzipSync(code, { level: 9 }).length;

/** One row per measured file: name, minified bytes, gzipped bytes. */
export interface SizeRow {
  name: string;
  minified: number;
  gzipped: number;
}

/** The script-tag file and the pathway's on-demand file, as the build writes them, with their sizes. */
export async function scriptTagSizes(): Promise<{ entry: SizeRow; pathway: SizeRow; files: Map<string, string> }> {
  const files = await buildScriptTag();
  const row = (name: string): SizeRow => ({ name, minified: files.get(name)!.length, gzipped: gz(files.get(name)!) });
  const pathwayFile = [...files.keys()].find((name) => name.startsWith('hub-pathway-'));
  if (!pathwayFile) throw new Error(`No hub-pathway file among ${[...files.keys()].join(', ')}`);
  return { entry: row('hub-widgets.js'), pathway: row(pathwayFile), files };
}

/**
 * <hub-pathway>'s share: its own file, which only a page showing a pathway fetches (so shared code
 * — Lit, theme, helpers — is not charged to it). Rows: each file, and both as a page with both gets them.
 */
export async function pathwayShare(): Promise<{ rows: SizeRow[]; addedGzip: number; withinBudget: boolean }> {
  const { entry, pathway } = await scriptTagSizes();
  const both = {
    name: 'both (a page showing a pathway)',
    minified: entry.minified + pathway.minified,
    gzipped: entry.gzipped + pathway.gzipped,
  };
  return { rows: [entry, pathway, both], addedGzip: pathway.gzipped, withinBudget: pathway.gzipped <= PATHWAY_BUDGET_BYTES };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { rows, addedGzip, withinBudget } = await pathwayShare();
  const tag = rows[0]!.gzipped;
  console.log(
    `hub-widgets.js: ${tag} bytes gzipped, ${SCRIPT_TAG_BUDGET_BYTES - tag} bytes under its ${SCRIPT_TAG_BUDGET_BYTES / 1024} KB budget`,
  );
  if (tag > SCRIPT_TAG_BUDGET_BYTES) process.exitCode = 1;
  for (const r of rows)
    console.log(`${r.name.padEnd(34)} ${(r.minified / 1024).toFixed(1).padStart(6)} KB min ${String(r.gzipped).padStart(6)} B gz`);
  console.log(
    `hub-pathway's file: ${addedGzip} bytes gzipped (budget ${PATHWAY_BUDGET_BYTES / 1024} KB): ${withinBudget ? 'within' : 'OVER'}`,
  );
  if (!withinBudget) process.exitCode = 1;
}
