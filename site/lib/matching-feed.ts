/**
 * Which feed follows a search on a listing page. The widget names the feed of a search narrowed
 * by one value of one facet (its `hub-search` detail's `feed`, from the model's `followedFacet`);
 * a search with nothing chosen is the whole hub's, which the widget leaves to the page.
 */
import { type Filters } from '@opportunities-hub/model/logic/filters';
import { FACETS } from '@opportunities-hub/model/vocabulary/facets';
import { followedFacet } from '@opportunities-hub/model/logic/search-attributes';
import type { SortKey } from '@opportunities-hub/model/logic/sort';

/** The key of the whole hub's feeds in a page's table of feeds. */
export const WHOLE_HUB = '';

/** What `hub-search` says of a search (see HubSearchDetail in the widgets). */
export interface FollowedSearch {
  query: string;
  filters: Filters;
  near: string;
  radius: number | undefined;
  sort: SortKey;
  /** The matching feed's addresses, when one value of one facet narrows the search. */
  feed?: { atom: string; calendar: string } | undefined;
}

/**
 * The key (`<facet>/<value>`, or WHOLE_HUB) of the feed holding just what `search` narrows to, or
 * undefined when no feed does (free text, a place, two choices, a facet without feeds).
 */
export function matchingFeedKey(search: FollowedSearch): string | undefined {
  const followed = followedFacet({ q: search.query, filters: search.filters, near: search.near, radius: search.radius, sort: search.sort });
  if (followed) return `${followed.facet}/${followed.value}`;
  const nothingChosen = !search.query.trim() && !search.near && FACETS.every((facet) => search.filters[facet].length === 0);
  return nothingChosen ? WHOLE_HUB : undefined;
}
