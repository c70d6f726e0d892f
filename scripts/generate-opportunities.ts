/**
 * Writes a copy of a content folder with N generated opportunities added, for the benchmark.
 * The records come from the model's one generator (packages/model/src/testing/records.ts), given
 * the real catalogue's skills, organisations and places, so the copy validates like real content;
 * this script only writes each record as a content file. The same N gives the same files.
 *
 *   node scripts/generate-opportunities.ts --count 1000 --out .build/bench/content-1000 [--source content]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { OpportunityRecord } from '@opportunities-hub/model/feed/records';
import { loadCatalogue } from '@opportunities-hub/model/node/load-catalogue';
import { generateOpportunities } from '@opportunities-hub/model/testing/records';

/** One record as the content file an editor would write: references by slug, the description as its body. */
export function contentFileOf(r: OpportunityRecord): string {
  return [
    '---',
    `title: ${JSON.stringify(r.title)}`,
    `summary: ${JSON.stringify(r.summary)}`,
    `type: ${r.type}`,
    `level: "${r.level}"`,
    `skills: [${r.skills.map((s) => s.slug).join(', ')}]`,
    `audiences: [${r.audiences.join(', ')}]`,
    `provider: ${r.provider.slug}`,
    `places: [${r.places.map((p) => p.slug).join(', ')}]`,
    `delivery: ${r.delivery}`,
    `attendance: ${r.attendance}`,
    `starts: ${r.starts}`,
    ...(r.opens ? [`opens: ${r.opens}`] : []),
    `closes: ${r.closes}`,
    `duration: ${JSON.stringify(r.duration)}`,
    `cost: ${JSON.stringify(r.cost)}`,
    'apply:',
    `  url: https://example.org/apply/${r.slug}`,
    `published: ${r.published}`,
    `lastReviewed: ${r.lastReviewed}`,
    'illustrative: true',
    '---',
    '',
    r.description,
    '',
  ].join('\n');
}

/** Copies `source` to `out` and adds `count` generated opportunities; returns how many there are in all. */
export function writeGeneratedContent(source: string, out: string, count: number, today = '2026-11-28'): number {
  if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a whole number, not ${count}`);
  const catalogue = loadCatalogue(source);
  const records = generateOpportunities(count, {
    seed: count * 7919 + 1,
    today,
    skills: catalogue.skills.map(({ slug, data }) => ({ slug, name: data.name, group: data.group })),
    providers: catalogue.organisations.map(({ slug, data }) => ({ slug, name: data.name })),
    places: catalogue.places.map(({ slug, data }) => ({ slug, name: data.name, lat: data.lat, lng: data.lng })),
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(source, out, { recursive: true });
  const dir = join(out, 'opportunities');
  mkdirSync(dir, { recursive: true });
  for (const record of records) writeFileSync(join(dir, `generated-${record.slug}.md`), contentFileOf(record));
  return catalogue.opportunities.length + records.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, out: { type: 'string' }, source: { type: 'string', default: 'content' } },
  });
  if (!values.count || !values.out) {
    console.error('Usage: node scripts/generate-opportunities.ts --count N --out <folder> [--source content]');
    process.exit(1);
  }
  const total = writeGeneratedContent(resolve(values.source!), resolve(values.out), Number(values.count));
  console.log(`Wrote ${values.out} with ${total} opportunities (${values.count} generated).`);
}
