import type { APIRoute, GetStaticPaths } from 'astro';
import { feedJsonSchemas } from '@opportunities-hub/model';
import { jsonResponse } from '../../../../lib/json-response.ts';

/** One JSON Schema per feed, generated from the zod schemas the feeds are built with. */
export const getStaticPaths: GetStaticPaths = () =>
  Object.entries(feedJsonSchemas()).map(([name, schema]) => ({ params: { name }, props: { schema } }));

export const GET: APIRoute = ({ props }) => jsonResponse(props['schema']);
