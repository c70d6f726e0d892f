/**
 * One search over opportunities: free text, distance, open-only, facets and sort, with facet
 * counts. `prepareOpportunities` does the per-feed work once (index, statuses, start windows);
 * `queryOpportunities` runs on every keystroke, so it stays a few linear passes.
 */
import type { FeedPlace, SearchRecord } from '../feed/records.ts';
import { OPPORTUNITY_TYPE_LABELS, type OpportunityStatus } from '../vocabulary.ts';
import type { Coordinates } from './distance.ts';
import { FacetCodes, facetValues, filterWithCounts, startWindowOf, type FacetCounts, type Filters } from './filters.ts';
import { distanceCheck } from './near.ts';
import { createIndex, type SearchIndex } from './search-index.ts';
import { effectiveSort, sortKeys, sortResults, type SortKey, type SortKeys } from './sort.ts';
import { isOpen, statusOf } from './status.ts';

export interface PreparedOpportunity extends SortKeys {
  record: SearchRecord;
  /** Status on the day the search was prepared for (not the feed's build day). */
  status: OpportunityStatus;
  /** True when it can be applied for on that day. */
  open: boolean;
  /** Its facet values as FacetCodes. */
  codes: number[];
}

export interface PreparedOpportunities {
  items: PreparedOpportunity[];
  /**
   * The search index, built on first call. First results need no index, so a widget can show
   * them sooner and build the index when the page is idle (or on the first search, if sooner).
   */
  index(): SearchIndex;
  codes: FacetCodes;
  today: string;
}

/** Field boosts: a word in the title says more about an opportunity than one in its description. */
export function searchFields(r: SearchRecord): [string, number][] {
  return [
    [r.title, 3],
    [OPPORTUNITY_TYPE_LABELS[r.type], 2],
    [r.skills.map((s) => s.name).join(' '), 2],
    [`${r.provider.name} ${r.employer?.name ?? ''}`, 1.5],
    [r.places.map((p) => `${p.name} ${p.area ?? ''} ${p.postcodeDistrict ?? ''}`).join(' '), 1.5],
    [r.summary, 1],
    [r.description ?? '', 0.5],
  ];
}

/** Indexes `records` and works out each one's status and start window on `today` (YYYY-MM-DD). */
export function prepareOpportunities(records: readonly SearchRecord[], today: string): PreparedOpportunities {
  const codes = new FacetCodes();
  let index: SearchIndex | undefined;
  return {
    today,
    codes,
    index: () => (index ??= createIndex(records.map(searchFields))),
    items: records.map((record) => {
      const status = statusOf(record, today);
      const open = isOpen(status);
      return {
        record,
        status,
        open,
        codes: codes.encode(facetValues(record, startWindowOf(record.starts, today))),
        ...sortKeys(record, open),
      };
    }),
  };
}

export interface OpportunityQuery {
  q: string;
  filters: Filters;
  /** Where distances are measured from; none for anywhere. */
  origin?: Coordinates | undefined;
  radius?: number | undefined;
  sort: SortKey;
}

export interface OpportunityResult extends PreparedOpportunity {
  score: number;
  /** Miles to its nearest place, when a place is set and it has places. */
  miles?: number | undefined;
  /** That nearest place. */
  nearest?: FeedPlace | undefined;
}

export interface OpportunityQueryResult {
  results: OpportunityResult[];
  counts: FacetCounts;
}

/** Runs a query: every matching opportunity in order, and the facet counts beside them. */
export function queryOpportunities(prepared: PreparedOpportunities, query: OpportunityQuery): OpportunityQueryResult {
  const { items, index, codes } = prepared;
  const hits = query.q.trim() ? index().search(query.q) : items.map((_, id) => ({ id, score: 0 }));
  const candidates: OpportunityResult[] = [];
  for (const { id, score } of hits) {
    const item = items[id]!;
    if (query.filters.open && !item.open) continue;
    let check: ReturnType<typeof distanceCheck> | undefined;
    if (query.origin) {
      check = distanceCheck(item.record, query.origin, query.radius);
      if (!check.within) continue;
    }
    candidates.push({ ...item, score, miles: check?.miles, nearest: check?.nearest });
  }
  const { matches, counts } = filterWithCounts(candidates, query.filters, (c) => c.codes, codes);
  return { results: sortResults(matches, effectiveSort(query.sort, !!query.q.trim(), !!query.origin)), counts };
}
