import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/catalogue.ts';
import { jsonResponse } from '../../lib/json-response.ts';
import { editorRecords } from '../../lib/admin/editor-records.ts';

/**
 * What the editor checks references against and shows in previews: every record's slug, and the
 * places, organisations and skills in full. In `npm run edit` it is read again on each request.
 */
export const GET: APIRoute = () => jsonResponse(editorRecords(getCatalogue()));
