import type { z } from 'zod';
import {
  eventSchema,
  opportunitySchema,
  organisationSchema,
  pageSchema,
  pathwaySchema,
  placeSchema,
  recommendationSchema,
  skillAreaSchema,
  standardSchema,
  type Standard,
} from './schemas/records.ts';
import type { SiteSettings } from './schemas/settings.ts';

/**
 * The collections of content/: for each, its folder, the file endings it accepts and its schema.
 * Files with a body (.md, .mdx) keep the body; YAML files are all data. Opportunities and
 * organisations also read `<folder>/imported/`, where importers write (and editors do not).
 */
export const COLLECTIONS = {
  places: { folder: 'places', extensions: ['.yaml', '.yml'], schema: placeSchema },
  organisations: { folder: 'organisations', extensions: ['.yaml', '.yml'], schema: organisationSchema, imported: true },
  skills: { folder: 'skills', extensions: ['.yaml', '.yml'], schema: skillAreaSchema },
  opportunities: { folder: 'opportunities', extensions: ['.md', '.mdx'], schema: opportunitySchema, imported: true },
  pathways: { folder: 'pathways', extensions: ['.yaml', '.yml'], schema: pathwaySchema },
  recommendations: { folder: 'recommendations', extensions: ['.md', '.mdx'], schema: recommendationSchema },
  events: { folder: 'events', extensions: ['.yaml', '.yml'], schema: eventSchema },
  standards: { folder: 'standards', extensions: ['.yaml', '.yml'], schema: standardSchema },
  pages: { folder: 'pages', extensions: ['.md', '.mdx'], schema: pageSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The sub-folder of a collection's folder that importers own. */
export const IMPORTED_FOLDER = 'imported';

/** One validated file: its slug (the file name), path relative to the content folder, data and body. */
export interface Entry<T> {
  slug: string;
  file: string;
  data: T;
  /** The Markdown/MDX body; empty for YAML records. */
  body: string;
}

/** The settings record's file name, in the content folder itself (not a collection: there is one). */
export const SETTINGS_FILE = 'site.yaml';

export type Catalogue = {
  [K in CollectionName]: Entry<z.output<(typeof COLLECTIONS)[K]['schema']>>[];
} & {
  /** content/site.yaml: who runs the hub and how to reach them. */
  site: Entry<SiteSettings>;
};

/** One thing wrong with one file, named down to the field. */
export interface ContentIssue {
  /** Path of the file, relative to the content folder's parent, e.g. content/opportunities/x.md. */
  file: string;
  /** Dotted path of the field, e.g. steps.2.next.0; empty for whole-file problems. */
  field: string;
  message: string;
}

/** Thrown when content does not validate. Its message lists every issue, one a line. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(`The hub's content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` + issues.map(formatIssue).join('\n'));
    this.name = 'ContentError';
    this.issues = issues;
  }
}

export function formatIssue(issue: ContentIssue): string {
  return `  ${issue.file}${issue.field ? ` → ${issue.field}` : ''}: ${issue.message}`;
}

/** Stored standards by ST reference and by LARS code (as text), so either way of naming one finds it. */
export function standardIndex(entries: readonly Entry<Standard>[]): Map<string, Entry<Standard>> {
  const index = new Map<string, Entry<Standard>>();
  for (const entry of entries) {
    index.set(entry.data.reference, entry);
    index.set(String(entry.data.larsCode), entry);
  }
  return index;
}

/** Finds an entry by slug; used by the reference checker and the feeds. */
export function indexBySlug<T>(entries: Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((e) => [e.slug, e]));
}

/**
 * Every reference between records must name a record that exists: an opportunity's provider,
 * employer, skills and places; a pathway's skills and its steps' providers, organisations and
 * opportunities; and so on. Returns the dangling ones. `present` lists every slug found on disk,
 * valid or not, so a record that failed its schema is not reported a second time as missing.
 */
export function checkReferences(catalogue: Catalogue, present?: Partial<Record<CollectionName, Set<string>>>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const slugs = (name: CollectionName) => present?.[name] ?? new Set(catalogue[name].map((e) => e.slug));
  const known = {
    places: slugs('places'),
    organisations: slugs('organisations'),
    skills: slugs('skills'),
    opportunities: slugs('opportunities'),
    pathways: slugs('pathways'),
  };
  const check = (file: string, field: string, target: keyof typeof known, value: string | undefined) => {
    if (value !== undefined && !known[target].has(value)) {
      issues.push({ file, field, message: `"${value}" is not one of the ${target} in content/${target}/` });
    }
  };
  const checkAll = (file: string, field: string, target: keyof typeof known, values: readonly string[]) =>
    values.forEach((v, i) => check(file, `${field}.${i}`, target, v));

  for (const { file, data } of catalogue.organisations) checkAll(file, 'places', 'places', data.places);
  for (const { file, data } of catalogue.opportunities) {
    check(file, 'provider', 'organisations', data.provider);
    check(file, 'employer', 'organisations', data.employer);
    checkAll(file, 'skills', 'skills', data.skills);
    checkAll(file, 'places', 'places', data.places);
  }
  const standards = standardIndex(catalogue.standards);
  for (const { file, data } of catalogue.pathways) {
    checkAll(file, 'skills', 'skills', data.skills);
    data.steps.forEach((step, i) => {
      if (step.standard !== undefined && !standards.has(String(step.standard))) {
        issues.push({
          file,
          field: `steps.${i}.standard`,
          message: `"${step.standard}" is not one of the standards in content/standards/: run npm run import:standards`,
        });
      }
      check(file, `steps.${i}.provider`, 'organisations', step.provider);
      checkAll(file, `steps.${i}.organisations`, 'organisations', step.organisations);
      checkAll(file, `steps.${i}.opportunities`, 'opportunities', step.opportunities);
    });
  }
  for (const { file, data } of catalogue.recommendations) {
    checkAll(file, 'organisations', 'organisations', data.organisations);
    checkAll(file, 'pathways', 'pathways', data.pathways);
  }
  for (const { file, data } of catalogue.events) {
    check(file, 'place', 'places', data.place);
    check(file, 'organiser', 'organisations', data.organiser);
  }
  return issues;
}
