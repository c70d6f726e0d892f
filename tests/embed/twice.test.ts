import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { bundleNpm } from '@opportunities-hub/widgets-tooling/entries';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { startServer, type RunningHub } from '../support/hub.ts';
import { watchedPage } from './support.ts';

/**
 * Registration is idempotent: the script-tag file loaded twice, or alongside the npm build (with
 * its own Lit, through an import map), leaves one working definition of each element.
 */
const root = resolve(import.meta.dirname, '../..');
const npmOut = resolve(root, '.build/embed-npm');
const LIT_IMPORTS = {
  lit: '/node_modules/lit/index.js',
  'lit/': '/node_modules/lit/',
  'lit-html': '/node_modules/lit-html/lit-html.js',
  'lit-html/': '/node_modules/lit-html/',
  'lit-element/': '/node_modules/lit-element/',
  '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
  '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
};

describe('loading the widgets more than once', () => {
  let hub: RunningHub;
  let repo: RunningHub;
  let browser: Browser;
  let pages = 0;

  beforeAll(async () => {
    rmSync(npmOut, { recursive: true, force: true });
    mkdirSync(npmOut, { recursive: true });
    await bundleNpm(npmOut);
    hub = await startServer();
    // The repository itself, as a partner site that installed the npm package (and Lit).
    repo = await startServer(root, () => ({}));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await repo?.close();
    await hub?.close();
    rmSync(npmOut, { recursive: true, force: true });
  });

  /** A page on the "partner" origin with the given script tags, showing both elements. */
  async function open(scripts: string[]) {
    const feed = (name: string) => `${hub.origin}/api/v1/${name}.json`;
    const html = `<!doctype html><html lang="en"><title>twice</title>
      <script type="importmap">${JSON.stringify({ imports: LIT_IMPORTS })}</script>
      ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
      <hub-pathway pathway="t-level-to-laboratory-scientist" src="${feed('pathways')}"></hub-pathway>
      <hub-opportunity-search src="${feed('opportunities')}" limit="3"></hub-opportunity-search>`;
    // A real file, not a routed response: Chromium treats routed pages as public and then refuses
    // their requests to a loopback hub (Local Network Access).
    const name = `twice-${++pages}.html`;
    writeFileSync(resolve(npmOut, name), html);
    const watched = await watchedPage(browser);
    await watched.page.goto(`${repo.origin}/.build/embed-npm/${name}`);
    await watched.page.locator('hub-pathway [part=title]').waitFor();
    await watched.page.locator('hub-opportunity-search [part~=result]').first().waitFor();
    return watched;
  }

  const script = () => `${hub.origin}/widgets/v1/hub-widgets.js`;
  const npm = (entry: string) => `${repo.origin}/.build/embed-npm/${entry}.js`;
  const cases: Array<[string, () => string[]]> = [
    ['the script-tag file twice (two URLs, so it really runs twice)', () => [script(), `${script()}?again`]],
    ['the npm build, then the script-tag file', () => [npm('define'), script()]],
    ['the script-tag file, then the npm build', () => [script(), npm('pathway/define'), npm('opportunity-search/define')]],
  ];
  for (const [name, scripts] of cases) {
    it(`is harmless: ${name}`, async () => {
      const { page, context, problems } = await open(scripts());
      await expect.poll(() => page.locator('hub-pathway [part=step]').count()).toBeGreaterThanOrEqual(3);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
