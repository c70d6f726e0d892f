/**
 * Validates everything under content/ and prints a count per collection, or every problem found
 * (file and field) and exits 1. `npm run check:content`.
 */
import { COLLECTIONS, ContentError, type CollectionName } from '@opportunities-hub/model/catalogue';
import { loadCatalogue } from '@opportunities-hub/model/node/load-catalogue';

try {
  const catalogue = loadCatalogue(process.argv[2] ?? 'content');
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) console.log(`${name.padEnd(16)} ${catalogue[name].length}`);
  console.log(
    `${'settings'.padEnd(16)} ${catalogue.site.file}${catalogue.site.data.placeholder ? ' (placeholders: fill in before publishing)' : ''}`,
  );
  console.log('Content is valid.');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
