/**
 * `npm run import:sample`: remakes the stored sample vacancies in content/ by running the real
 * importer against the local sample server (scripts/import/sample/), with every record labelled
 * as an example, and the stored standards from sample answers the same way. A fresh clone builds from what this wrote; a partnership with a key runs
 * `npm run import:vacancies` instead, and may delete the sample files first.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importVacancies } from './import/vacancies.ts';
import { importStandards } from './import/standards.ts';
import { startSampleServer, type SampleVacancy } from './import/sample-server.ts';

const SAMPLE_DAY = '2026-11-28';
const sample = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`./import/sample/${name}`, import.meta.url)), 'utf8'));
const answers = sample('vacancies.json') as { vacancies: SampleVacancy[] };
const { standards } = sample('standards.json') as { standards: { referenceNumber: string }[] };
const key = 'sample-key';
const server = await startSampleServer(key, { vacancies: answers.vacancies, standards });
try {
  // Standards first: pathway steps name them, and the vacancy import needs valid content to start.
  const found = await importStandards({
    contentDir: 'content',
    base: server.standardsBase,
    timeoutMs: 10_000,
    today: process.env.HUB_TODAY ?? SAMPLE_DAY,
    sample: true,
  });
  console.log(`Sample standards: ${found.added.length} new, ${found.changed.length} changed, ${found.unchanged} unchanged.`);
  const summary = await importVacancies({
    contentDir: 'content',
    selectionFile: fileURLToPath(new URL('./import/sample/selection.yaml', import.meta.url)),
    client: { base: server.base, key, timeoutMs: 10_000 },
    today: process.env.HUB_TODAY ?? SAMPLE_DAY,
    sample: true,
    log: console.log,
  });
  console.log(
    `Sample import: ${summary.added.length} new, ${summary.changed.length} changed, ${summary.unchanged} unchanged, ${summary.organisations.length} new organisations.`,
  );
} finally {
  await server.close();
}
