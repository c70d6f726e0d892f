import type { APIRoute } from 'astro';
import { adminScript } from '../../lib/admin/admin-bundle.ts';
import { backendFromEnv } from '../../lib/admin/cms-config.ts';

/**
 * The hub's checks, previews and widgets for Decap CMS, bundled apart from the site's scripts.
 * Local editing is told by the proxy address `npm run edit` sets, as in the configuration
 * (import.meta.env.DEV is also true in a build run under the test runner's NODE_ENV=test).
 */
export const GET: APIRoute = async () =>
  new Response(await adminScript({ localEditing: backendFromEnv(process.env).localProxyUrl !== undefined }), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
