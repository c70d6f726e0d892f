import { facetPath } from './facets.ts';
import { facetFeedPath, type FacetFeed } from './facet-feeds.ts';

/** The path where readers find a facet value's feeds: its listing page, or the partner entry of a provider. */
export function followedFrom(feed: FacetFeed): string {
  if (feed.facet === 'place') return '/opportunities/';
  if (feed.facet === 'provider') return `/partners/#${feed.value}`;
  return facetPath(feed.facet, feed.value);
}

/** The two feeds of a facet value, as links for a page and for its head's autodiscovery. */
export function feedLinks(feed: FacetFeed): { atom: string; calendar: string; name: string } {
  return {
    atom: facetFeedPath(feed.facet, feed.value, 'atom'),
    calendar: facetFeedPath(feed.facet, feed.value, 'ics'),
    name: `${feed.facetLabel}: ${feed.label}`,
  };
}
