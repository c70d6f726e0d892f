import type { APIRoute } from 'astro';
import { buildSearchFeed } from '@opportunities-hub/model';
import { buildClock, getCatalogue } from '../../../lib/catalogue.ts';
import { jsonResponse } from '../../../lib/json-response.ts';

/** The compact search feed the widgets read by default. */
export const GET: APIRoute = () => jsonResponse(buildSearchFeed(getCatalogue(), buildClock()), { compact: true });
