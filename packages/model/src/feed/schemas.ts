import { z } from 'zod';
import type { FeedPlace, OpportunityRecord, PathwayRecord, PathwayStepRecord, StandardRecord, StepOpportunity } from './records.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import {
  ATTENDANCE_PATTERNS,
  AUDIENCES,
  IMPORT_SOURCES,
  DELIVERY_MODES,
  LEVEL_BANDS,
  LEVELS,
  OPPORTUNITY_TYPES,
  ORGANISATION_KINDS,
  PAY_TYPES,
  PAY_UNITS,
  SKILL_GROUPS,
  APPLY_LINK_SCHEMES,
  STATUSES,
} from '../vocabulary.ts';
import { PATHWAY_STEP_KINDS } from '../vocabulary/pathway-steps.ts';

/**
 * The shapes of the public JSON feeds under /api/v1/. These are the contract partners build
 * on: plain values, no transforms, so JSON Schemas are generated from them as they are.
 * A reader accepts any 1.x; a new major version is a breaking change.
 */
export { FEED_VERSION, FEED_MAJOR } from './version.ts';

const slug = z.string().regex(SLUG_PATTERN).describe('A slug: lower-case letters, digits and hyphens.');
/** zod's ISO date knows month lengths and leap years, as the feed readers' plain-date check does. */
const date = z.iso.date().describe('A calendar date, YYYY-MM-DD.');
const sitePath = z.string().regex(/^\//).describe("A path on the hub's site; resolve it against the feed's URL.");

/** Fields every feed starts with. */
const feedHeader = {
  /** Format version, MAJOR.MINOR. Readers accept any minor version of the major they know. */
  version: z
    .string()
    .regex(/^\d+\.\d+$/)
    .describe('Format version, MAJOR.MINOR.'),
  /** When the feed was built. */
  generated: z.iso.datetime().describe('When the feed was built (ISO 8601).'),
  /** The day, in the UK, against which each record's status was worked out. */
  today: date.describe('The day (UK) against which statuses were worked out at build time.'),
};

/** A named record referred to from another: enough to show and link it. */
export const namedRefSchema = z.object({
  slug,
  name: z.string(),
});

export const feedPlaceSchema = z.object({
  slug,
  name: z.string(),
  area: z.string().optional(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  postcodeDistrict: z.string().optional(),
});

/** An apprenticeship standard as feeds carry it (1.1). */
export const standardRecordSchema = z
  .object({
    reference: z.string().describe('e.g. ST0216.'),
    larsCode: z.number().int(),
    title: z.string(),
    level: z.number().int().min(1).max(8),
    typicalDuration: z.number().int().describe('Typical length in months.'),
    maxFunding: z.number().int().describe('The most government funding pays for its training, in pounds.'),
    typicalJobTitles: z.array(z.string()),
    url: z.string().describe('Its page on Skills England.'),
    integratedDegree: z.boolean(),
    illustrative: z.boolean().describe('True when the figures are samples, not the real ones.'),
  })
  .describe('An apprenticeship standard (1.1).');

export const opportunityStatusSchema = z
  .enum(STATUSES)
  .describe('Status on the feed\'s "today"; readers may work it out again from opens and closes.');

/** One opportunity as published. */
/** Structured pay, as the full and the search feed carry it. */
const payFactsSchema = z.object({
  type: z.enum(PAY_TYPES),
  amount: z.number().positive().optional().describe('For a fixed wage: pounds per unit.'),
  unit: z.enum(PAY_UNITS).optional(),
  note: z.string().optional(),
});

export const opportunityRecordSchema = z.object({
  slug,
  url: sitePath.describe('Its page on the hub.'),
  title: z.string().min(1),
  summary: z.string().min(1),
  description: z.string().describe('The full description as plain text.'),
  type: z.enum(OPPORTUNITY_TYPES),
  level: z.enum(LEVELS),
  levelBand: z.enum(LEVEL_BANDS),
  skills: z.array(namedRefSchema.extend({ group: z.enum(SKILL_GROUPS) })).min(1),
  audiences: z.array(z.enum(AUDIENCES)).min(1),
  provider: namedRefSchema,
  employer: namedRefSchema.optional(),
  places: z.array(feedPlaceSchema),
  delivery: z.enum(DELIVERY_MODES),
  attendance: z.enum(ATTENDANCE_PATTERNS),
  starts: z.union([z.literal('rolling'), date]),
  opens: date.optional(),
  closes: z.union([z.literal('rolling'), date]),
  duration: z.string(),
  cost: z.string(),
  wage: z.string().optional(),
  pay: payFactsSchema.optional().describe('Structured pay (1.1); absent when pay is not stated.'),
  hours: z.string().optional().describe('Working hours in words (1.1).'),
  nationwide: z.boolean().optional().describe('True when it recruits across England with no single workplace (1.1).'),
  disabilityConfident: z.boolean().optional().describe('True when the employer is in the Disability Confident scheme (1.1).'),
  source: z
    .object({
      name: z.enum(IMPORT_SOURCES),
      label: z.string(),
      reference: z.string(),
      url: z.string().optional(),
      withdrawn: date.optional(),
    })
    .optional()
    .describe('Where an imported record came from (1.1); absent for records written by the hub.'),
  standard: standardRecordSchema.optional(),
  entryRequirements: z.string().optional(),
  apply: z.object({
    url: z
      .string()
      .regex(new RegExp(`^(${APPLY_LINK_SCHEMES.join('|')})`, 'i'))
      .describe(`${APPLY_LINK_SCHEMES.join(', ')} only.`),
    instructions: z.string().optional(),
  }),
  published: date,
  lastReviewed: date,
  illustrative: z.boolean().describe('True for an example of the kind of offer, not a real one.'),
  status: opportunityStatusSchema,
});

export const opportunitiesFeedSchema = z
  .object({
    ...feedHeader,
    links: z.object({ html: sitePath, taxonomy: sitePath, pathways: sitePath, schema: sitePath }),
    opportunities: z.array(opportunityRecordSchema).describe('Every opportunity, closed ones included and marked.'),
  })
  .describe('Opportunities Hub: opportunities feed');

/** A reference into one of the search feed's vocabularies: a position in that list, from 0. */
const ref = (list: string) => z.number().int().min(0).describe(`A position in this feed's "${list}" list, from 0.`);

/**
 * One opportunity in the compact search feed: what a search result and the search need, with
 * skills, provider, employer and places as positions in the feed's vocabularies. The summary's
 * first sentence and no description: both are on the opportunity's page (`links.opportunity`)
 * and in the full feed.
 */
export const searchRecordSchema = z.object({
  slug,
  title: z.string().min(1),
  summary: z.string().min(1).describe("The summary's first sentence (the whole summary is in the full feed)."),
  type: z.enum(OPPORTUNITY_TYPES),
  level: z.enum(LEVELS),
  skills: z.array(ref('skills')).min(1),
  audiences: z.array(z.enum(AUDIENCES)).min(1),
  provider: ref('organisations'),
  employer: ref('organisations').optional(),
  places: z.array(ref('places')),
  delivery: z.enum(DELIVERY_MODES),
  attendance: z.enum(ATTENDANCE_PATTERNS),
  starts: z.union([z.literal('rolling'), date]),
  opens: date.optional(),
  closes: z.union([z.literal('rolling'), date]),
  published: date,
  apply: z.object({
    url: z
      .string()
      .regex(/^(https?:|mailto:)/i)
      .describe('https:, http: or mailto: only.'),
  }),
  illustrative: z.boolean().describe('True for an example of the kind of offer, not a real one.'),
  pay: payFactsSchema.optional().describe('Structured pay (1.1), as in the full feed; absent when pay is not stated.'),
});

/**
 * The compact search feed the widgets read (/api/v1/search.json), and each slice of it
 * (/api/v1/search/<facet>/<value>.json: the same format holding only the opportunities of one
 * provider, type or skill area, or within 50 miles of one place, online ones included).
 */
export const searchFeedSchema = z
  .object({
    ...feedHeader,
    links: z.object({
      html: sitePath,
      opportunity: z
        .string()
        .regex(/^\/.*\{slug\}/)
        .describe("An opportunity's page: replace {slug} with its slug."),
      full: sitePath.describe('The full opportunities feed, descriptions included.'),
      taxonomy: sitePath,
      schema: sitePath,
    }),
    organisations: z.array(namedRefSchema).describe('Providers and employers the opportunities name.'),
    skills: z.array(namedRefSchema.extend({ group: z.enum(SKILL_GROUPS) })).describe('Skill areas the opportunities name.'),
    places: z.array(feedPlaceSchema).describe('The whole gazetteer: places a search can measure distance from.'),
    opportunities: z.array(searchRecordSchema).describe('Every opportunity (of the slice), closed ones included.'),
  })
  .describe('Opportunities Hub: compact search feed');

/** A pathway step's opportunity, with just what a reader needs to choose and follow it. */
export const stepOpportunitySchema = z.object({
  slug,
  url: sitePath,
  title: z.string(),
  type: z.enum(OPPORTUNITY_TYPES),
  closes: z.union([z.literal('rolling'), date]),
  opens: date.optional(),
  status: opportunityStatusSchema,
});

export const pathwayStepRecordSchema = z.object({
  id: slug,
  title: z.string(),
  kind: z.enum(PATHWAY_STEP_KINDS),
  level: z.enum(LEVELS).optional(),
  timing: z.string(),
  duration: z.string(),
  provider: namedRefSchema.optional(),
  organisations: z.array(namedRefSchema),
  entryRequirements: z.string().optional(),
  description: z.string(),
  when: z.string().optional(),
  next: z.array(slug).describe('Ids of the steps that can follow; two or more is a branch, none ends the route.'),
  opportunities: z.array(stepOpportunitySchema),
  standard: standardRecordSchema.optional(),
});

export const pathwayRecordSchema = z.object({
  slug,
  url: sitePath,
  title: z.string(),
  summary: z.string(),
  skills: z.array(namedRefSchema),
  audiences: z.array(z.enum(AUDIENCES)),
  featured: z.boolean(),
  lastReviewed: date,
  steps: z.array(pathwayStepRecordSchema).min(2),
});

export const pathwaysFeedSchema = z
  .object({
    ...feedHeader,
    links: z.object({ html: sitePath, opportunities: sitePath, schema: sitePath }),
    pathways: z.array(pathwayRecordSchema),
  })
  .describe('Opportunities Hub: pathways feed');

const term = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.object({ value: z.enum(values), label: z.string() }));

export const taxonomyFeedSchema = z
  .object({
    ...feedHeader,
    links: z.object({ schema: sitePath }),
    types: term(OPPORTUNITY_TYPES),
    levels: z.array(z.object({ value: z.enum(LEVELS), label: z.string(), band: z.enum(LEVEL_BANDS) })),
    levelBands: term(LEVEL_BANDS),
    audiences: term(AUDIENCES),
    attendance: term(ATTENDANCE_PATTERNS),
    delivery: term(DELIVERY_MODES),
    skillGroups: term(SKILL_GROUPS),
    skills: z.array(z.object({ slug, name: z.string(), group: z.enum(SKILL_GROUPS), summary: z.string() })),
    places: z.array(feedPlaceSchema).describe('The gazetteer: places a search can measure distance from.'),
    organisations: z.array(z.object({ slug, name: z.string(), kind: z.enum(ORGANISATION_KINDS), url: sitePath })),
  })
  .describe('Opportunities Hub: taxonomy feed');

export type {
  FeedPlace,
  NamedRef,
  OpportunityRecord,
  PathwayRecord,
  PathwayStepRecord,
  StandardRecord,
  StepOpportunity,
} from './records.ts';
export type OpportunitiesFeed = z.infer<typeof opportunitiesFeedSchema>;
export type PathwaysFeed = z.infer<typeof pathwaysFeedSchema>;
export type TaxonomyFeed = z.infer<typeof taxonomyFeedSchema>;
export type SearchFeed = z.infer<typeof searchFeedSchema>;

/** True only when A and B are identical, optional fields included (mutual assignability misses those). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/**
 * The plain types in records.ts must be exactly what the schemas describe: this line stops the
 * type check if either changes without the other.
 */
export const RECORD_TYPES_MATCH_SCHEMAS: [
  Same<z.infer<typeof opportunityRecordSchema>, OpportunityRecord>,
  Same<z.infer<typeof pathwayRecordSchema>, PathwayRecord>,
  Same<z.infer<typeof pathwayStepRecordSchema>, PathwayStepRecord>,
  Same<z.infer<typeof stepOpportunitySchema>, StepOpportunity>,
  Same<z.infer<typeof feedPlaceSchema>, FeedPlace>,
  Same<z.infer<typeof standardRecordSchema>, StandardRecord>,
] = [true, true, true, true, true, true];

/** The JSON Schema documents published under /api/v1/schema/, generated from the zod schemas. */
export function feedJsonSchemas(): Record<'opportunities' | 'pathways' | 'taxonomy' | 'search', Record<string, unknown>> {
  const gen = (schema: z.ZodType, name: string) => ({
    ...(z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>),
    $id: `/api/v1/schema/${name}.json`,
  });
  return {
    opportunities: gen(opportunitiesFeedSchema, 'opportunities'),
    pathways: gen(pathwaysFeedSchema, 'pathways'),
    taxonomy: gen(taxonomyFeedSchema, 'taxonomy'),
    search: gen(searchFeedSchema, 'search'),
  };
}
