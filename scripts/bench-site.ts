/**
 * The site benchmark (a script, not a test): builds the hub from the real content and from
 * copies with 1,000, 5,000 and 10,000 generated opportunities, timing each build (site, search
 * index, feeds, widgets), then prints the page weight of each page template in the real build.
 *
 *   npm run bench:site [-- --sizes 1000,5000,10000] [--source content]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeGeneratedContent } from './generate-opportunities.ts';

const root = resolve(import.meta.dirname, '..');
const benchDir = resolve(root, '.build/bench');
const TODAY = '2026-11-28';

interface BuildRun {
  label: string;
  opportunities: number;
  pages: number;
  seconds: number;
  steps: Record<string, number>;
  dist: string;
}

/** Runs scripts/build.ts on one content folder and times it; a failed build stops the benchmark. */
function timedBuild(label: string, content: string, opportunities: number): BuildRun {
  const dist = join(benchDir, `dist-${label}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, HUB_CONTENT: content, HUB_DIST: dist, HUB_TODAY: TODAY },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`The ${label} build failed:\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  const steps = Object.fromEntries([...result.stdout.matchAll(/✓ ([a-z ]+) \(([\d.]+) s\)/g)].map((m) => [m[1]!, Number(m[2])]));
  return { label, opportunities, pages: countHtml(dist), seconds, steps, dist };
}

function countHtml(dir: string): number {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) count += countHtml(full);
    else if (name.endsWith('.html')) count++;
  }
  return count;
}

/** The sample page of each template in a build. */
function templatePages(dist: string): { template: string; path: string }[] {
  const firstDir = (folder: string, skip: string[] = []) =>
    readdirSync(join(dist, folder))
      .filter((n) => !skip.includes(n) && existsSync(join(dist, folder, n, 'index.html')))
      .sort()[0];
  const opportunity = firstDir('opportunities', ['type', 'skill', 'level', 'audience']);
  const type = firstDir('opportunities/type');
  const pathway = firstDir('pathways');
  const recommendation = firstDir('recommendations');
  return [
    { template: 'home', path: '/' },
    { template: 'content page (vision)', path: '/vision/' },
    { template: 'skills gaps (chart)', path: '/skills-gaps/' },
    { template: 'opportunities index', path: '/opportunities/' },
    { template: 'filter listing', path: `/opportunities/type/${type}/` },
    { template: 'opportunity', path: `/opportunities/${opportunity}/` },
    { template: 'pathway', path: `/pathways/${pathway}/` },
    { template: 'recommendation', path: `/recommendations/${recommendation}/` },
    { template: 'partners', path: '/partners/' },
    { template: 'search', path: '/search/' },
  ];
}

interface Weight {
  html: number;
  css: number;
  js: number;
  gzip: number;
}

/** HTML, CSS and JS bytes a first visit to `path` downloads (the search page's Pagefind loader included, its index chunks not). */
function pageWeight(dist: string, path: string): Weight {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString('utf8');
  const read = (href: string) => readFileSync(join(dist, new URL(href, 'http://x').pathname));
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => read(m[1]!));
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]!));
  const js = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => read(m[1]!));
  const inlineJs = [...text.matchAll(/<script(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => Buffer.from(m[1]!))
    .filter((b) => b.length > 0);
  if (text.includes('/pagefind/pagefind.js')) js.push(read('/pagefind/pagefind.js'));
  const files = [html, ...css, ...js];
  const sum = (list: Buffer[]) => list.reduce((n, b) => n + b.length, 0);
  return {
    html: html.length,
    css: sum(css) + sum(inlineCss),
    js: sum(js) + sum(inlineJs),
    gzip: files.reduce((n, b) => n + gzipSync(b).length, 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function main(): void {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '1000,5000,10000' }, source: { type: 'string', default: 'content' } },
  });
  const sizes = values.sizes!.split(',').map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--sizes: "${s}" is not a positive whole number`);
    return n;
  });
  const source = resolve(root, values.source!);
  const runs: BuildRun[] = [];
  console.log('Building the real content…');
  const real = timedBuild('real', source, readdirSync(join(source, 'opportunities')).length);
  runs.push(real);
  for (const size of sizes) {
    const content = join(benchDir, `content-${size}`);
    const total = writeGeneratedContent(source, content, size);
    console.log(`Building ${total} opportunities (${size} generated)…`);
    runs.push(timedBuild(String(size), content, total));
  }

  console.log('\nBuild time (scripts/build.ts: content check, Astro, Pagefind, widgets, swap)\n');
  console.log('| content | opportunities | HTML pages | total | site | search index | per 1,000 opportunities |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of runs) {
    console.log(
      `| ${r.label} | ${r.opportunities} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${r.steps['site']?.toFixed(1) ?? '?'} s | ${r.steps['search index']?.toFixed(1) ?? '?'} s | ${r.label === 'real' ? '–' : `${((r.seconds / r.opportunities) * 1000).toFixed(1)} s`} |`,
    );
  }

  console.log('\nPage weight per template (real content; first visit, uncompressed and gzipped)\n');
  console.log('| template | page | HTML | CSS | JS | total gzipped |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const { template, path } of templatePages(real.dist)) {
    const w = pageWeight(real.dist, path);
    console.log(`| ${template} | ${path} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.gzip)} |`);
  }
  const largest = runs.at(-1)!;
  console.log(`\nLargest build: ${largest.opportunities} opportunities in ${largest.seconds.toFixed(1)} s (target: under 120 s).`);
}

main();
