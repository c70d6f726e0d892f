/**
 * What the search element's attributes accept, and the values it cannot use: a partner who
 * misspells a type or writes radius="far" is told so (once, by the element), never ignored.
 * Also where a search's presets let it read less: the slice of the search feed a lock names, and
 * the "follow" feeds a single-facet search matches.
 */
import { FOLLOW_FACETS, type FollowFacet } from '../feed/paths.ts';
import { ATTENDANCE_PATTERNS, AUDIENCES, DELIVERY_MODES, LEVEL_BANDS, LEVELS, OPPORTUNITY_TYPES, PAY_TYPES } from '../vocabulary.ts';
import { FACETS, PAY_NOT_STATED, START_WINDOWS, type Facet } from '../vocabulary/facets.ts';
import { PLACE_SLICE_MILES } from './near.ts';
import { parseList, type SearchState } from './search-state.ts';
import { SORTS } from './sort.ts';

/** What `locked` may name: the search box, every preset and "open only". */
export const LOCKABLE = ['q', ...FACETS, 'open', 'near', 'radius', 'sort'] as const;
export type Lockable = (typeof LOCKABLE)[number];

/** The values of each enumerated attribute (lists may hold several); skill and provider come from the feed. */
export const ATTRIBUTE_VALUES: Record<string, readonly string[]> = {
  type: OPPORTUNITY_TYPES,
  level: [...LEVEL_BANDS, ...LEVELS],
  audience: AUDIENCES,
  attendance: ATTENDANCE_PATTERNS,
  delivery: DELIVERY_MODES,
  start: START_WINDOWS,
  pay: [...PAY_TYPES, PAY_NOT_STATED],
  open: ['only', 'any'],
  sort: SORTS,
  theme: ['auto', 'light', 'dark'],
  locked: LOCKABLE,
};

/** Attributes that hold one value, not a list. */
const SINGLE = ['open', 'sort', 'theme'];

/** Attributes that take a number above 0, and how to say so. */
const NUMBERS: Record<string, string> = { radius: 'a number of miles above 0', limit: 'a whole number above 0' };

/** One attribute value a search cannot use, with what the attribute accepts. */
export interface AttributeMistake {
  attribute: string;
  value: string;
  /** The accepted values, or in words what is accepted. */
  accepted: string;
}

/**
 * The values among `attributes` (as written in the page; absent or empty ones are skipped) that
 * the search cannot use. `known` adds the feed's own vocabularies (skill, provider slugs).
 */
export function attributeMistakes(
  attributes: Record<string, string | null | undefined>,
  known: Record<string, readonly string[]> = {},
): AttributeMistake[] {
  const mistakes: AttributeMistake[] = [];
  for (const [attribute, text] of Object.entries(attributes)) {
    if (!text?.trim()) continue;
    if (NUMBERS[attribute]) {
      const n = Number(text);
      if (!(n > 0) || (attribute === 'limit' && !Number.isInteger(n)))
        mistakes.push({ attribute, value: text, accepted: NUMBERS[attribute] });
      continue;
    }
    const accepted = known[attribute] ?? ATTRIBUTE_VALUES[attribute];
    if (!accepted) continue;
    const values = SINGLE.includes(attribute) ? [text.trim()] : parseList(text);
    for (const value of values)
      if (!accepted.includes(value)) mistakes.push({ attribute, value, accepted: accepted.join(', ') || 'none in this feed' });
  }
  return mistakes;
}

/** The slice facets of the search feed, in the order a lock is looked for (the smaller slice first). */
const SLICED = ['provider', 'skill', 'type'] as const;

/**
 * The slice of the search feed (facet and value) that holds everything a search with these
 * presets can ever show, so it need not load the whole feed: a locked facet with one value, or a
 * locked place with a locked radius no wider than a place's slice; undefined when there is none.
 */
export function lockedSlice(base: SearchState, locks: ReadonlySet<string>): { facet: string; value: string } | undefined {
  for (const facet of SLICED) {
    const values = base.filters[facet];
    if (locks.has(facet) && values.length === 1) return { facet, value: values[0]! };
  }
  // A place slice holds what lies within PLACE_SLICE_MILES of it (by slug: coordinates have none).
  if (
    locks.has('near') &&
    locks.has('radius') &&
    base.radius !== undefined &&
    base.radius <= PLACE_SLICE_MILES &&
    /^[a-z0-9-]+$/.test(base.near)
  )
    return { facet: 'place', value: base.near };
  return undefined;
}

/**
 * The "follow" feed a search matches: one value of one facet that has feeds, and nothing else
 * narrowing it (no text, place, or other facet); undefined otherwise. "Open only" does not count:
 * a feed lists what is new, its calendar what is still to close.
 */
export function followedFacet(state: SearchState): { facet: FollowFacet; value: string } | undefined {
  if (state.q.trim() || state.near) return undefined;
  const chosen = FACETS.flatMap((facet: Facet) => state.filters[facet].map((value) => ({ facet, value })));
  const only = chosen.length === 1 ? chosen[0]! : undefined;
  return only && (FOLLOW_FACETS as readonly string[]).includes(only.facet)
    ? { facet: only.facet as FollowFacet, value: only.value }
    : undefined;
}
