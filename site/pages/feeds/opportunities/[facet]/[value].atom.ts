import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../lib/site-data.ts';
import { hubSettings } from '../../../../lib/settings.ts';
import { facetFeeds, facetFeedPath, type FacetFeed } from '../../../../lib/facet-feeds.ts';
import { followedFrom } from '../../../../lib/follow.ts';
import { opportunitiesAtom } from '../../../../lib/feeds.ts';

/** /feeds/opportunities/<facet>/<value>.atom: the newest opportunities of one facet value. */
export const getStaticPaths = (() =>
  facetFeeds(siteData()).map((feed) => ({ params: { facet: feed.facet, value: feed.value }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FacetFeed }> = ({ site, props: { feed } }) => {
  if (!site) throw new Error('Facet feeds need `site` in astro.config.mjs for absolute links');
  const body = opportunitiesAtom(feed.records, site.origin, {
    path: facetFeedPath(feed.facet, feed.value, 'atom'),
    title: `${hubSettings().name}: ${feed.facetLabel.toLowerCase()} ${feed.label}`,
    htmlPath: followedFrom(feed),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
