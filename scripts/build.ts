/**
 * Builds the whole hub: checks content, builds the site into a staging folder (Astro, whose
 * integrations index it with Pagefind and bundle the widgets into it), and only then swaps it in
 * as dist/. A failure at any step leaves the last good dist/ untouched and exits non-zero.
 * `npm run build`
 *
 * `npm run build:production` (`--production`) builds for publishing: the origin (HUB_SITE, else
 * `origin` in content/site.yaml) must be a public https: address and the settings must not be
 * placeholders, or the build stops naming what to set. Other builds are previews for this machine
 * and link to HUB_SITE or http://localhost:4321.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ContentError, formatIssue, type Catalogue } from '@opportunities-hub/model/catalogue';
import { originProblem, placeholderIssues } from '@opportunities-hub/model/logic/publishable';
import { headersFile } from '@opportunities-hub/model/publish/headers';
import { loadCatalogue } from '@opportunities-hub/model/node/load-catalogue';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.HUB_DIST ?? 'dist');
const contentDir = resolve(root, process.env.HUB_CONTENT ?? 'content');
// Beside the output (same file system, so the swap is a rename) and per process, so two builds
// at once (a test build beside a dev build) never share a folder.
const stage = join(dirname(outDir), `.${basename(outDir)}-stage-${process.pid}`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous-${process.pid}`);

function run(step: string, command: string, args: string[], env: Record<string, string> = {}): void {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) {
    rmSync(stage, { recursive: true, force: true });
    console.error(`\nBuild failed at: ${step}. The previous build in ${outDir} is unchanged.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${step} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

const production = process.argv.includes('--production');
/** Where a local preview links to when HUB_SITE does not say. */
const PREVIEW_ORIGIN = 'http://localhost:4321';

let catalogue: Catalogue;
try {
  catalogue = loadCatalogue(contentDir);
  console.log('✓ content is valid');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`${error.message}\n\nBuild stopped: fix the content above. The previous build in ${outDir} is unchanged.`);
  process.exit(1);
}

/** The origin a production build publishes at, or every reason it may not publish (and exit). */
function productionOrigin(): string {
  const settings = catalogue.site;
  const fromEnv = process.env.HUB_SITE || undefined;
  const origin = fromEnv ?? settings.data.origin;
  const problems: string[] = [];
  const problem = originProblem(origin);
  if (problem) problems.push(fromEnv ? `  HUB_SITE: ${problem}` : formatIssue({ file: settings.file, field: 'origin', message: problem }));
  problems.push(...placeholderIssues(settings.data, settings.file).map(formatIssue));
  if (problems.length > 0) {
    console.error(
      `A production build needs the real settings and the public https: address the hub is published at:\n${problems.join('\n')}\n\n` +
        `Build stopped: set them in ${settings.file} (or the origin in HUB_SITE). The previous build in ${outDir} is unchanged.`,
    );
    process.exit(1);
  }
  console.log(`✓ publishing at ${new URL(origin).origin}`);
  return new URL(origin).origin;
}

const origin = production ? productionOrigin() : process.env.HUB_SITE || PREVIEW_ORIGIN;

rmSync(stage, { recursive: true, force: true });
// The site, its Pagefind index and the widgets' files: the last two are Astro integrations
// (site/integrations/) that run when the pages are written.
run('site, search index and widgets', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  HUB_OUT_DIR: stage,
  HUB_CONTENT: contentDir,
  HUB_SITE: origin,
});

// The headers for Netlify and Cloudflare Pages, from the one definition the local server uses too.
// Rules that leave paths out are spelled out for each top-level entry of the site.
const siteEntries = readdirSync(stage, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
writeFileSync(join(stage, '_headers'), headersFile(siteEntries));
console.log('✓ _headers');

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(stage, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built the hub into ${outDir}`);
