/**
 * Writes a copy of a content folder with N generated opportunities added, for the benchmark.
 * Deterministic: the same N gives the same files. Generated records use the real catalogue's
 * skills, organisations and places, so the copy validates like real content.
 *
 *   node scripts/generate-opportunities.ts --count 1000 --out .build/bench/content-1000 [--source content]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addDays } from '@opportunities-hub/model/logic/plain-date';
import { OPPORTUNITY_TYPES, AUDIENCES, ATTENDANCE_PATTERNS, LEVELS } from '@opportunities-hub/model/vocabulary';
import { loadCatalogue } from '@opportunities-hub/model/node/load-catalogue';

/** A small seeded PRNG (mulberry32), so runs are repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'laboratory assay sample sequencing analysis data pipeline quality safety patient care engineering device manufacturing cleanroom validation research team project mentor skills practice report chemistry biology genomics imaging software statistics compliance logistics facilities catering support'.split(
    ' ',
  );

/** Generates `count` opportunity files' text, by slug. */
export function generateOpportunities(
  count: number,
  refs: { skills: string[]; organisations: string[]; places: string[] },
  today = '2026-11-28',
): Map<string, string> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a whole number, not ${count}`);
  for (const [name, list] of Object.entries(refs))
    if (list.length === 0) throw new Error(`The source content has no ${name}: generated opportunities need some to refer to`);
  const rand = random(count * 7919 + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const files = new Map<string, string>();
  for (let i = 1; i <= count; i++) {
    const slug = `generated-${String(i).padStart(5, '0')}`;
    const type = pick(OPPORTUNITY_TYPES);
    const online = rand() < 0.15;
    const r = rand();
    const closes = r < 0.2 ? 'rolling' : r < 0.35 ? addDays(today, -Math.ceil(rand() * 120)) : addDays(today, Math.ceil(rand() * 240));
    const opens =
      closes !== 'rolling' && closes > addDays(today, 10) && rand() < 0.1 ? addDays(today, 1 + Math.floor(rand() * 5)) : undefined;
    const provider = pick(refs.organisations);
    const skills = [...new Set([pick(refs.skills), pick(refs.skills)])];
    const body = Array.from({ length: 3 }, () => Array.from({ length: 24 }, () => pick(WORDS)).join(' ') + '.').join('\n\n');
    files.set(
      slug,
      [
        '---',
        `title: "Generated ${type.replace(/-/g, ' ')} ${i}"`,
        `summary: "A generated ${type.replace(/-/g, ' ')} for the benchmark, number ${i}."`,
        `type: ${type}`,
        `level: "${pick(LEVELS)}"`,
        `skills: [${skills.join(', ')}]`,
        `audiences: [${[...new Set([pick(AUDIENCES), pick(AUDIENCES)])].join(', ')}]`,
        `provider: ${provider}`,
        `places: [${online ? '' : pick(refs.places)}]`,
        `delivery: ${online ? 'online' : pick(['on-site', 'hybrid'])}`,
        `attendance: ${pick(ATTENDANCE_PATTERNS)}`,
        `starts: ${rand() < 0.3 ? 'rolling' : addDays(today, 30 + Math.floor(rand() * 300))}`,
        ...(opens ? [`opens: ${opens}`] : []),
        `closes: ${closes}`,
        'duration: 12 months',
        'cost: Free',
        'apply:',
        `  url: https://example.org/apply/${slug}`,
        `published: ${addDays(today, -Math.floor(rand() * 365))}`,
        `lastReviewed: ${addDays(today, -Math.floor(rand() * 30))}`,
        'illustrative: true',
        '---',
        '',
        body,
        '',
      ].join('\n'),
    );
  }
  return files;
}

/** Copies `source` to `out` and adds `count` generated opportunities; returns how many there are in all. */
export function writeGeneratedContent(source: string, out: string, count: number): number {
  const catalogue = loadCatalogue(source);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(source, out, { recursive: true });
  const dir = join(out, 'opportunities');
  mkdirSync(dir, { recursive: true });
  const files = generateOpportunities(count, {
    skills: catalogue.skills.map((s) => s.slug),
    organisations: catalogue.organisations.map((o) => o.slug),
    places: catalogue.places.map((p) => p.slug),
  });
  for (const [slug, text] of files) writeFileSync(join(dir, `${slug}.md`), text);
  return catalogue.opportunities.length + files.size;
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
