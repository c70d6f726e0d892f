// @ts-check
import { writeFileSync, mkdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
// Chromium from Debian (or CHROME_PATH) with this machine's flags, as the end-to-end tests launch it: one definition.
import { CHROME_ARGS, CHROME_PATH } from './scripts/lib/browser.ts';

/** Writes passed/failed counts for scripts/test.ts, which prints the run's one summary line. */
function countsReporter() {
  return {
    /** @param {{ sessions: import('@web/test-runner-core').TestSession[] }} run */
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      /** @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite */
      const walk = (suite) => {
        if (!suite) return;
        for (const t of suite.tests) {
          if (t.skipped) continue;
          if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load has no results but is still a failure.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) failed++;
      }
      mkdirSync('.build', { recursive: true });
      writeFileSync('.build/wtr-counts.json', JSON.stringify({ passed, failed }));
    },
  };
}

/**
 * Test pages that must run as a partner's strict page would: no inline script or style, no eval,
 * Trusted Types required (Lit's policy is named lit-html). Used by the widgets' CSP tests.
 */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** @type {import('@web/dev-server-core').Middleware} */
async function strictCspPages(ctx, next) {
  await next();
  if (/\/csp\/[\w-]+\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
}

export default {
  files: ['packages/widgets/src/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [strictCspPages],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true } }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter()],
};
