import type { Loader } from 'astro/loaders';
import type { CollectionName } from '@opportunities-hub/model';
import { CONTENT_DIR, forgetCatalogue, getCatalogue } from './catalogue.ts';

/**
 * An Astro content loader that takes one collection from the hub's validated catalogue, so the
 * site, the feeds and the tests share one reader and one set of checks (references included).
 * Markdown bodies are rendered by Astro's own pipeline.
 */
export function hubLoader(collection: CollectionName): Loader {
  return {
    name: `hub-${collection}`,
    async load({ store, renderMarkdown, watcher }) {
      const sync = async () => {
        const entries = getCatalogue()[collection];
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
      watcher?.on('change', async (path) => {
        if (!path.startsWith(CONTENT_DIR)) return;
        forgetCatalogue();
        await sync();
      });
    },
  };
}
