import type { APIRoute } from 'astro';
import { buildTaxonomyFeed } from '@opportunities-hub/model';
import { buildClock, getCatalogue } from '../../../lib/catalogue.ts';
import { jsonResponse } from '../../../lib/json-response.ts';

export const GET: APIRoute = () => jsonResponse(buildTaxonomyFeed(getCatalogue(), buildClock()));
