/**
 * Small field readers for checking feeds in the browser without zod. Each reader returns the value
 * when it is of the right form and throws Invalid otherwise; `shape` builds a clean copy holding
 * only the fields it names, so nothing unchecked from a feed ever reaches a page.
 */
import type { PayFacts } from '../logic/pay.ts';
import { isPlainDate } from '../logic/plain-date.ts';
import { SLUG_PATTERN } from '../schemas/patterns.ts';
import { APPLY_LINK_SCHEMES, linkWithScheme, PAY_TYPES, PAY_UNITS } from '../vocabulary.ts';
import { isObject, type JsonObject } from './read-header.ts';
import type { FeedPlace } from './records.ts';

/** Thrown by a reader when a value fails its check; caught per record. */
export class Invalid extends Error {}

export const fail = (): never => {
  throw new Invalid();
};

export type Read<T> = (value: unknown) => T;

export const str: Read<string> = (v) => (typeof v === 'string' ? v : fail());
export const nonEmpty: Read<string> = (v) => (str(v).length > 0 ? (v as string) : fail());
export const bool: Read<boolean> = (v) => (typeof v === 'boolean' ? v : fail());
export const obj: Read<JsonObject> = (v) => (isObject(v) ? v : fail());

/** A string that passes `test`. */
export const passing =
  (test: (text: string) => unknown): Read<string> =>
  (v) =>
    test(str(v)) ? (v as string) : fail();

export const matching = (pattern: RegExp): Read<string> => passing((text) => pattern.test(text));

export const oneOf =
  <T extends string>(values: readonly T[]): Read<T> =>
  (v) =>
    values.includes(v as T) ? (v as T) : fail();

export const num =
  (min: number, max: number): Read<number> =>
  (v) =>
    typeof v === 'number' && v >= min && v <= max ? v : fail();

/** A list whose every item passes `item`, with at least `min` items. */
export const list =
  <T>(item: Read<T>, min = 0): Read<T[]> =>
  (v) =>
    Array.isArray(v) && v.length >= min ? v.map(item) : fail();

/** A list that keeps the items passing `item` and reports each one dropped to `onDrop`. */
export const keepValid =
  <T>(item: Read<T>, onDrop: () => void): Read<T[]> =>
  (v) =>
    Array.isArray(v)
      ? v.flatMap((each) => {
          const read = attempt(item, each);
          if (read === undefined) onDrop();
          return read === undefined ? [] : [read];
        })
      : fail();

/** An optional field: absent stays absent, present must pass `read`. */
export const optional =
  <T>(read: Read<T>): Read<T | undefined> =>
  (v) =>
    v === undefined ? undefined : read(v);

/**
 * An object read field by field, in the order given, keeping only those fields (optional ones only
 * when present). The result type is the caller's: tests hold each shape to its zod schema.
 */
export function shape<T>(fields: Record<string, Read<unknown>>): Read<T> {
  const entries = Object.entries(fields);
  return (v) => {
    const from = obj(v);
    const out: Record<string, unknown> = {};
    for (const [key, read] of entries) {
      const value = read(from[key]);
      if (value !== undefined) out[key] = value;
    }
    return out as T;
  };
}

/** Reads `value`, or gives undefined when it fails a check; other errors still throw. */
export function attempt<T>(read: Read<T>, value: unknown): T | undefined {
  try {
    return read(value);
  } catch (error) {
    if (error instanceof Invalid) return undefined;
    throw error;
  }
}

export const slug = matching(SLUG_PATTERN);
/** A real day written YYYY-MM-DD: 2027-02-31 fails, where the pattern alone would pass it. */
export const date = passing(isPlainDate);
export const sitePath = matching(/^\//);
/** The content schema's test of an apply link: absolute, with an allowed scheme; javascript:, data: and the rest are refused. */
export const applyLink = passing((text) => linkWithScheme(text, APPLY_LINK_SCHEMES));
export const dateOrRolling: Read<string> = (v) => (v === 'rolling' ? v : date(v));
export const namedRef = shape<{ slug: string; name: string }>({ slug, name: str });

/** Structured pay (feed 1.1), as both opportunity feeds carry it. */
export const readPay = shape<PayFacts>({
  type: oneOf(PAY_TYPES),
  amount: optional(num(0, 1e7)),
  unit: optional(oneOf(PAY_UNITS)),
  note: optional(str),
});

/** One gazetteer place (the taxonomy's `places`, and each record's). */
export const readPlace = shape<FeedPlace>({
  slug,
  name: str,
  area: optional(str),
  lat: num(-90, 90),
  lng: num(-180, 180),
  postcodeDistrict: optional(str),
});
