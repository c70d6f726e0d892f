import type { APIRoute } from 'astro';

/**
 * Everything may be crawled except search results (/search/?q=…); the search page itself is in
 * the sitemap, so it stays open to crawlers.
 */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs for the Sitemap line');
  return new Response(`User-agent: *\nDisallow: /search/?\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
