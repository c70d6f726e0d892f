import { defineConfig } from 'vitest/config';

/**
 * Two projects: fast unit tests of pure logic (no build needed), and end-to-end tests in real
 * Chromium against the built hub (built once by tests/global-setup.ts).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'site/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['packages/widgets/**', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // Assertions about the page retry (expect.poll) until the page settles, for up to 10 s.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
    ],
  },
});
