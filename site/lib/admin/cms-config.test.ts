import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS, OPPORTUNITY_TYPE_LABELS, siteSettingsSchema, type CollectionName } from '@opportunities-hub/model';
import { readDocComments, schemaSourceFiles } from '@opportunities-hub/model/node/doc-comments';
import { backendFromEnv, cmsCollections, cmsConfig, IMPORTED_COLLECTIONS, settingsCollection } from './cms-config.ts';
import { collectionFields, REFERENCES, type CmsField } from './cms-fields.ts';
import { defOf } from './zod-def.ts';

const docs = readDocComments(schemaSourceFiles(fileURLToPath(new URL('../../../packages/model/src/schemas/', import.meta.url))));
const config = cmsConfig(docs, backendFromEnv({}), 'https://hub.example.org');
/** The collections of one folder each (all but the settings file). */
const folders = config.collections.filter((c) => 'folder' in c) as ReturnType<typeof cmsCollections>;

/**
 * Every field path of a schema, found by walking zod itself (not the generator), with whether the
 * form requires it: inside an optional group (pay, source) nothing is required until the group is used.
 */
function modelFields(schema: unknown, prefix = '', inOptional = false): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const [name, field] of Object.entries(defOf(schema).shape as Record<string, unknown>)) {
    let inner = field;
    let required = true;
    while (['optional', 'default', 'prefault'].includes(defOf(inner).type)) {
      required = false;
      inner = defOf(inner).innerType;
    }
    const path = `${prefix}${name}`;
    found.set(path, required && !inOptional);
    const def = defOf(inner);
    const element = def.type === 'array' ? defOf(def.element) : undefined;
    const optional = inOptional || !required;
    if (def.type === 'object') modelFields(inner, `${path}.`, optional).forEach((r, p) => found.set(p, r));
    if (element?.type === 'object') modelFields(def.element, `${path}.`, optional).forEach((r, p) => found.set(p, r));
  }
  return found;
}

function configFields(fields: CmsField[], prefix = ''): Map<string, CmsField> {
  const found = new Map<string, CmsField>();
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    found.set(path, field);
    if (field.fields) configFields(field.fields, `${path}.`).forEach((f, p) => found.set(p, f));
  }
  return found;
}

describe('the editor configuration generated from the model', () => {
  const collections = (Object.keys(COLLECTIONS) as CollectionName[]).filter((name) => !IMPORTED_COLLECTIONS.includes(name));

  it('has one collection per model collection an editor writes, in its folder; imported ones are left out', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...collections, 'settings']);
    expect(IMPORTED_COLLECTIONS).toEqual(['standards']);
    for (const c of folders) expect(c.folder).toBe(`content/${COLLECTIONS[c.name].folder}`);
  });

  it.each(collections)('offers every field of %s, required exactly where the model requires it', (name) => {
    const offered = configFields(folders.find((c) => c.name === name)!.fields);
    const model = modelFields(COLLECTIONS[name].schema);
    const withoutBody = [...offered.keys()].filter((path) => path !== 'body');
    expect(withoutBody.sort()).toEqual([...model.keys()].sort());
    for (const [path, required] of model) expect(offered.get(path)!.required ?? true, path).toBe(required);
  });

  it('offers every field of the site settings in content/site.yaml, each with its doc comment as the hint, required where the model requires it', () => {
    const settings = settingsCollection(docs);
    expect(settings).toMatchObject({ delete: false, files: [{ file: 'content/site.yaml' }] });
    const offered = configFields(settings.files[0]!.fields);
    const model = modelFields(siteSettingsSchema);
    expect([...offered.keys()].sort()).toEqual([...model.keys()].sort());
    for (const [path, required] of model) expect(offered.get(path)!.required ?? true, path).toBe(required);
    expect([...offered].filter(([, f]) => !f.hint).map(([p]) => p)).toEqual([]);
  });

  it('gives every field its doc comment from the model as the hint', () => {
    const missing = folders.flatMap((c) => [...configFields(c.fields)].filter(([, f]) => !f.hint).map(([p]) => `${c.name}.${p}`));
    expect(missing).toEqual([]);
    const type = configFields(folders.find((c) => c.name === 'opportunities')!.fields).get('type')!;
    expect(type.hint).toBe('What kind of opportunity this is.');
  });

  it('offers enums as selects with the site’s labels', () => {
    const type = configFields(folders.find((c) => c.name === 'opportunities')!.fields).get('type')!;
    expect(type.widget).toBe('select');
    expect(type.options).toEqual(Object.entries(OPPORTUNITY_TYPE_LABELS).map(([value, label]) => ({ label, value })));
  });

  it('offers levels as the files write them (level: 3), so a record’s level shows as chosen', () => {
    const level = configFields(folders.find((c) => c.name === 'opportunities')!.fields).get('level')!;
    expect(level.options!.map((o) => o.value)).toEqual(['entry', 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(level.options![3]!.label).toBe('Level 3 (A level, T Level)');
  });

  it('offers every reference as a picker of the collection it points at', () => {
    for (const [collection, references] of Object.entries(REFERENCES)) {
      const offered = configFields(folders.find((c) => c.name === collection)!.fields);
      for (const [path, target] of Object.entries(references)) {
        expect(offered.get(path), `${collection}.${path}`).toMatchObject({
          widget: 'relation',
          collection: target,
          value_field: '{{slug}}',
        });
      }
    }
  });

  it('keeps the model’s limits: dates as date pickers, "rolling" where allowed, patterns and lengths', () => {
    const o = configFields(folders.find((c) => c.name === 'opportunities')!.fields);
    expect(o.get('opens')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(o.get('closes')!.widget).toBe('date-or-rolling');
    expect(o.get('summary')!.pattern).toEqual(['^[\\s\\S]{0,320}$', 'must be 320 characters or fewer']);
    expect(o.get('skills')).toMatchObject({ multiple: true, min: 1 });
    const steps = configFields(folders.find((c) => c.name === 'pathways')!.fields);
    expect(steps.get('steps')).toMatchObject({ widget: 'list', min: 2 });
    expect(steps.get('steps.next')!.widget).toBe('step-ids');
  });

  it('fails, naming the field, when the model gains a kind of field the editor cannot offer', () => {
    const grown = z.strictObject({ title: z.string(), budget: z.bigint() });
    expect(() => collectionFields('opportunities', grown, docs)).toThrow('opportunities → budget is a bigint field');
    const slugged = z.strictObject({ title: z.string(), mentor: COLLECTIONS.opportunities.schema.shape.provider });
    expect(() => collectionFields('opportunities', slugged, docs)).toThrow('opportunities → mentor is a slug');
  });

  it('uses the editorial workflow on the git host, and the local proxy only for npm run edit', () => {
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', backend: { name: 'github', branch: 'main' } });
    expect(config).not.toHaveProperty('local_backend');
    const local = cmsConfig(docs, backendFromEnv({ HUB_CMS_PROXY_URL: 'http://127.0.0.1:8081/api/v1' }), 'http://127.0.0.1:4321');
    expect(local).toMatchObject({ local_backend: { url: 'http://127.0.0.1:8081/api/v1' } });
    expect(local).not.toHaveProperty('publish_mode');
    const gitlab = cmsConfig(
      docs,
      backendFromEnv({ HUB_CMS_BACKEND: 'gitlab', HUB_CMS_REPO: 'p/hub', HUB_CMS_APP_ID: 'abc' }),
      'https://x.org',
    );
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', repo: 'p/hub', app_id: 'abc', auth_type: 'pkce' });
  });
});
