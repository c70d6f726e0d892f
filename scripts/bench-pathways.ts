/**
 * What the pathway overview costs the build: for each pathway, the time to number its steps, lay
 * its diagram out with dagre and draw the SVG geometry (site/lib/route.ts), and to make its QR
 * code; then the total for every pathway, which is what a build adds. Median of many runs, after
 * a warm-up. `npm run bench:pathways`.
 */
import { resolve } from 'node:path';
import { loadCatalogue } from '@opportunities-hub/model/node/load-catalogue';
import { routeView } from '../site/lib/route.ts';
import { qrSvg } from '../site/lib/qr.ts';

const RUNS = 50;

async function median(run: () => unknown): Promise<number> {
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const { pathways } = await loadCatalogue(resolve(import.meta.dirname, '../content'));
console.log('| pathway | steps | links | layout (ms) | QR code (ms) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
let layoutTotal = 0;
let qrTotal = 0;
for (const p of pathways) {
  const view = routeView(p.data);
  const layout = await median(() => routeView(p.data));
  const qr = await median(() => qrSvg(`https://hub.example.org/pathways/${p.slug}/`));
  layoutTotal += layout;
  qrTotal += qr;
  console.log(`| ${p.slug} | ${p.data.steps.length} | ${view.diagram.edges.length} | ${layout.toFixed(2)} | ${qr.toFixed(2)} |`);
}
console.log(
  `\nEvery pathway: layout ${layoutTotal.toFixed(1)} ms, QR codes ${qrTotal.toFixed(1)} ms, together ${(layoutTotal + qrTotal).toFixed(1)} ms of the build.`,
);
