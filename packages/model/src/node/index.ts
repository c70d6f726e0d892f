export { loadCatalogue, readRecord, splitFrontmatter, validateRecord } from './load-catalogue.ts';
