/**
 * `npm run import:standards`: fetches the apprenticeship standards that pathway steps and
 * opportunities name from Skills England's public API (no key) into content/standards/.
 *
 *   [STANDARDS_API_BASE=https://skillsengland.education.gov.uk/api] [STANDARDS_TIMEOUT_MS=30000] npm run import:standards
 *
 * Exits 1 with a message, and nothing written, when the import cannot complete.
 */
import { todayIn } from '@opportunities-hub/model';
import { ImportError } from './import/http.ts';
import { importStandards, STANDARDS_DEFAULT_BASE } from './import/standards.ts';

try {
  const summary = await importStandards({
    contentDir: process.env.HUB_CONTENT ?? 'content',
    base: process.env.STANDARDS_API_BASE || STANDARDS_DEFAULT_BASE,
    timeoutMs: Number(process.env.STANDARDS_TIMEOUT_MS ?? 30_000),
    today: process.env.HUB_TODAY ?? todayIn(),
    sample: false,
  });
  console.log(
    `Standards named by the content: ${summary.references.length} (${summary.added.length} new, ${summary.changed.length} changed, ${summary.unchanged} unchanged).`,
  );
} catch (error) {
  const message = error instanceof ImportError ? error.message : `an unexpected error: ${(error as Error).stack ?? String(error)}`;
  console.error(`Import stopped: ${message}\nNothing was changed: the last good data is still in place.`);
  process.exit(1);
}
