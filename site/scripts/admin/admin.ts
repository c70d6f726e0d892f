/**
 * The hub's additions to Decap CMS on /admin/: the pre-save check (the model's own validation),
 * previews in the site's styles, and the two custom widgets. Then it starts Decap, which loads
 * the generated /admin/config.yml. Bundled by esbuild as /admin/admin.js (site/lib/admin/admin-bundle.ts),
 * not by the site's Vite build.
 */
import { COLLECTIONS, formatIssue, type CollectionName } from '@opportunities-hub/model';
import { SETTINGS_COLLECTION, checkEntry, checkSettings, slugFromIdentifier } from '../../lib/admin/check-entry.ts';
import type { EditorRecords } from '../../lib/admin/editor-records.ts';
import { decap, type ImmutableMap } from './decap.ts';
import { opportunityPreview, pagePreview, pathwayPreview } from './previews.ts';
import { dateOrRollingControl, dateOrRollingPreview, stepIdsControl, stepIdsPreview } from './widgets.ts';

let records: EditorRecords = {
  slugs: {} as EditorRecords['slugs'],
  lookups: { places: [], organisations: [], skills: [], standards: [] },
  extensions: {} as EditorRecords['extensions'],
};

/** Every record's slug, fetched afresh: with `npm run edit` it follows the files as they are saved. */
async function loadRecords(): Promise<EditorRecords> {
  const response = await fetch('/admin/records.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/admin/records.json answered ${response.status}: the references cannot be checked`);
  records = (await response.json()) as EditorRecords;
  return records;
}

const identifierOf = (collection: CollectionName) => ('title' in COLLECTIONS[collection].schema.shape ? 'title' : 'name');

/** The pre-save check of a record of one of the model's collections, its references against the files as they are now. */
async function checkRecord(collection: CollectionName, entry: ImmutableMap, fields: Record<string, unknown>) {
  const slug = String(entry.get('slug') ?? '') || slugFromIdentifier(String(fields[identifierOf(collection)] ?? ''));
  return checkEntry(collection, slug, fields, await loadRecords());
}

const { CMS, h, createClass } = decap();

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const collection = String(entry.get('collection'));
    const data = entry.get('data') as ImmutableMap;
    const fields = data.toJS();
    const result =
      collection === SETTINGS_COLLECTION ? checkSettings(fields) : await checkRecord(collection as CollectionName, entry, fields);
    if (result.issues.length > 0) {
      throw new Error(`the build would refuse it: ${result.issues.map((issue) => formatIssue(issue).trim()).join('; ')}`);
    }
    // Fields the form left empty are removed, so the file reads as if written by hand.
    return [...result.empty].reverse().reduce((map, path) => map.deleteIn(path), data);
  },
});

CMS.registerPreviewStyle('/admin/preview.css');
CMS.registerPreviewTemplate(
  'opportunities',
  opportunityPreview(h, () => records),
);
CMS.registerPreviewTemplate(
  'pathways',
  pathwayPreview(h, () => records),
);
CMS.registerPreviewTemplate(
  'pages',
  pagePreview(h, () => records),
);
CMS.registerWidget('date-or-rolling', dateOrRollingControl(h, createClass), dateOrRollingPreview(h));
CMS.registerWidget('step-ids', stepIdsControl(h, createClass), stepIdsPreview(h));

loadRecords()
  .catch((error: unknown) => console.error(error))
  .finally(() => CMS.init());

/** True when served by `npm run edit` (Astro's dev server); set by the bundler. */
declare const HUB_LOCAL_EDITING: boolean;

interface ViteHotContext {
  on(event: 'vite:beforeFullReload', listener: (payload: { path?: string }) => void): void;
}

// With `npm run edit`, Astro's dev server reloads every open page when content/ changes, and each
// save here changes content/: naming another page in the reload keeps the editor where it is.
// The page already runs Vite's client; this joins it.
if (HUB_LOCAL_EDITING) {
  const client = '/@vite/client';
  void import(client).then(({ createHotContext }: { createHotContext(owner: string): ViteHotContext }) =>
    createHotContext('/admin/admin.js').on('vite:beforeFullReload', (payload) => {
      payload.path = '/admin/not-reloaded.html';
    }),
  );
}
