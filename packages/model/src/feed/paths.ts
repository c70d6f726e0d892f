/**
 * The site paths of the hub's pages and feeds: one place, so pages, feeds and widgets agree. A
 * module of its own (no imports) so the widgets can use it without the feed builder.
 */

/** The facets with "follow" feeds: the URL segment of /feeds/opportunities/<facet>/<value>.atom. */
export const FOLLOW_FACETS = ['type', 'level', 'skill', 'audience', 'place', 'provider'] as const;
export type FollowFacet = (typeof FOLLOW_FACETS)[number];

/** The compact search feed the widgets read. */
export const SEARCH_FEED_PATH = '/api/v1/search.json';

/** One facet value's slice of the search feed. */
export const searchSlicePath = (facet: string, value: string) => `/api/v1/search/${facet}/${value}.json`;

/** One facet value's feed for people: Atom (its newest opportunities) or iCalendar (their closing dates). */
export const followFeedPath = (facet: FollowFacet, value: string, format: 'atom' | 'ics') =>
  `/feeds/opportunities/${facet}/${value}.${format}`;

/** Every path, for the site and the feed builder (the widgets import the few they need alone, so the rest stays out of their file). */
export const paths = {
  opportunity: (slug: string) => `/opportunities/${slug}/`,
  pathway: (slug: string) => `/pathways/${slug}/`,
  recommendation: (slug: string) => `/recommendations/${slug}/`,
  organisation: (slug: string) => `/partners/#${slug}`,
  opportunities: '/opportunities/',
  pathways: '/pathways/',
  feeds: {
    opportunities: '/api/v1/opportunities.json',
    pathways: '/api/v1/pathways.json',
    taxonomy: '/api/v1/taxonomy.json',
    search: SEARCH_FEED_PATH,
    searchSlice: searchSlicePath,
    schema: (name: string) => `/api/v1/schema/${name}.json`,
    follow: followFeedPath,
  },
} as const;
