import type { z } from 'zod';
import {
  COLLECTIONS,
  SETTINGS_FILE,
  checkReferences,
  siteSettingsSchema,
  type Catalogue,
  type CollectionName,
  type ContentIssue,
  type Entry,
} from '@opportunities-hub/model';
import { validateRecord, validateSettings } from '@opportunities-hub/model/validate-record';
import type { EditorRecords } from './editor-records.ts';
import { defOf } from './zod-def.ts';

/**
 * The editor's pre-save check: the model's own validation (the collection's zod schema, then the
 * catalogue's reference checks), so the editor refuses what `check:content` and the build would
 * refuse, in the same words. It runs in the browser; nothing here touches the file system.
 */

type Path = (string | number)[];

/** Unwraps optional/default and says whether an empty list is what the default means anyway. */
function unwrap(schema: unknown): { inner: unknown; defaultsToEmptyList: boolean } {
  let inner = schema;
  let defaultsToEmptyList = false;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'default' && Array.isArray(def.defaultValue) && def.defaultValue.length === 0) defaultsToEmptyList = true;
    if (def.type !== 'optional' && def.type !== 'default' && def.type !== 'prefault') return { inner, defaultsToEmptyList };
    inner = def.innerType;
  }
}

/**
 * The paths of values a form leaves behind that mean "not given": empty text, nulls, and empty
 * lists where the model's default is an empty list. Removing them makes a record that reads as an
 * editor would have written it by hand ("is required" rather than "must not be empty").
 */
export function emptyPaths(schema: unknown, value: unknown, path: Path = []): Path[] {
  const def = defOf(schema);
  if (def.type !== 'object' || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  const shape = def.shape as Record<string, unknown>;
  const found: Path[] = [];
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const here = [...path, key];
    if (field === '' || field === null || field === undefined) {
      found.push(here);
      continue;
    }
    const fieldSchema = shape[key];
    if (!fieldSchema) continue;
    const { inner, defaultsToEmptyList } = unwrap(fieldSchema);
    if (Array.isArray(field)) {
      if (field.length === 0 && defaultsToEmptyList) found.push(here);
      const element = defOf(inner).type === 'array' ? defOf(inner).element : undefined;
      if (element) field.forEach((item, i) => found.push(...emptyPaths(element, item, [...here, i])));
    } else {
      const inside = emptyPaths(inner, field, here);
      const optional = inner !== fieldSchema;
      const keys = typeof field === 'object' ? Object.keys(field as object) : [];
      // An optional group (pay, source) left wholly empty is not given at all.
      const allEmpty = keys.length === 0 || keys.every((key) => inside.some((p) => p.length === here.length + 1 && p.at(-1) === key));
      if (optional && typeof field === 'object' && allEmpty) found.push(here);
      else found.push(...inside);
    }
  }
  return found;
}

/** A copy of `value` without the given paths (deepest first, so list indexes stay right). */
export function withoutPaths(value: unknown, paths: Path[]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  for (const path of [...paths].reverse()) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as
      Record<string | number, unknown> | unknown[];
    const last = path.at(-1)!;
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  }
  return copy;
}

/** The file a record is saved to, as check:content names it. */
export function fileOf(collection: CollectionName, slug: string, extension: string = COLLECTIONS[collection].extensions[0]): string {
  return `content/${COLLECTIONS[collection].folder}/${slug}${extension}`;
}

export interface EntryCheck {
  /** What the build would refuse, by file and field, in the model's words. */
  issues: ContentIssue[];
  /** The fields a form left empty, to remove before saving. */
  empty: Path[];
  /** The validated record, when there are no issues. */
  entry?: Entry<unknown>;
}

/** Checks one record as the editor is about to save it: `data` holds its fields (and `body` for Markdown records). */
export function checkEntry(collection: CollectionName, slug: string, data: Record<string, unknown>, records: EditorRecords): EntryCheck {
  const { body = '', ...fields } = data;
  const schema = COLLECTIONS[collection].schema as z.ZodType;
  const empty = emptyPaths(schema, fields);
  const raw = withoutPaths(fields, empty);
  const file = fileOf(collection, slug, records.extensions?.[collection]);
  const validated = validateRecord(collection, file, raw, typeof body === 'string' ? body : '');
  if (Array.isArray(validated)) return { issues: validated, empty };
  const lookups = records.lookups as Partial<Record<CollectionName, Entry<unknown>[]>>;
  // The record itself, and the stored records that references are checked against by their data.
  const catalogue = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [
      name,
      name === collection ? [validated] : name === 'standards' ? (lookups.standards ?? []) : [],
    ]),
  ) as unknown as Catalogue;
  const present = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [
      name,
      new Set([...(records.slugs[name] ?? []), ...(name === collection ? [slug] : [])]),
    ]),
  );
  const issues = checkReferences(catalogue, present);
  return issues.length > 0 ? { issues, empty } : { issues, empty, entry: validated };
}

/** The editor's collection holding the one settings file, content/site.yaml (see cms-config.ts). */
export const SETTINGS_COLLECTION = 'settings';

/** Checks the site settings (content/site.yaml) as the editor is about to save them, as check:content does. */
export function checkSettings(data: Record<string, unknown>): EntryCheck {
  const empty = emptyPaths(siteSettingsSchema, data);
  const validated = validateSettings(`content/${SETTINGS_FILE}`, withoutPaths(data, empty));
  return Array.isArray(validated) ? { issues: validated, empty } : { issues: [], empty, entry: validated };
}

/** The slug Decap will give a new record: its identifier in lower case, words joined by hyphens. */
export function slugFromIdentifier(identifier: string): string {
  return identifier
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
