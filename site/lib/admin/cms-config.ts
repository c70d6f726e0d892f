import type { z } from 'zod';
import { COLLECTIONS, SETTINGS_FILE, siteSettingsSchema, type CollectionName } from '@opportunities-hub/model';
import type { DocComments } from '@opportunities-hub/model/node/doc-comments';
import { SETTINGS_COLLECTION } from './check-entry.ts';
import { collectionFields, identifierOf, labelOf, type CmsField } from './cms-fields.ts';

/**
 * The Decap CMS configuration (served as /admin/config.yml), generated from the model's
 * collections at build time: nothing about a field is written here by hand.
 */

/** Where the editor reads and writes. */
export interface CmsBackendOptions {
  /** `github` (pull requests) or `gitlab` (merge requests). */
  name: 'github' | 'gitlab';
  /** owner/name of the repository. */
  repo: string;
  /** The branch the site is built from. */
  branch: string;
  /** GitHub: the OAuth proxy that completes sign-in (Decap needs one for GitHub). */
  baseUrl?: string;
  /** GitLab: the OAuth application id, for sign-in with PKCE (no proxy needed). */
  appId?: string;
  /** The address of the decap-server proxy when editing the working copy (`npm run edit`). */
  localProxyUrl?: string;
}

/** Reads the backend from the environment the site is built in (see README, "Editing in the browser"). */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackendOptions {
  const name = env.HUB_CMS_BACKEND === 'gitlab' ? 'gitlab' : 'github';
  return {
    name,
    repo: env.HUB_CMS_REPO ?? 'your-organisation/opportunities-hub',
    branch: env.HUB_CMS_BRANCH ?? 'main',
    ...(env.HUB_CMS_OAUTH_URL && { baseUrl: env.HUB_CMS_OAUTH_URL }),
    ...(env.HUB_CMS_APP_ID && { appId: env.HUB_CMS_APP_ID }),
    ...(env.HUB_CMS_PROXY_URL && { localProxyUrl: env.HUB_CMS_PROXY_URL }),
  };
}

/** Where imported records live; the editor leaves them out (the next import would undo any change). */
export const IMPORTED_NOTE =
  'Records written by an import (the national vacancies and standards, in subfolders such as imported/) are not listed here: the next import replaces them, so change them at their source.';

/**
 * Collections the editor leaves out because an import writes every record of them: the stored
 * apprenticeship standards (`npm run import:standards`).
 */
export const IMPORTED_COLLECTIONS: readonly CollectionName[] = ['standards'];

const DESCRIPTIONS: Partial<Record<CollectionName, string>> = {
  opportunities: `Apprenticeships, placements, courses and training. ${IMPORTED_NOTE}`,
  organisations: `Providers, employers and partners. ${IMPORTED_NOTE}`,
};

/** The media folder for images in organisations' and pages' text; every image needs alt text. */
export const MEDIA = { folder: 'site/public/media', public: '/media' } as const;

function bodyField(extension: string): CmsField {
  const mdx = extension === '.mdx';
  return {
    name: 'body',
    label: 'Body',
    widget: 'markdown',
    // The model allows an empty body (the summary then stands alone).
    required: false,
    hint: mdx
      ? 'The page in MDX. Every image needs alt text: the words in its square brackets say what it shows.'
      : 'The full description in Markdown. Every image needs alt text: the words in its square brackets say what it shows.',
    // MDX can hold components the rich-text mode would rewrite, so pages are edited as source.
    ...(mdx && { modes: ['raw'] }),
  };
}

/**
 * One Decap folder collection per model collection. Decap reads one file ending per folder:
 * `extensionOf` picks it (the build passes the ending the folder's files use).
 */
export function cmsCollections(
  docs: DocComments,
  extensionOf: (name: CollectionName) => string = (name) => COLLECTIONS[name].extensions[0],
) {
  return (Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][])
    .filter(([name]) => !IMPORTED_COLLECTIONS.includes(name))
    .map(([name, { folder, extensions, schema }]) => {
      const hasBody = extensions.some((e) => e === '.md' || e === '.mdx');
      const fields = collectionFields(name, schema as z.ZodType, docs);
      const identifier = identifierOf(schema as z.ZodType);
      const extension = extensionOf(name);
      return {
        name,
        label: labelOf(name),
        label_singular: labelOf(name).replace(/ies$/, 'y').replace(/s$/, ''),
        ...(DESCRIPTIONS[name] && { description: DESCRIPTIONS[name] }),
        folder: `content/${folder}`,
        extension: extension.slice(1),
        format: hasBody ? 'frontmatter' : 'yaml',
        create: true,
        delete: true,
        slug: '{{slug}}',
        identifier_field: identifier,
        summary: `{{${identifier}}}`,
        sortable_fields: [identifier],
        fields: hasBody ? [...fields, bodyField(extension)] : fields,
      };
    });
}

/** The site settings (content/site.yaml) as a collection of one file: it can be edited, not created or deleted. */
export function settingsCollection(docs: DocComments) {
  return {
    name: SETTINGS_COLLECTION,
    label: 'Site settings',
    description: 'Who runs the hub, how people reach them, and where it is published: every page and feed takes these from here.',
    delete: false,
    editor: { preview: false },
    files: [
      {
        name: 'site',
        label: 'Site settings',
        file: `content/${SETTINGS_FILE}`,
        fields: collectionFields(SETTINGS_COLLECTION, siteSettingsSchema as z.ZodType, docs),
      },
    ],
  };
}

/** The whole configuration: backend, workflow, media and every collection. */
export function cmsConfig(docs: DocComments, backend: CmsBackendOptions, siteUrl: string, extensionOf?: (name: CollectionName) => string) {
  const local = backend.localProxyUrl !== undefined;
  return {
    backend: {
      name: backend.name,
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.baseUrl && { base_url: backend.baseUrl }),
      ...(backend.appId && { app_id: backend.appId, auth_type: 'pkce' }),
      squash_merges: true,
      commit_messages: {
        create: 'Add {{collection}} “{{slug}}” (in the browser editor)',
        update: 'Update {{collection}} “{{slug}}” (in the browser editor)',
        delete: 'Delete {{collection}} “{{slug}}” (in the browser editor)',
        uploadMedia: 'Add image {{path}} (in the browser editor)',
        deleteMedia: 'Delete image {{path}} (in the browser editor)',
      },
    },
    // On the working copy there are no pull requests to review: saving writes the file.
    ...(local ? { local_backend: { url: backend.localProxyUrl } } : { publish_mode: 'editorial_workflow' }),
    site_url: siteUrl,
    display_url: siteUrl,
    logo_url: '/favicon.svg',
    locale: 'en',
    media_folder: MEDIA.folder,
    public_folder: MEDIA.public,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...cmsCollections(docs, extensionOf), settingsCollection(docs)],
  };
}
