import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { hubCalendar } from '../../lib/feeds.ts';

/** /feeds/calendar.ics: closing dates still to come, and events. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('The calendar needs `site` in astro.config.mjs for absolute links and UIDs');
  const { records, catalogue, places, clock } = siteData();
  const body = hubCalendar(records, catalogue.events, (slug) => places.get(slug)?.data.name ?? slug, site.origin, clock.generated);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
