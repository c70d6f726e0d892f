export { loadCatalogue, readRecord, splitFrontmatter } from './load-catalogue.ts';
export { describeIssue, validateRecord } from '../validate-record.ts';
