/**
 * Runs every test the hub has and ends with one summary line, `N passed, N failed`:
 *   1. the type check (tsc, strict) and lint (ESLint) — each counted as one test;
 *   2. vitest: unit tests of pure logic, then end-to-end tests in Chromium against a fresh build;
 *   3. @web/test-runner: the widgets in Chromium.
 * `npm test`. Exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROME_PATH } from './lib/browser.ts';

const root = resolve(import.meta.dirname, '..');
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const totals = { passed: 0, failed: 0 };
const lines: string[] = [];

function run(command: string, args: string[]): number {
  const result = spawnSync(process.execPath, [resolve(root, command), ...args], { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function record(suite: string, passed: number, failed: number): void {
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`${suite.padEnd(12)} ${passed} passed, ${failed} failed`);
}

/** A runner that exits non-zero without a failed test (a crash, a file that would not load) counts as one failure. */
function failures(status: number, counted: number): number {
  return counted + (status !== 0 && counted === 0 ? 1 : 0);
}

function readCounts(file: string): { passed: number; failed: number } | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { passed: number; failed: number }) : undefined;
}

if (!existsSync(CHROME_PATH)) {
  console.error(`Chromium was not found at ${CHROME_PATH}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}

console.log('\n— Type check');
// astro sync writes .astro/types.d.ts (the astro:content module), which a fresh clone lacks.
const syncStatus = run('node_modules/astro/bin/astro.mjs', ['sync']);
const tscStatus = syncStatus || run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.json']);
record('typecheck', tscStatus === 0 ? 1 : 0, tscStatus === 0 ? 0 : 1);

console.log('\n— Lint');
const lintStatus = run('node_modules/eslint/bin/eslint.js', ['.']);
record('lint', lintStatus === 0 ? 1 : 0, lintStatus === 0 ? 0 : 1);

console.log('\n— Unit and end-to-end tests (vitest)');
const vitestJson = resolve(root, '.build/vitest-results.json');
rmSync(vitestJson, { force: true });
const vitestStatus = run('node_modules/vitest/vitest.mjs', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = existsSync(vitestJson)
  ? (JSON.parse(readFileSync(vitestJson, 'utf8')) as { numPassedTests: number; numFailedTests: number })
  : undefined;
record('vitest', vitest?.numPassedTests ?? 0, failures(vitestStatus, vitest?.numFailedTests ?? 0));

console.log('\n— Widgets in Chromium (@web/test-runner)');
const wtrCounts = resolve(root, '.build/wtr-counts.json');
rmSync(wtrCounts, { force: true });
const wtrStatus = run('node_modules/@web/test-runner/dist/bin.js', ['--config', 'web-test-runner.config.mjs']);
const wtr = readCounts(wtrCounts);
record('widgets', wtr?.passed ?? 0, failures(wtrStatus, wtr?.failed ?? 0));

console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
