/**
 * `npm run import:vacancies`: imports the region's apprenticeship vacancies from Find an
 * apprenticeship (see scripts/import/vacancies.ts and README.md).
 *
 *   FAA_API_KEY=… [FAA_API_BASE=…] [FAA_TIMEOUT_MS=30000] [FAA_MIN_INTERVAL_MS=2000] npm run import:vacancies [-- --sample] [-- --list-courses]
 *
 * --sample labels every record as an example (for the stored sample data, never the real service);
 * --list-courses prints every standard's LARS code, title and route, for choosing the selection.
 * Exits 1 with a message, and nothing written, when the import cannot complete. The key is never
 * printed: every line passes through `redact` in case a message ever quotes it.
 */
import { parseArgs } from 'node:util';
import { todayIn } from '@opportunities-hub/model';
import { FAA_DEFAULT_BASE, ImportError, listCourses } from './import/faa-api.ts';
import { importVacancies } from './import/vacancies.ts';

const { values } = parseArgs({
  options: {
    sample: { type: 'boolean', default: false },
    'list-courses': { type: 'boolean', default: false },
    content: { type: 'string', default: process.env.HUB_CONTENT ?? 'content' },
    selection: { type: 'string' },
  },
});

const key = process.env.FAA_API_KEY ?? '';
const redact = (text: string) => (key ? text.split(key).join('[FAA_API_KEY]') : text);
const say = (line: string) => console.log(redact(line));

if (!key.trim()) {
  console.error(
    'FAA_API_KEY is not set: the import needs a Find an apprenticeship subscription key (see README.md, "Importing vacancies").',
  );
  process.exit(1);
}
const client = {
  base: process.env.FAA_API_BASE || FAA_DEFAULT_BASE,
  key,
  timeoutMs: Number(process.env.FAA_TIMEOUT_MS ?? 30_000),
  minIntervalMs: Number(process.env.FAA_MIN_INTERVAL_MS ?? 2_000),
};

try {
  if (values['list-courses']) {
    for (const c of await listCourses(client)) say(`${String(c.larsCode).padStart(5)}  ${c.title}  (${c.route ?? 'no route'})`);
  } else {
    const contentDir = values.content!;
    const summary = await importVacancies({
      contentDir,
      selectionFile: values.selection ?? `${contentDir}/sources/find-an-apprenticeship.yaml`,
      client,
      today: process.env.HUB_TODAY ?? todayIn(),
      sample: values.sample!,
      log: say,
    });
    say(
      `Imported ${summary.found} vacancies: ${summary.added.length} new, ${summary.changed.length} changed, ${summary.unchanged} unchanged, ` +
        `${summary.withdrawn.length} withdrawn, ${summary.organisations.length} new organisations.`,
    );
    for (const reference of summary.editorOwned) say(`  ${reference}: left alone, an editor's record outside imported/ has this reference`);
    for (const slug of summary.withdrawn) say(`  withdrawn: ${slug} (no longer on Find an apprenticeship)`);
  }
} catch (error) {
  const message = error instanceof ImportError ? error.message : `an unexpected error: ${(error as Error).stack ?? String(error)}`;
  console.error(redact(`Import stopped: ${message}\nNothing was changed: the last good data is still in place.`));
  process.exit(1);
}
