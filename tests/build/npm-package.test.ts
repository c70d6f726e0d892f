import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageDir } from '@opportunities-hub/widgets-tooling/entries';
import { buildDist } from '@opportunities-hub/widgets-tooling/package';

/**
 * The npm package as a partner gets it: packed with `npm pack`, installed offline into a scratch
 * project (Lit copied in from this repository's node_modules, as its peer), and a file that uses
 * both elements, their events and HTMLElementTagNameMap type-checked by a strict tsc.
 */
const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'hub-npm-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => {
  const result = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
};

const USE = `
import { HubOpportunitySearch, HubPathway, type HubOpportunitySearchEventMap, type HubPathwayEventMap, type HubSearchDetail } from '@opportunities-hub/widgets';
import { HubPathway as PathwayAlone } from '@opportunities-hub/widgets/pathway';
import '@opportunities-hub/widgets/define';

const search: HubOpportunitySearch = document.createElement('hub-opportunity-search');
const pathway: HubPathway = document.createElement('hub-pathway');
const same: PathwayAlone = pathway;
search.type = 'apprenticeship';
search.limit = 20;
pathway.pathway = 't-level-to-laboratory-scientist';
search.addEventListener('hub-search', (e) => {
  const detail: HubSearchDetail = e.detail;
  console.log(detail.count, detail.filters);
});
const onPathwaySelect = (e: HubPathwayEventMap['hub-select']) => e.detail.opportunity.slug;
const onSearchSelect = (e: HubOpportunitySearchEventMap['hub-select']) => e.detail.url;
document.querySelector('hub-pathway')?.setAttribute('pathway', 'x');
// @ts-expect-error a <hub-pathway> is not a search
const wrong: HubOpportunitySearch = document.createElement('hub-pathway');
// @ts-expect-error limit is a number
search.limit = 'ten';
void [same, onPathwaySelect, onSearchSelect, wrong];
`;

describe('the npm package', () => {
  it('packs, installs offline and type-checks in a strict TypeScript project', { timeout: 180_000 }, async () => {
    const stage = join(scratch, 'stage');
    mkdirSync(stage);
    for (const file of ['package.json', 'README.md', 'custom-elements.json']) cpSync(join(packageDir, file), join(stage, file));
    await buildDist(join(stage, 'dist'));
    npm(['pack', stage, '--pack-destination', scratch], scratch);
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))!;
    expect(tarball).toBe('opportunities-hub-widgets-1.0.0.tgz');

    const project = join(scratch, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'partner', private: true, type: 'module' }));
    // Its only dependency is Lit, a peer: left to the partner, so nothing is fetched here.
    npm(['install', '--offline', '--legacy-peer-deps', '--ignore-scripts', join(scratch, tarball)], project);
    const shipped = join(project, 'node_modules/@opportunities-hub/widgets');
    expect(
      readdirSync(join(shipped, 'dist'))
        .filter((f) => f.endsWith('.d.ts'))
        .sort(),
    ).toEqual(['define.d.ts', 'index.d.ts']);
    for (const peer of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-dom-shim', '@types/trusted-types'])
      cpSync(join(root, 'node_modules', peer), join(project, 'node_modules', peer), { recursive: true });

    writeFileSync(join(project, 'use.ts'), USE);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          lib: ['es2023', 'dom'],
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
