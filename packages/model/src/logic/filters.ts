/**
 * Facet filters over opportunity records, and the counts shown beside each facet value.
 * A record passes a facet when nothing is selected in it, or when one of its values is
 * selected (OR within a facet, AND across facets).
 */
import type { SearchRecord } from '../feed/records.ts';
import { FACETS, PAY_NOT_STATED, type Facet, type StartWindow } from '../vocabulary/facets.ts';
import { daysBetween } from './plain-date.ts';

/** Selected values per facet (empty: any), and whether to show only what is open now. */
export type Filters = Record<Facet, string[]> & { open: boolean };

/** No facet selected, open only: what a search starts from. */
export function emptyFilters(): Filters {
  const filters = { open: true } as Filters;
  for (const facet of FACETS) filters[facet] = [];
  return filters;
}

/** The start window of `starts` (a date or 'rolling') as seen on `today`; rolling starts count as soon. */
export function startWindowOf(starts: string, today: string): StartWindow {
  if (starts === 'rolling') return 'soon';
  const days = daysBetween(today, starts);
  return days <= 91 ? 'soon' : days <= 183 ? 'months-3-6' : days <= 365 ? 'months-6-12' : 'later';
}

/** A record's values for each facet, without repeats; `start` needs the day, so it is passed in. */
export function facetValues(record: SearchRecord, start: StartWindow): Record<Facet, readonly string[]> {
  return {
    type: [record.type],
    level: [record.levelBand],
    skill: [...new Set(record.skills.map((s) => s.slug))],
    audience: [...new Set(record.audiences)],
    attendance: [record.attendance],
    delivery: [record.delivery],
    start: [start],
    pay: [record.pay?.type ?? PAY_NOT_STATED],
    provider: [record.provider.slug],
  };
}

/** Counts per facet value: how many items have that value and pass every other facet. */
export type FacetCounts = Record<Facet, Map<string, number>>;

/**
 * Numbers for facet values. Counting then is arithmetic on typed arrays rather than string
 * lookups in maps, which matters at 10,000 results on every keystroke.
 */
export class FacetCodes {
  /** The value of each code. */
  readonly values: string[] = [];
  /** The facet (index into FACETS) of each code. */
  readonly facets: number[] = [];
  readonly #ids = new Map<string, number>();

  /** The code of `value` in `facet`; `add` gives it one if it has none. */
  code(facet: Facet, value: string, add = false): number | undefined {
    const key = `${facet}\n${value}`;
    let id = this.#ids.get(key);
    if (id === undefined && add) {
      this.#ids.set(key, (id = this.values.length));
      this.values.push(value);
      this.facets.push(FACETS.indexOf(facet));
    }
    return id;
  }

  /** The codes of a record's facet values. */
  encode(values: Record<Facet, readonly string[]>): number[] {
    return FACETS.flatMap((facet) => values[facet].map((value) => this.code(facet, value, true)!));
  }
}

/**
 * Filters `items` by `filters` and counts facet values in one pass. A value's count takes every
 * other facet's selection into account but not its own facet's, so a count is what choosing
 * that value alone in its facet would show (the usual faceted-search rule). Items are already
 * narrowed by search, distance and open-only; `codesOf` gives an item's codes from `codes`.
 */
export function filterWithCounts<T>(
  items: readonly T[],
  filters: Filters,
  codesOf: (item: T) => readonly number[],
  codes: FacetCodes,
): { matches: T[]; counts: FacetCounts } {
  const selected = new Uint8Array(codes.values.length);
  let active = 0;
  FACETS.forEach((facet, f) => {
    if (filters[facet].length) active |= 1 << f;
    for (const value of filters[facet]) {
      const id = codes.code(facet, value);
      if (id !== undefined) selected[id] = 1;
    }
  });
  const tally = new Int32Array(codes.values.length);
  const matches: T[] = [];
  for (const item of items) {
    const ids = codesOf(item);
    let satisfied = 0;
    for (const id of ids) if (selected[id]) satisfied |= 1 << codes.facets[id]!;
    const failed = active & ~satisfied;
    // More than one facet failing: no single change of selection would show this item.
    if (failed & (failed - 1)) continue;
    if (!failed) matches.push(item);
    for (const id of ids) if (!failed || failed === 1 << codes.facets[id]!) tally[id]!++;
  }
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FacetCounts;
  tally.forEach((n, id) => n && counts[FACETS[codes.facets[id]!]!].set(codes.values[id]!, n));
  return { matches, counts };
}
