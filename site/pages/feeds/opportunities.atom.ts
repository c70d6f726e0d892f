import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';
import { opportunitiesAtom } from '../../lib/feeds.ts';

/** /feeds/opportunities.atom: the newest opportunities. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('The Atom feed needs `site` in astro.config.mjs for absolute links');
  return new Response(opportunitiesAtom(siteData().records, site.origin), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
