import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../lib/site-data.ts';
import { hubSettings } from '../../../../lib/settings.ts';
import { facetFeeds, type FacetFeed } from '../../../../lib/facet-feeds.ts';
import { closingDatesCalendar } from '../../../../lib/feeds.ts';

/** /feeds/opportunities/<facet>/<value>.ics: the closing dates still to come of one facet value's opportunities. */
export const getStaticPaths = (() =>
  facetFeeds(siteData()).map((feed) => ({ params: { facet: feed.facet, value: feed.value }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FacetFeed }> = ({ site, props: { feed } }) => {
  if (!site) throw new Error('Facet calendars need `site` in astro.config.mjs for absolute links and UIDs');
  const name = `${hubSettings().name} closing dates: ${feed.facetLabel.toLowerCase()} ${feed.label}`;
  const body = closingDatesCalendar(feed.records, name, site.origin, siteData().clock.generated);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
