import type { z } from 'zod';
import { COLLECTIONS, type Catalogue, type CollectionName, type ContentIssue, type Entry } from './catalogue.ts';
import { SLUG_PATTERN } from './schemas/common.ts';
import { siteSettingsSchema, type SiteSettings } from './schemas/settings.ts';

/*
 * Checking one record, with no file system: shared by loadCatalogue (check:content and the build)
 * and the browser editor's pre-save hook, so both refuse the same things in the same words.
 */

/** The slug of a file path: its name without folder or extension. */
export function slugOfFile(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The addresses of Markdown images in `body` with no alt text (`![](src)`); decorative images have no place in a body. */
export function imagesWithoutAlt(body: string): string[] {
  return [...body.matchAll(/!\[\s*\]\(\s*<?([^)\s>]+)/g)].map((match) => match[1]!);
}

/** Validates one record's raw data against its collection's schema. */
export function validateRecord<K extends CollectionName>(
  collection: K,
  file: string,
  raw: unknown,
  body: string,
): Entry<Catalogue[K][number]['data']> | ContentIssue[] {
  const slug = slugOfFile(file);
  const issues: ContentIssue[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    issues.push({ file, field: '', message: `file name "${slug}" must be a slug: lower-case letters, digits and single hyphens` });
  }
  const result = COLLECTIONS[collection].schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push({ file, field: issue.path.map(String).join('.'), message: describeIssue(issue) });
    }
  }
  issues.push(
    ...imagesWithoutAlt(body).map((src) => ({
      file,
      field: 'body',
      message: `the image ${src} needs alt text: say what it shows between the square brackets`,
    })),
  );
  if (issues.length > 0 || !result.success) return issues;
  return { slug, file, data: result.data as Catalogue[K][number]['data'], body };
}

/** Validates the site settings (content/site.yaml) as check:content and the browser editor both do. */
export function validateSettings(file: string, raw: unknown): Entry<SiteSettings> | ContentIssue[] {
  const result = siteSettingsSchema.safeParse(raw, { reportInput: true });
  if (!result.success)
    return result.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.'), message: describeIssue(issue) }));
  return { slug: 'site', file, data: result.data, body: '' };
}

/** Zod's issue in an editor's words: what is wrong with the value they wrote. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const shown = typeof input === 'string' ? `"${input}"` : JSON.stringify(input);
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return 'is required';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return issue.message.startsWith('Invalid') ? `${shown} is not one of: ${issue.values.map(String).join(', ')}` : issue.message;
    case 'invalid_type':
      return `must be ${issue.expected === 'object' ? 'a set of fields' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${shown}`;
    case 'invalid_union': {
      const inner = issue.errors.flat();
      const custom = inner.find((i) => i.code === 'custom');
      const literals = inner.flatMap((i) => (i.code === 'invalid_value' ? i.values.map((v) => `"${String(v)}"`) : []));
      const alternatives = literals.length > 0 ? ` (or ${literals.join(', ')})` : '';
      return custom ? `${custom.message}${alternatives}` : `${shown} is not valid here`;
    }
    default:
      return issue.message;
  }
}
