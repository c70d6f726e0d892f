import type { OpportunityRecord } from '@opportunities-hub/model';
import { FOLLOW_FACETS as FEED_FACETS, paths, type FollowFacet as FeedFacet } from '@opportunities-hub/model/feed/paths';
import { facetListings } from './facet-counts.ts';
import type { SiteData } from './site-data.ts';

/**
 * "Follow a search": an Atom feed and an iCalendar feed for every value of every facet a reader
 * may want to follow, with just that value's opportunities. The listed facets (type, skill area,
 * level band, audience) come with the listings' own groups, so a feed and its listing page always
 * hold the same opportunities; place and provider are grouped here.
 */

/** The facets with feeds; the URL segment of /feeds/opportunities/<facet>/<value>.atom (the model's, which the widget uses too). */
export { FOLLOW_FACETS as FEED_FACETS, type FollowFacet as FeedFacet } from '@opportunities-hub/model/feed/paths';

/** One followable value: its facet, names, and its opportunities in listing order. */
export interface FacetFeed {
  facet: FeedFacet;
  /** The facet's name, e.g. "Skill area". */
  facetLabel: string;
  /** The value's slug, e.g. "laboratory-technical-skills". */
  value: string;
  /** The value's name, e.g. "Laboratory technical skills". */
  label: string;
  records: OpportunityRecord[];
}

/** The path of a facet value's feed. */
export const facetFeedPath = paths.feeds.follow;

const PLACE_LABEL = 'Place';
const PROVIDER_LABEL = 'Provider';

let cached: { data: SiteData; feeds: FacetFeed[] } | undefined;

/** Every facet value that has at least one opportunity, with its feed's opportunities (one pass per facet). */
export function facetFeeds(data: SiteData): FacetFeed[] {
  if (cached?.data === data) return cached.feeds;
  const listed: FacetFeed[] = facetListings(data).flatMap(({ facet, groups }) =>
    facet.values
      .filter((v) => groups.has(v.value))
      .map((v) => ({ facet: facet.key, facetLabel: facet.label, value: v.value, label: v.label, records: groups.get(v.value)! })),
  );
  const byPlace = groupBy(data.records, (r) => r.places.map((p) => [p.slug, p.name]));
  const byProvider = groupBy(data.records, (r) => [[r.provider.slug, r.provider.name]]);
  const feeds = [
    ...listed,
    ...[...byPlace].map(([value, g]) => ({ facet: 'place' as const, facetLabel: PLACE_LABEL, value, ...g })),
    ...[...byProvider].map(([value, g]) => ({ facet: 'provider' as const, facetLabel: PROVIDER_LABEL, value, ...g })),
  ].sort((a, b) => FEED_FACETS.indexOf(a.facet) - FEED_FACETS.indexOf(b.facet));
  cached = { data, feeds };
  return feeds;
}

/** Groups records by the (slug, name) pairs `keys` gives each, sorted by name; records keep their order. */
function groupBy(
  records: readonly OpportunityRecord[],
  keys: (r: OpportunityRecord) => [string, string][],
): Map<string, { label: string; records: OpportunityRecord[] }> {
  const groups = new Map<string, { label: string; records: OpportunityRecord[] }>();
  for (const record of records) {
    for (const [slug, name] of keys(record)) {
      const group = groups.get(slug) ?? { label: name, records: [] };
      group.records.push(record);
      groups.set(slug, group);
    }
  }
  return new Map([...groups].sort(([, a], [, b]) => a.label.localeCompare(b.label)));
}

/** The feed of one facet value, or undefined. */
export function facetFeed(data: SiteData, facet: string, value: string): FacetFeed | undefined {
  return facetFeeds(data).find((f) => f.facet === facet && f.value === value);
}
