/**
 * The text patterns of slugs and dates, in a module without zod, so browser code (the widgets'
 * feed readers) can use them without bundling zod from common.ts.
 */

/** Lower-case words joined by single hyphens: the form of every slug and step id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
