import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { todayIn, type BuildClock, type Catalogue } from '@opportunities-hub/model';
import { loadCatalogue } from '@opportunities-hub/model/node';

/**
 * content/ in the folder Astro runs from (the repository root), or HUB_CONTENT (the benchmark
 * builds generated content). Not relative to this module: Astro bundles it elsewhere for the build.
 */
export const CONTENT_DIR = resolve(process.env.HUB_CONTENT ?? 'content');

let cached: { catalogue: Catalogue; stamp: string } | undefined;

/** Names and modification times of every content file: cheap enough to check on each dev request. */
function contentStamp(): string {
  return readdirSync(CONTENT_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return `${path}:${statSync(path).mtimeMs}`;
    })
    .join('|');
}

/**
 * The validated catalogue, read once per build; in the dev server, read again whenever a content
 * file changes, so edits show on the next request. Throws ContentError (every problem, by file and
 * field) when content is wrong, which stops the build.
 */
export function getCatalogue({ reload = false } = {}): Catalogue {
  const stamp = import.meta.env?.DEV ? contentStamp() : 'build';
  if (reload || cached?.stamp !== stamp) cached = { catalogue: loadCatalogue(CONTENT_DIR), stamp };
  return cached.catalogue;
}

/**
 * The build's clock. HUB_TODAY (YYYY-MM-DD) pins the day statuses are worked out for, so tests and
 * benchmarks build the same site whatever the date.
 */
export function buildClock(): BuildClock {
  const today = process.env.HUB_TODAY ?? todayIn();
  return { generated: new Date().toISOString(), today };
}
