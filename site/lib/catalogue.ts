import { resolve } from 'node:path';
import { todayIn, type BuildClock, type Catalogue } from '@opportunities-hub/model';
import { loadCatalogue } from '@opportunities-hub/model/node';

/**
 * content/ in the folder Astro runs from (the repository root), or HUB_CONTENT (the benchmark
 * builds generated content). Not relative to this module: Astro bundles it elsewhere for the build.
 */
export const CONTENT_DIR = resolve(process.env.HUB_CONTENT ?? 'content');

let cached: Catalogue | undefined;

/**
 * The validated catalogue, read once per build. Throws ContentError (every problem, by file and
 * field) when content is wrong, which stops the build.
 */
export function getCatalogue(): Catalogue {
  cached ??= loadCatalogue(CONTENT_DIR);
  return cached;
}

/** Forget the cached catalogue, so the dev server picks up edits. */
export function forgetCatalogue(): void {
  cached = undefined;
}

/**
 * The build's clock. HUB_TODAY (YYYY-MM-DD) pins the day statuses are worked out for, so tests and
 * benchmarks build the same site whatever the date.
 */
export function buildClock(): BuildClock {
  const today = process.env.HUB_TODAY ?? todayIn();
  return { generated: new Date().toISOString(), today };
}
