import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchSlices } from '@opportunities-hub/model';
import { buildClock, getCatalogue } from '../../../../../lib/catalogue.ts';
import { jsonResponse } from '../../../../../lib/json-response.ts';

/** One slice of the search feed per provider, type, skill area and place (see buildSearchSlices). */
export const getStaticPaths: GetStaticPaths = () =>
  buildSearchSlices(getCatalogue(), buildClock()).map(({ facet, value, feed }) => ({ params: { facet, value }, props: { feed } }));

export const GET: APIRoute = ({ props }) => jsonResponse(props['feed'], { compact: true });
