/**
 * Which feed follows a search on a listing page: the hub writes one Atom and one iCalendar feed
 * per value of type, level band, skill area, audience, provider and place, so a search that
 * narrows by exactly one of those values has a feed, and a search with nothing chosen is the
 * whole hub. Loaded in the browser by the listing's script: it imports nothing.
 */

/** The search facets with a feed of their own, as <hub-opportunity-search> names them. */
export const FOLLOWED_FACETS = ['type', 'level', 'skill', 'audience', 'provider'] as const;

/** The key of the whole hub's feeds in a page's table of feeds. */
export const WHOLE_HUB = '';

/** What the search says in its `hub-search` event that decides the feed. */
export interface FollowedSearch {
  query: string;
  near: string;
  filters: Record<string, readonly string[] | boolean>;
}

/**
 * The key (`<facet>/<value>`, or WHOLE_HUB) of the feed holding just what `search` narrows to, or
 * undefined when no feed does: free text, a distance from a place (a place's feed is what is at
 * that place, not what is near it), two choices, or a facet with no feeds. Open-only does not
 * count: a feed announces every new opportunity, and its calendar every closing date.
 */
export function matchingFeedKey(search: FollowedSearch): string | undefined {
  if (search.query.trim() || search.near.trim()) return undefined;
  const chosen = Object.entries(search.filters).flatMap(([facet, values]) =>
    Array.isArray(values) && values.length ? [{ facet, values }] : [],
  );
  if (chosen.length === 0) return WHOLE_HUB;
  const [only] = chosen;
  if (chosen.length > 1 || only!.values.length > 1 || !(FOLLOWED_FACETS as readonly string[]).includes(only!.facet)) return undefined;
  return `${only!.facet}/${only!.values[0]}`;
}
