import type { OpportunityRecord } from '@opportunities-hub/model';
import { emptyFilters, type FacetCounts, type Filters } from '@opportunities-hub/model/logic/filters';
import { prepareOpportunities, queryOpportunities } from '@opportunities-hub/model/logic/opportunity-query';
import { facets, groupByFacet, type Facet } from './facets.ts';
import { sortSkills } from './skills.ts';
import type { SiteData } from './site-data.ts';

/**
 * One source of truth for the numbers beside filters. Every count the site prints (filter
 * sidebar, the types panel, a listing's total, "N you can apply for now") comes from the model's
 * `queryOpportunities`, the function <hub-opportunity-search> counts with, so a reader never sees
 * two numbers for one filter. (The panel once counted the types' open and upcoming opportunities,
 * 7, where the sidebar counted every listed one, 8.)
 */

/** What a search with `filters` on `today` finds: how many match, and the count beside each facet value. */
export interface OpportunityCounts {
  total: number;
  byFacet: FacetCounts;
}

/**
 * Counts as the search widget counts them: `filters` (open only by default, as in the widget)
 * applied to `records` on `today`; a facet value's count is what choosing it alone in its facet
 * would show.
 */
export function countOpportunities(
  records: readonly OpportunityRecord[],
  today: string,
  filters: Partial<Filters> = {},
): OpportunityCounts {
  const { results, counts } = queryOpportunities(prepareOpportunities(records, today), {
    q: '',
    filters: { ...emptyFilters(), ...filters },
    sort: 'closing',
  });
  return { total: results.length, byFacet: counts };
}

export interface FacetListing {
  facet: Facet;
  /** Each value's opportunities in listing order: what its listing page and feeds show. */
  groups: Map<string, OpportunityRecord[]>;
  /** Each value's count: every listed opportunity, closed ones included, as its listing page shows them. */
  counts: Map<string, number>;
}

let cached: { data: SiteData; listings: FacetListing[] } | undefined;

/**
 * Every facet with its records per value and their counts, worked out once per build. A value
 * whose listing would hold a different number of opportunities from its count stops the build:
 * the page would contradict its own filter link.
 */
export function facetListings(data: SiteData): FacetListing[] {
  if (cached?.data === data) return cached.listings;
  const listed = countOpportunities(data.records, data.clock.today, { open: false }).byFacet;
  const listings = facets(sortSkills(data.catalogue.skills).map((s) => ({ slug: s.slug, name: s.data.name }))).map((facet) => {
    const groups = groupByFacet(facet, data.records);
    const counts = listed[facet.key];
    for (const [value, records] of groups) {
      if (counts.get(value) !== records.length)
        throw new Error(
          `The ${facet.key} "${value}" lists ${records.length} opportunities but its filter counts ${counts.get(value) ?? 0}`,
        );
    }
    return { facet, groups, counts };
  });
  cached = { data, listings };
  return listings;
}

/** How many opportunities can be applied for on the build day, counted as the search widget counts them. */
export function openCount(data: SiteData): number {
  return countOpportunities(data.records, data.clock.today, { open: true }).total;
}

/** True when the listing page for a facet value exists (values with no opportunities get no page). */
export function hasListing(data: SiteData, key: Facet['key'], value: string): boolean {
  return facetListings(data).some((l) => l.facet.key === key && l.groups.has(value));
}
