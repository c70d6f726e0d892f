/**
 * The feeds' format version, in a module of its own so browser readers (read-header.ts) can use
 * it without pulling zod from schemas.ts into the widgets' bundle.
 */
export const FEED_VERSION = '1.1';
export const FEED_MAJOR = 1;
