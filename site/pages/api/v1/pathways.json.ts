import type { APIRoute } from 'astro';
import { buildPathwaysFeed } from '@opportunities-hub/model';
import { buildClock, getCatalogue } from '../../../lib/catalogue.ts';
import { jsonResponse } from '../../../lib/json-response.ts';

export const GET: APIRoute = () => jsonResponse(buildPathwaysFeed(getCatalogue(), buildClock()));
