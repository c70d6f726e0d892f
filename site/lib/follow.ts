import { facetPath } from './facets.ts';
import { facetFeedPath, facetFeeds, type FacetFeed } from './facet-feeds.ts';
import { FEED_PATHS } from './feeds.ts';
import { WHOLE_HUB } from './matching-feed.ts';
import type { SiteData } from './site-data.ts';

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

/** A feed as a listing's script needs it to retarget its "Follow these opportunities" links. */
export type FeedLinks = ReturnType<typeof feedLinks>;

/** The whole hub's feeds: every new opportunity, and every closing date and event. */
export const WHOLE_HUB_LINKS: FeedLinks = { atom: FEED_PATHS.atom, calendar: FEED_PATHS.calendar, name: 'All opportunities' };

/**
 * Every feed a listing's search can match (see matching-feed.ts), by key: the whole hub's, and
 * each facet value's.
 */
export function followTable(data: SiteData): Record<string, FeedLinks> {
  const table: Record<string, FeedLinks> = { [WHOLE_HUB]: WHOLE_HUB_LINKS };
  for (const feed of facetFeeds(data)) table[`${feed.facet}/${feed.value}`] = feedLinks(feed);
  return table;
}
