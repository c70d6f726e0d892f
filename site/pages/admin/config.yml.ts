import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { backendFromEnv } from '../../lib/admin/cms-config.ts';
import { siteCmsConfig } from '../../lib/admin/cms-source.ts';

/** The editor's configuration, generated from the model (see site/lib/admin/cms-config.ts). */
export const GET: APIRoute = ({ site, url }) => {
  // `npm run edit` links "View live" to its own dev server; a build, to the site it publishes.
  const local = backendFromEnv(process.env).localProxyUrl !== undefined;
  const config = siteCmsConfig((local ? url : (site ?? url)).origin);
  const header = '# Generated from the zod model at build time by site/lib/admin/cms-config.ts: do not edit.\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
