/**
 * The widgets benchmark (a script, not a test), measured in Chromium on one set of generated
 * opportunities, and printed as tables:
 *
 *   1. sizes: the script-tag file (minified, gzipped, Lit included) and each entry point alone;
 *   2. bytes transferred before the first results, and time from script load to first results, at
 *      1,000 and 10,000 opportunities: before (the full feed, as the site serves it today) and after
 *      (the compact search feed), and for a provider-locked widget reading its slice of the search feed;
 *   3. keystroke-to-rendered-results latency over 10,000 opportunities (median, p95): the
 *      <hub-opportunity-search> element beside fuse.js and MiniSearch at default settings and
 *      Pagefind (warm), each searching the same records and rendering its first results.
 *
 * The records are as long as the real ones because they are the real ones: the hub's own
 * opportunities (content/), built into feed records as the site builds them, repeated with a new
 * slug and title each time, and spread over 40 providers (so one provider's slice holds 1 in 40).
 *
 *   npm run bench:widgets [-- --runs 5]
 *
 * Pages are served by a local HTTP server on 127.0.0.1: nothing leaves the machine.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { buildOpportunitiesFeed, buildTaxonomyFeed, searchFeedOf } from '@opportunities-hub/model';
import type { OpportunityRecord } from '@opportunities-hub/model/feed/schemas';
import { loadCatalogue } from '@opportunities-hub/model/node';
import { launchBrowser } from './lib/browser.ts';
import { bundleScriptTag, NPM_ENTRIES } from '@opportunities-hub/widgets-tooling/entries';
import { PATHWAY_BUDGET_BYTES, pathwayShare } from '@opportunities-hub/widgets-tooling/sizes';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, '.build/bench-widgets');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(args.runs);
const TARGET = { gzipKB: 20, medianMs: 5, p95Ms: 16, firstMs: { 1000: 150, 10000: 600 } as Record<number, number> };

/** What a reader types: whole words, prefixes on the way, and typos. */
const TYPING = [
  'laboratory technician',
  'data scince',
  'green skills',
  'perfusion',
  'apprenticeship cambridge',
  'clinical reserch',
  'microbiolgy',
];
const KEYSTROKES = TYPING.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;
const median = (xs: number[]) => percentile(xs, 0.5);
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
const ms = (x: number) => `${x.toFixed(2)} ms`;
function table(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  console.log(
    `\n${title}\n${line(head)}\n|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|\n${rows.map(line).join('\n')}`,
  );
}

/** One minified ESM file with everything bundled (Lit included), from an entry file. */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

// ---------------------------------------------------------------------------------------------
// 1. Sizes
// ---------------------------------------------------------------------------------------------
mkdirSync(out, { recursive: true });

/** The script-tag file as the hub's build makes it. */
const scriptTag = readFileSync(await bundleScriptTag(join(out, 'cdn')), 'utf8');

const sizeRows: string[][] = [
  ['hub-widgets.js (script-tag file)', kb(scriptTag.length), kb(gzip(scriptTag)), gzip(scriptTag) <= TARGET.gzipKB * 1024 ? 'yes' : 'NO'],
];
// Each entry point alone, Lit bundled in, so every row is what one script tag would cost.
// The pathway widget's rows come from entries.ts, like every other entry (owner: the pathway/distribution work).
for (const [name, file] of Object.entries(NPM_ENTRIES)) {
  const code = await bundle(file);
  sizeRows.push([`entry ${name}`, kb(code.length), kb(gzip(code)), '']);
}
for (const [name, spec] of [
  ['lit alone', 'lit'],
  ['minisearch alone', 'minisearch'],
  ['fuse.js alone', 'fuse.js'],
] as const) {
  const entry = join(out, `${name.replace(/\W+/g, '-')}.js`);
  writeFileSync(entry, `export * from '${spec}';${spec === 'lit' ? '' : `export { default } from '${spec}';`}`);
  const code = await bundle(entry);
  sizeRows.push([`(reference) ${name}`, kb(code.length), kb(gzip(code)), '']);
}
// <hub-pathway>'s own file, which the script-tag file fetches only for a page that shows one.
const pathway = await pathwayShare();
sizeRows.push([
  `hub-pathway's file, fetched on demand (≤ ${PATHWAY_BUDGET_BYTES / 1024} KB gz)`,
  '',
  kb(pathway.addedGzip),
  pathway.withinBudget ? 'yes' : 'NO',
]);
table(
  `Sizes (minified; gzip -9). Target: the script-tag file ≤ ${TARGET.gzipKB} KB gzipped.`,
  ['file', 'minified', 'gzipped', '≤ target'],
  sizeRows,
);

// ---------------------------------------------------------------------------------------------
// Data and servers
// ---------------------------------------------------------------------------------------------
const clock = { generated: new Date().toISOString(), today: new Date().toISOString().slice(0, 10) };
const catalogue = loadCatalogue(resolve(root, 'content'));
const real = buildOpportunitiesFeed(catalogue, clock);
const gazetteer = buildTaxonomyFeed(catalogue, clock).places;
const PROVIDERS = 40;
/** `n` records as long as the real ones: the real ones again and again, each with its own slug, title and one of 40 providers. */
const realistic = (n: number): OpportunityRecord[] =>
  Array.from({ length: n }, (_, i) => {
    const r = real.opportunities[i % real.opportunities.length]!;
    const slug = `${r.slug}-${i + 1}`;
    const provider = { slug: `provider-${i % PROVIDERS}`, name: `${r.provider.name} ${i % PROVIDERS}` };
    return { ...r, slug, url: `/opportunities/${slug}/`, title: `${r.title} ${i + 1}`, provider };
  });
const records10k = realistic(10_000);
const SIZES = [1000, 10_000] as const;
/** Every feed body by path, for each size: /n<size>/api/v1/… . */
const files = new Map<string, string>();
for (const n of SIZES) {
  const records = records10k.slice(0, n);
  // Today's feed as the site writes it (pretty-printed), and the compact feed and one slice, as they are written (one line).
  files.set(`/n${n}/api/v1/opportunities.json`, `${JSON.stringify({ ...real, opportunities: records }, null, 2)}\n`);
  files.set(`/n${n}/api/v1/search.json`, `${JSON.stringify(searchFeedOf(records, gazetteer, clock))}\n`);
  const own = records.filter((r) => r.provider.slug === 'provider-0');
  files.set(`/n${n}/api/v1/search/provider/provider-0.json`, `${JSON.stringify(searchFeedOf(own, gazetteer, clock))}\n`);
}

/** The text each library indexes: the same fields the element searches. */
const docOf = (r: OpportunityRecord, id: number) => ({
  id,
  title: r.title,
  summary: r.summary,
  description: r.description,
  provider: r.provider.name,
  skills: r.skills.map((s) => s.name).join(' '),
  places: r.places.map((p) => p.name).join(' '),
});
const docs = records10k.map(docOf);

console.log('\nIndexing the same 10,000 records with Pagefind…');
const pagefindDir = join(out, 'pagefind');
rmSync(pagefindDir, { recursive: true, force: true });
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error('Pagefind did not start');
for (const d of docs) {
  await index.addCustomRecord({
    url: `/opportunities/opportunity-${d.id + 1}/`,
    language: 'en',
    meta: { title: d.title },
    content: `${d.title}. ${d.summary} ${d.description} ${d.provider} ${d.skills} ${d.places}`,
  });
}
await index.writeFiles({ outputPath: pagefindDir });
await pagefind.close();

const libsEntry = join(out, 'libs-entry.js');
writeFileSync(libsEntry, "import Fuse from 'fuse.js'; import MiniSearch from 'minisearch'; Object.assign(window, { Fuse, MiniSearch });");
const libs = await bundle(libsEntry);

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.html': 'text/html',
};
/** Page HTML by path, set by each measurement before it opens the page. */
const pages = new Map<string, string>();
/** A local HTTP server (127.0.0.1, a free port): real network timing, and nothing leaves the machine. */
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  const send = (type: string, body: string | Buffer) => res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
  const file = path.startsWith('/pagefind/') ? join(pagefindDir, path.slice('/pagefind/'.length)) : '';
  if (pages.has(path)) send(TYPES['.html']!, pages.get(path)!);
  else if (path === '/hub-widgets.js') send(TYPES['.js']!, scriptTag);
  else if (path === '/libs.js') send(TYPES['.js']!, libs);
  else if (files.has(path)) send(TYPES['.json']!, files.get(path)!);
  else if (file && existsSync(file)) send(TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  else res.writeHead(404).end();
});
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function open(page: Page, html: string): Promise<void> {
  const path = `/page-${pages.size}.html`;
  pages.set(path, html);
  await page.goto(`${ORIGIN}${path}`);
}

const browser = await launchBrowser();

// ---------------------------------------------------------------------------------------------
// 2. Bytes and time to first results: before (full feed) and after (search feed, slice)
// ---------------------------------------------------------------------------------------------
/** What a widget loads in each case: its attributes, by number of opportunities. */
const CASES: [name: string, attributes: (n: number) => string][] = [
  ['before: full feed (today)', (n) => `src="/n${n}/api/v1/opportunities.json"`],
  ['after: compact search feed', (n) => `src="/n${n}/api/v1/search.json"`],
  [
    'after: provider-locked (its slice)',
    (n) => `src="/n${n}/api/v1/search/provider/provider-0.json" provider="provider-0" locked="provider"`,
  ],
];
const firstRows: string[][] = [];
const bytesBefore: Record<number, number> = {};
let firstTargetsMet = true;
for (const n of SIZES) {
  for (const [name, attributes] of CASES) {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Classic inline script: the clock starts just before the module script is reached.
      await open(
        page,
        `<!doctype html><html lang="en"><body><hub-opportunity-search ${attributes(n)} limit="10"></hub-opportunity-search>
        <script>window.__t0 = performance.now(); addEventListener('hub-search', () => { window.__first = performance.now(); }, { once: true });</script>
        <script type="module" src="/hub-widgets.js"></script></body></html>`,
      );
      await page.waitForFunction(() => (window as unknown as { __first?: number }).__first !== undefined, undefined, { timeout: 60_000 });
      const [first, loaded] = await page.evaluate(() => {
        const w = window as unknown as { __first: number; __t0: number };
        const before = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.responseEnd <= w.__first);
        return [w.__first - w.__t0, before.map((e) => [new URL(e.name).pathname, e.encodedBodySize] as const)] as const;
      });
      times.push(first);
      bytes = loaded.reduce((sum, [, size]) => sum + size, 0);
      await context.close();
    }
    if (name.startsWith('before')) bytesBefore[n] = bytes;
    const share = bytes / bytesBefore[n]!;
    const met = median(times) <= TARGET.firstMs[n]!;
    if (!name.startsWith('before')) firstTargetsMet &&= met && share <= 0.25;
    firstRows.push([
      `${n.toLocaleString('en-GB')}: ${name}`,
      kb(bytes),
      `${(share * 100).toFixed(0)}%`,
      ms(median(times)),
      ms(Math.max(...times)),
      name.startsWith('before') ? '' : met ? 'yes' : 'NO',
    ]);
  }
}
table(
  `Before the first results (${RUNS} cold page loads each; bytes of script and feed as npm run serve sends them, uncompressed). Targets: bytes ≤ 25% of before; first results ≤ ${TARGET.firstMs[1000]} ms at 1,000 and ≤ ${TARGET.firstMs[10000]} ms at 10,000.`,
  ['opportunities: widget reads', 'bytes', 'of before', 'first results (median)', 'max', 'time ≤ target'],
  firstRows,
);
console.log(`\nBytes and first-results targets ${firstTargetsMet ? 'met' : 'NOT met'}.`);

// ---------------------------------------------------------------------------------------------
// 3. Keystroke to rendered results, 10,000 opportunities
// ---------------------------------------------------------------------------------------------
const latency: [string, number[]][] = [];
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await open(
    page,
    `<!doctype html><html lang="en"><body><hub-opportunity-search src="/n10000/api/v1/search.json"></hub-opportunity-search><script type="module" src="/hub-widgets.js"></script></body></html>`,
  );
  await page.waitForFunction(() => document.querySelector('hub-opportunity-search')?.shadowRoot?.querySelector('[part~="results"]'));
  // The element indexes once the first results are shown; a reader takes longer than this to start typing.
  await page.waitForTimeout(1000);
  // Each keystroke: set the box, fire input as typing does, wait for Lit's render, force layout.
  const times = await page.evaluate(async (keystrokes) => {
    const el = document.querySelector('hub-opportunity-search')!;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    const type = async (value: string) => {
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      el.shadowRoot!.querySelector('.layout')?.getBoundingClientRect();
      return performance.now() - start;
    };
    const measured: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (const q of keystrokes) {
        const t = await type(q);
        if (pass) measured.push(t);
      }
      await type('');
    }
    return measured;
  }, KEYSTROKES);
  latency.push(['hub-opportunity-search, search feed (search + facets + Lit render)', times]);
  await context.close();
}

{
  const context = await browser.newContext();
  const page = await context.newPage();
  await open(page, `<!doctype html><html lang="en"><body><ul id="out"></ul><script type="module" src="/libs.js"></script></body></html>`);
  await page.waitForFunction(() => 'MiniSearch' in window);
  const results = await page.evaluate(
    async ({ docs, keystrokes }) => {
      type Doc = (typeof docs)[number];
      const w = window as unknown as {
        Fuse: new (docs: Doc[], options: { keys: string[] }) => { search(q: string): { item: Doc }[] };
        MiniSearch: new (options: { fields: string[] }) => {
          addAll(docs: Doc[]): void;
          search(q: string, options?: object): { id: number }[];
        };
      };
      const fields = ['title', 'summary', 'description', 'provider', 'skills', 'places'];
      const list = document.getElementById('out')!;
      /** The same rendering for every library: the first ten titles as list items. */
      const render = (titles: string[]) => {
        list.replaceChildren(...titles.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
        list.getBoundingClientRect();
      };
      const fuse = new w.Fuse(docs, { keys: fields });
      const mini = new w.MiniSearch({ fields });
      mini.addAll(docs);
      const pf = (await import(`${location.origin}/pagefind/pagefind.js`)) as {
        init(): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<{ meta: { title: string } }> }[] }>;
      };
      await pf.init();
      const engines: Record<string, (q: string) => Promise<void> | void> = {
        'fuse.js 7.5 (defaults)': (q) =>
          render(
            fuse
              .search(q)
              .slice(0, 10)
              .map((r) => r.item.title),
          ),
        'MiniSearch 7.2 (defaults: whole words)': (q) =>
          render(
            mini
              .search(q)
              .slice(0, 10)
              .map((r) => docs[r.id]!.title),
          ),
        'MiniSearch 7.2 (prefix, fuzzy 0.2)': (q) =>
          render(
            mini
              .search(q, { prefix: true, fuzzy: 0.2 })
              .slice(0, 10)
              .map((r) => docs[r.id]!.title),
          ),
        'Pagefind 1.6 (warm)': async (q) => {
          const found = await pf.search(q);
          render((await Promise.all(found.results.slice(0, 10).map((r) => r.data()))).map((d) => d.meta.title));
        },
      };
      const out: [string, number[]][] = [];
      for (const [name, run] of Object.entries(engines)) {
        const measured: number[] = [];
        for (let pass = 0; pass < 2; pass++) {
          for (const q of keystrokes) {
            const start = performance.now();
            await run(q);
            if (pass) measured.push(performance.now() - start);
          }
        }
        out.push([name, measured]);
      }
      return out;
    },
    { docs, keystrokes: KEYSTROKES },
  );
  latency.push(...results);
  await context.close();
}
await browser.close();
server.close();

table(
  `Keystroke to rendered results, 10,000 opportunities (${KEYSTROKES.length} keystrokes typing ${TYPING.map((t) => `"${t}"`).join(', ')}; second pass measured). Target: median ≤ ${TARGET.medianMs} ms, p95 ≤ ${TARGET.p95Ms} ms.`,
  ['engine', 'median', 'p95', 'max'],
  latency.map(([name, times]) => [name, ms(median(times)), ms(percentile(times, 0.95)), ms(Math.max(...times))]),
);
const [, own] = latency[0]!;
const verdict = median(own) <= TARGET.medianMs && percentile(own, 0.95) <= TARGET.p95Ms;
console.log(
  `\nhub-opportunity-search latency target ${verdict ? 'met' : 'NOT met'}. Library rows render 10 plain <li>s; the element's row includes facet counts and its full Lit render.`,
);
