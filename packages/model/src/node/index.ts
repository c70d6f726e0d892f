export { describeIssue, loadCatalogue, readRecord, splitFrontmatter, validateRecord } from './load-catalogue.ts';
