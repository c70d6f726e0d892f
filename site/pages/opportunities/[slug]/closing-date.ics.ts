import type { APIRoute, GetStaticPaths } from 'astro';
import type { OpportunityRecord } from '@opportunities-hub/model';
import { siteData } from '../../../lib/site-data.ts';
import { closingDateCalendar, hasUpcomingClosingDate } from '../../../lib/feeds.ts';

/**
 * /opportunities/<slug>/closing-date.ics: "Add the closing date to your calendar", one event with a
 * reminder a week before. Only opportunities with a closing date still to come have one.
 */
export const getStaticPaths = (() =>
  siteData()
    .records.filter(hasUpcomingClosingDate)
    .map((record) => ({ params: { slug: record.slug }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: OpportunityRecord }> = ({ site, props: { record } }) => {
  if (!site) throw new Error('Calendar files need `site` in astro.config.mjs for absolute links and UIDs');
  const body = closingDateCalendar(record, site.origin, siteData().clock.generated);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
