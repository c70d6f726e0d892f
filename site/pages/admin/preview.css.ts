import type { APIRoute } from 'astro';
import { previewStyles } from '../../lib/admin/admin-bundle.ts';

/** The site's stylesheet for the editor's preview frame. */
export const GET: APIRoute = async () => new Response(await previewStyles(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
