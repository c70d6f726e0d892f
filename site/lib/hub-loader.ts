import type { Loader } from 'astro/loaders';
import type { CollectionName } from '@opportunities-hub/model';
import { CONTENT_DIR, getCatalogue } from './catalogue.ts';

/**
 * An Astro content loader that takes one collection from the hub's validated catalogue, so the
 * site, the feeds and the tests share one reader and one set of checks (references included).
 * Markdown bodies are rendered by Astro's own pipeline.
 */
export function hubLoader(collection: CollectionName): Loader {
  return {
    name: `hub-${collection}`,
    async load({ store, renderMarkdown, watcher, logger }) {
      const sync = async (reload = false) => {
        const entries = getCatalogue({ reload })[collection];
        store.clear();
        for (const entry of entries) {
          store.set({
            id: entry.slug,
            data: { ...entry.data },
            body: entry.body,
            filePath: `content/${entry.file.replace(/^content\//, '')}`,
            ...(entry.body.trim() ? { rendered: await renderMarkdown(entry.body) } : {}),
          });
        }
      };
      await sync();
      watcher?.add(CONTENT_DIR);
      // In the dev server: an edit, a new file or a deleted one re-reads the catalogue. A mistake
      // is reported and the last good entries stay, so the page keeps working while you fix it.
      const resync = async (path: string) => {
        if (!path.startsWith(CONTENT_DIR)) return;
        try {
          await sync(true);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher?.on(event, resync);
    },
  };
}
