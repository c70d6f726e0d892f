import { z } from 'zod';

import { isPlainDate } from '../logic/plain-date.ts';
import { APPLY_LINK_SCHEMES, linkWithScheme, WEB_LINK_SCHEMES } from '../vocabulary.ts';
import { ISO_DATE_PATTERN, SLUG_PATTERN } from './patterns.ts';

export { ISO_DATE_PATTERN, SLUG_PATTERN };

/** A reference to another record by its slug; existence is checked across the catalogue. */
export const slug = z.string().regex(SLUG_PATTERN, { error: 'must be a slug: lower-case letters, digits and single hyphens' });

/**
 * A calendar day written YYYY-MM-DD. YAML parsers that turn bare dates into Date objects are
 * tolerated, and the value is always normalised back to the string form.
 */
export const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (!isPlainDate(text)) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a real date written YYYY-MM-DD` });
    return z.NEVER;
  }
  return text;
});

/** A date and time with an offset or Z, e.g. 2027-02-10T18:00:00Z; Date objects are accepted. */
export const isoDateTime = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString() : value.trim();
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) ||
    Number.isNaN(Date.parse(text)) ||
    !isPlainDate(text.slice(0, 10))
  ) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a date-time like 2027-02-10T18:00:00Z` });
    return z.NEVER;
  }
  return new Date(text).toISOString();
});

/** "https:, http: or mailto:" */
const inWords = (schemes: readonly string[]) => `${schemes.slice(0, -1).join(', ')} or ${schemes.at(-1)}`;

/** An absolute http(s) address. */
export const webUrl = z
  .string()
  .trim()
  .refine((v) => linkWithScheme(v, WEB_LINK_SCHEMES), { error: (i) => `"${String(i.input)}" is not an http(s) address` });

/** Where to apply: an http(s) address or a mailto: link; any other scheme (javascript:, data:) is refused. */
export const applyUrl = z
  .string()
  .trim()
  .refine((v) => linkWithScheme(v, APPLY_LINK_SCHEMES), {
    error: (i) => `"${String(i.input)}" must start with ${inWords(APPLY_LINK_SCHEMES)}`,
  });

/** One-line plain text with something in it. */
export const text = z.string().trim().min(1, { error: 'must not be empty' });

/** A list of slugs with no repeats. */
export const slugList = (min = 0) =>
  z
    .array(slug)
    .min(min, { error: `needs at least ${min}` })
    .refine((list) => new Set(list).size === list.length, { error: 'lists the same slug twice' });
