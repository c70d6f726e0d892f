import type { APIRoute } from 'astro';
import { COLLECTIONS, type CollectionName } from '@opportunities-hub/model';
import { getCatalogue } from '../../lib/catalogue.ts';
import { jsonResponse } from '../../lib/json-response.ts';
import { vocabularyOf } from '../../lib/spelling.ts';

/**
 * Every word of the hub's content with its count, for the search page's spelling correction
 * (site/lib/spelling.ts). Built from all of content/, so a word that appears only in a body is
 * known and never "corrected" away.
 */
export const GET: APIRoute = () => {
  const catalogue = getCatalogue();
  const texts = (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((name) =>
    catalogue[name].map((entry) => `${JSON.stringify(entry.data)} ${entry.body}`),
  );
  return jsonResponse(vocabularyOf(texts));
};
