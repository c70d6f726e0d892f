import type { z } from 'zod';
import * as model from '@opportunities-hub/model';
import type { DocComments } from '@opportunities-hub/model/node/doc-comments';
import { defOf, type ZodDef } from './zod-def.ts';

/**
 * Turns the model's zod schemas into Decap CMS fields: one walk over each schema, so the editor
 * offers exactly the fields the model has, with its rules where Decap can express them. A schema
 * the walk does not understand throws, naming the field: a new kind of field fails the build
 * rather than silently missing from the editor.
 */

/** A Decap CMS field (the subset this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string | number }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  date_format?: string;
  time_format?: string | boolean;
  format?: string;
  picker_utc?: boolean;
  modes?: string[];
  read_only?: boolean;
}

/**
 * Which collection each reference field points at, by collection and dotted field path. It mirrors
 * `checkReferences` in the model; a slug field missing here stops the generator.
 */
export const REFERENCES: Record<string, Record<string, string>> = {
  organisations: { places: 'places' },
  opportunities: { provider: 'organisations', employer: 'organisations', skills: 'skills', places: 'places' },
  pathways: {
    skills: 'skills',
    'steps.provider': 'organisations',
    'steps.organisations': 'organisations',
    'steps.opportunities': 'opportunities',
  },
  recommendations: { organisations: 'organisations', pathways: 'pathways' },
  events: { place: 'places', organiser: 'organisations' },
};

/**
 * Slug fields that are not references to another file: a pathway step's own id, and the ids of the
 * steps that follow it (checked within the pathway by its schema, and offered by a step picker).
 */
export const LOCAL_IDS: Record<string, Record<string, 'id' | 'step-ids'>> = {
  pathways: { 'steps.id': 'id', 'steps.next': 'step-ids' },
};

/** The field each collection's records are named by (and searched by in pickers). */
export function identifierOf(schema: z.ZodType): string {
  const shape = objectShape(schema);
  if (!shape) throw new Error('a collection schema must be an object');
  return 'title' in shape ? 'title' : 'name';
}

function objectShape(schema: unknown): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  return def.type === 'object' ? (def.shape as Record<string, z.ZodType>) : undefined;
}

/** "entryRequirements" → "Entry requirements". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The site's labels for an enum: the taxonomy's `*_LABELS` record whose keys are exactly its values. */
export function enumOptions(values: readonly string[]): { label: string; value: string }[] {
  const records = Object.entries(model).filter(([name, value]) => name.endsWith('_LABELS') && value && typeof value === 'object');
  const match = records.find(([, labels]) => {
    const keys = Object.keys(labels as object);
    return keys.length === values.length && values.every((v) => keys.includes(v));
  });
  const labels = (match?.[1] ?? {}) as Record<string, string>;
  return values.map((value) => ({ label: labels[value] ?? value, value }));
}

/** The exported name of a schema object of the model, so its fields' doc comments can be found. */
const exportedNames = new Map<unknown, string>(
  Object.entries(model)
    .filter(([, value]) => value && typeof value === 'object' && '_zod' in (value as object))
    .map(([name, value]) => [value, name]),
);

interface Walk {
  collection: string;
  docs: DocComments;
  /** The exported schema whose comments apply, and the path below it. */
  owner: string;
  ownerPath: string[];
  /** The path from the collection's root, for the reference tables. */
  path: string[];
}

function hintOf(walk: Walk): string | undefined {
  return walk.docs.get(walk.owner)?.get(walk.ownerPath.join('.'));
}

function checkMessage(check: unknown): string {
  const def = defOf(check) as ZodDef & { error?: (issue: object) => unknown };
  const message = def.error?.({ input: '' });
  return typeof message === 'string' ? message : '';
}

/** Patterns Decap can check as the editor types: regexes and maximum lengths from the string's own checks. */
function stringRules(schema: unknown): Pick<CmsField, 'pattern'> {
  const checks = (defOf(schema).checks as unknown[] | undefined) ?? [];
  for (const check of checks) {
    const def = defOf(check);
    if (def.check === 'string_format' && def.format === 'regex') {
      return { pattern: [(def.pattern as RegExp).source, checkMessage(check)] };
    }
  }
  const max = checks.map(defOf).find((def) => def.check === 'max_length');
  if (max) return { pattern: [`^[\\s\\S]{0,${String(max.maximum)}}$`, checkMessage(checks[checks.map(defOf).indexOf(max)])] };
  return {};
}

const LONG_TEXT = new Set(['summary', 'description', 'instructions', 'entryRequirements', 'when']);
const DAY = { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD' } as const;

/** The field for one schema; `required` and `default` are worked out by the caller from its wrappers. */
function widgetFor(schema: unknown, walk: Walk): Omit<CmsField, 'name' | 'label'> {
  const where = `${walk.collection} → ${walk.path.join('.')}`;
  const dotted = walk.path.join('.');
  if (schema === model.isoDate) return { ...DAY };
  if (schema === model.isoDateTime) return { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', picker_utc: false };
  // Stored standards come from an import and are not edited here: name one by its reference.
  if (schema === model.standardRef) {
    return { widget: 'string', pattern: ['^(ST|FA)\\d{4}$', 'must be a standard reference such as ST0216'] };
  }
  // Levels 1 to 8 are written bare (`level: 3`) and Decap's select matches a file's value by type,
  // so they are numbers here: a string "3" would show a level 3 record as having no level.
  if (schema === model.level) {
    return {
      widget: 'select',
      options: enumOptions(model.LEVELS).map((o) => (/^\d$/.test(o.value) ? { ...o, value: Number(o.value) } : o)),
    };
  }
  if (schema === model.slug) {
    const target = REFERENCES[walk.collection]?.[dotted];
    if (target) return { widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: [], display_fields: [] };
    if (LOCAL_IDS[walk.collection]?.[dotted] === 'id') return { widget: 'string', ...stringRules(schema) };
    throw new Error(`${where} is a slug but neither a known reference nor a local id: add it to REFERENCES or LOCAL_IDS`);
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return { widget: LONG_TEXT.has(walk.path.at(-1) ?? '') ? 'text' : 'string', ...stringRules(schema) };
    case 'number': {
      const checks = ((def.checks as unknown[] | undefined) ?? []).map(defOf);
      const isInt = checks.some((c) => c.check === 'number_format' && String(c.format).includes('int'));
      const min = checks.find((c) => c.check === 'greater_than')?.value as number | undefined;
      const max = checks.find((c) => c.check === 'less_than')?.value as number | undefined;
      return {
        widget: 'number',
        value_type: isInt ? 'int' : 'float',
        ...(min !== undefined && { min }),
        ...(max !== undefined && { max }),
      };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: enumOptions(Object.values(def.entries as Record<string, string>)) };
    case 'union': {
      const options = def.options as unknown[];
      const rolling = options.some((o) => defOf(o).type === 'literal' && (defOf(o).values as unknown[]).includes('rolling'));
      if (rolling && options.includes(model.isoDate)) return { widget: 'date-or-rolling' };
      break;
    }
    case 'pipe': {
      const out = defOf(def.out);
      return widgetFor(out.type === 'enum' ? def.out : def.in, walk);
    }
    case 'array': {
      const element = def.element;
      const min = ((def.checks as unknown[] | undefined) ?? []).map(defOf).find((c) => c.check === 'min_length')?.minimum as
        number | undefined;
      const limits = min ? { min } : {};
      if (LOCAL_IDS[walk.collection]?.[dotted] === 'step-ids') return { widget: 'step-ids', multiple: true };
      const inner = widgetFor(element, walk);
      if (inner.widget === 'select' || inner.widget === 'relation') return { ...inner, multiple: true, ...limits };
      if (inner.widget === 'object') return { widget: 'list', fields: inner.fields, ...limits };
      return { widget: 'list', field: { name: 'item', label: labelOf(walk.path.at(-1) ?? 'item'), ...inner }, ...limits };
    }
    case 'object':
      return { widget: 'object', fields: fieldsOf(schema as z.ZodType, walk) };
  }
  throw new Error(`${where} is a ${def.type} field the editor cannot offer yet: teach site/lib/admin/cms-fields.ts about it`);
}

function optionalAll(fields: CmsField[]): CmsField[] {
  return fields.map((f) => ({ ...f, required: false, ...(f.fields && { fields: optionalAll(f.fields) }) }));
}

/** Every field of an object schema, in the model's order. */
export function fieldsOf(schema: z.ZodType, walk: Walk): CmsField[] {
  const named = exportedNames.get(schema);
  const base = named && walk.docs.has(named) ? { owner: named, ownerPath: [] } : { owner: walk.owner, ownerPath: walk.ownerPath };
  const shape = objectShape(schema);
  if (!shape) throw new Error(`${walk.collection} → ${walk.path.join('.')} is not an object`);
  return Object.entries(shape).map(([name, field]) => {
    const inner: Walk = { ...walk, ...base, ownerPath: [...base.ownerPath, name], path: [...walk.path, name] };
    let current: unknown = field;
    let required = true;
    let fallback: unknown;
    for (;;) {
      const def = defOf(current);
      if (def.type === 'optional') required = false;
      else if (def.type === 'default' || def.type === 'prefault') {
        required = false;
        fallback = def.defaultValue;
      } else break;
      current = def.innerType;
    }
    const hint = hintOf(inner);
    const widget = widgetFor(current, inner);
    // Decap would insist on an optional group's own required fields even when the group is left
    // empty; the pre-save check still requires them once any of the group is filled in.
    if (!required && widget.fields) widget.fields = optionalAll(widget.fields);
    if (widget.widget === 'relation') {
      const target = widget.collection!;
      const display = identifierOf(model.COLLECTIONS[target as model.CollectionName].schema as z.ZodType);
      widget.search_fields = [display];
      widget.display_fields = [display];
    }
    if (widget.widget === 'list' && widget.fields) {
      const title = widget.fields.find((f) => f.name === 'title' || f.name === 'name');
      if (title) widget.summary = `{{fields.${title.name}}}`;
      // Open, so every step's fields can be read and reached by keyboard without a toggle first.
      widget.collapsed = false;
    }
    const isEmptyList = Array.isArray(fallback) && fallback.length === 0;
    return {
      name,
      label: labelOf(name),
      ...widget,
      ...(hint && { hint }),
      ...(!required && { required: false }),
      ...(fallback !== undefined && !isEmptyList && { default: fallback }),
    };
  });
}

/** Walks one collection's schema from the root. */
export function collectionFields(collection: string, schema: z.ZodType, docs: DocComments): CmsField[] {
  const owner = exportedNames.get(schema) ?? '';
  return fieldsOf(schema, { collection, docs, owner, ownerPath: [], path: [] });
}
