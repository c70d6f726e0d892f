import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COLLECTIONS, type CollectionName } from '@opportunities-hub/model';
import { readDocComments, schemaSourceFiles } from '@opportunities-hub/model/node/doc-comments';
import { CONTENT_DIR } from '../catalogue.ts';
import { backendFromEnv, cmsConfig } from './cms-config.ts';
import { commonestExtension } from './editor-records.ts';

/**
 * What /admin/ serves, read in the folder Astro runs from (the repository root), like
 * CONTENT_DIR: Astro bundles this module elsewhere for the build, so paths are not relative to it.
 */

/** The model's schema sources, whose doc comments become the editor's hints. */
export const MODEL_SCHEMA_DIR = resolve('packages/model/src/schemas');

/** Decap CMS's prebuilt browser bundle: the main file and the chunks it loads next to itself. */
export const DECAP_DIST = resolve('node_modules/decap-cms/dist');

/** The file ending most of a collection's files use (pages are .mdx, opportunities .md), else its first. */
export function extensionInUse(name: CollectionName): string {
  const folder = join(CONTENT_DIR, COLLECTIONS[name].folder);
  return commonestExtension(name, existsSync(folder) ? readdirSync(folder) : []);
}

/** The generated configuration for this build (or this `npm run edit` session). */
export function siteCmsConfig(siteUrl: string) {
  return cmsConfig(readDocComments(schemaSourceFiles(MODEL_SCHEMA_DIR)), backendFromEnv(process.env), siteUrl, extensionInUse);
}

/** The bundle's files: decap-cms.js and its numbered chunks (source maps and licences left out). */
export function decapFiles(): string[] {
  return readdirSync(DECAP_DIST).filter((name) => name.endsWith('decap-cms.js'));
}

export function readDecapFile(name: string): Buffer {
  if (!decapFiles().includes(name)) throw new Error(`${name} is not a file of the Decap CMS bundle`);
  return readFileSync(join(DECAP_DIST, name));
}
