import type { OpportunityRecord } from '@opportunities-hub/model';
import { facets, groupByFacet, type Facet } from './facets.ts';
import { sortSkills } from './skills.ts';
import type { SiteData } from './site-data.ts';

export interface FacetListing {
  facet: Facet;
  groups: Map<string, OpportunityRecord[]>;
  counts: Map<string, number>;
}

let cached: FacetListing[] | undefined;

/** Every facet with its records per value and their counts, worked out once per build. */
export function facetListings(data: SiteData): FacetListing[] {
  cached ??= facets(sortSkills(data.catalogue.skills).map((s) => ({ slug: s.slug, name: s.data.name }))).map((facet) => {
    const groups = groupByFacet(facet, data.records);
    return { facet, groups, counts: new Map([...groups].map(([value, list]) => [value, list.length])) };
  });
  return cached;
}

/** True when the listing page for a facet value exists (values with no opportunities get no page). */
export function hasListing(data: SiteData, key: Facet['key'], value: string): boolean {
  return facetListings(data).some((l) => l.facet.key === key && l.groups.has(value));
}
