import { z } from 'zod';
import { applyUrl, isoDate, isoDateTime, slug, slugList, text, webUrl } from './common.ts';
import {
  ATTENDANCE_PATTERNS,
  AUDIENCES,
  DELIVERY_MODES,
  IMPORT_SOURCES,
  LEVELS,
  OPPORTUNITY_TYPES,
  ORGANISATION_KINDS,
  PAY_TYPES,
  PAY_UNITS,
  RECOMMENDATION_STATUSES,
  SKILL_GROUPS,
} from '../vocabulary.ts';
import { PATHWAY_STEP_KINDS } from '../vocabulary/pathway-steps.ts';

/**
 * Schemas for the files editors write in content/. A record's slug is its file name, so no
 * schema has a slug field. Cross-record references are slugs, checked by `checkReferences`.
 */

/** A level: `entry`, or a number 1 to 8 (written bare or quoted). */
export const level = z
  .union([z.literal('entry'), z.number().int(), z.string().regex(/^[1-8]$/)])
  .transform(String)
  .pipe(z.enum(LEVELS, { error: (i) => `"${String(i.input)}" is not a level: use entry or 1 to 8` }));

/**
 * Where an imported record came from. The importer finds its records again by `reference`, and
 * only ever rewrites files that carry this block in its own folder (content/<collection>/imported/).
 */
export const provenanceSchema = z.strictObject({
  /** The service it was imported from. */
  name: z.enum(IMPORT_SOURCES),
  /** The source's own reference for it, e.g. a vacancy reference or a provider's UKPRN. */
  reference: text,
  /** Its page on the source. */
  url: webUrl.optional(),
  /** The day it was first imported. */
  firstImported: isoDate,
  /** The day an import last changed it; a run that finds nothing new leaves it alone. */
  lastChanged: isoDate,
  /**
   * The day an import found it gone from the source. Its closing date is then no later than the
   * day before, so it shows as closed everywhere, and its page says it was withdrawn.
   */
  withdrawn: isoDate.optional(),
});

/**
 * An apprenticeship standard, named by its LARS code (a number, e.g. 4) or its reference
 * (e.g. ST0216). Stored standards are in content/standards/.
 */
export const standardRef = z.union([
  z.number().int().positive(),
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(ST|FA)\d{4}$/, { error: 'must be a LARS code (a number) or a standard reference such as ST0216' }),
]);

/**
 * An apprenticeship standard as the hub stores it (content/standards/<reference>.yaml, written by
 * `npm run import:standards`): what pathway steps and opportunities show about it.
 */
export const standardSchema = z.strictObject({
  /** The standard's reference, e.g. ST0216 (FA… for a foundation apprenticeship). */
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(ST|FA)\d{4}$/, { error: 'must be a standard reference such as ST0216' }),
  /** Its LARS code, the number vacancies are filed under. */
  larsCode: z.number().int().positive(),
  /** Its title, e.g. "Healthcare support worker". */
  title: text,
  /** The version stored, e.g. "1.1". */
  version: text.optional(),
  /** Its level, 1 to 8. */
  level: z.number().int().min(1).max(8),
  /** Its route, e.g. "Health and science". */
  route: text.optional(),
  /** How long it typically takes, in months. */
  typicalDuration: z.number().int().positive(),
  /** The most government funding will pay for its training, in pounds. */
  maxFunding: z.number().int().nonnegative(),
  /** Jobs it typically leads to. */
  typicalJobTitles: z.array(text).default([]),
  /** Its page on Skills England. */
  url: webUrl,
  /** True when the apprentice also earns a degree. */
  integratedDegree: z.boolean().default(false),
  /** Occupations it leads on to (foundation apprenticeships name them), for progression. */
  relatedOccupations: z.array(z.strictObject({ name: text, reference: text.optional() })).default([]),
  /** True when these are sample figures, not the standard's real ones; the site says so. */
  illustrative: z.boolean().default(false),
  /** Where it was imported from. */
  source: provenanceSchema.optional(),
});

/** Structured pay: what kind of wage, and for a set wage, how much and per what. */
export const paySchema = z
  .strictObject({
    /** fixed, apprentice-minimum, national-minimum or competitive. */
    type: z.enum(PAY_TYPES),
    /** For a fixed wage: the amount in pounds for one `unit`. */
    amount: z.number().positive({ error: 'must be more than 0' }).optional(),
    /** For a fixed wage: the period the amount is for (week, month, year). */
    unit: z.enum(PAY_UNITS).optional(),
    /** Anything more the employer says about pay, e.g. "Reviewed after 12 months". */
    note: text.optional(),
  })
  .superRefine((pay, ctx) => {
    if (pay.type === 'fixed') {
      if (pay.amount === undefined) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'is required for a fixed wage' });
      if (pay.unit === undefined)
        ctx.addIssue({ code: 'custom', path: ['unit'], message: 'is required for a fixed wage (week, month or year)' });
    } else if (pay.amount !== undefined || pay.unit !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `only a fixed wage has an amount, not ${pay.type}` });
    }
  });

/** A workplace address from an import, with its coordinates. Editors name gazetteer places instead. */
export const addressSchema = z.strictObject({
  /** The address lines, first to last, without the postcode. */
  lines: z.array(text).min(1, { error: 'needs at least 1' }),
  /** The full postcode, e.g. CB2 0QQ. */
  postcode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, { error: 'must be a postcode such as CB2 0QQ' })
    .optional(),
  /** Latitude in decimal degrees. */
  lat: z.number().min(-90).max(90),
  /** Longitude in decimal degrees. */
  lng: z.number().min(-180).max(180),
});

/** A place in the region's gazetteer. */
export const placeSchema = z.strictObject({
  /** The name people use, e.g. "Cambridge Biomedical Campus". */
  name: text,
  /** The town or district it belongs to, for display. */
  area: text.optional(),
  /** Latitude in decimal degrees, -90 to 90. */
  lat: z.number().min(-90, { error: 'latitude must be between -90 and 90' }).max(90, { error: 'latitude must be between -90 and 90' }),
  /** Longitude in decimal degrees, -180 to 180. */
  lng: z
    .number()
    .min(-180, { error: 'longitude must be between -180 and 180' })
    .max(180, { error: 'longitude must be between -180 and 180' }),
  /** The outward part of a postcode, e.g. CB2; never a full postcode. */
  postcodeDistrict: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2}\d[A-Z\d]?$/, { error: 'must be a postcode district such as CB2 or PE1' })
    .optional(),
});

/** An organisation: university, college, trust, employer, forum. */
export const organisationSchema = z.strictObject({
  /** Full name, e.g. "Anglia Ruskin University". */
  name: text,
  /** A short form used where space is tight, e.g. "ARU". */
  shortName: text.optional(),
  /** What kind of organisation it is. */
  kind: z.enum(ORGANISATION_KINDS),
  /** For employers: whether it is a small or medium-sized enterprise (under 250 staff). */
  sme: z.boolean().optional(),
  /** One or two sentences on who they are and their part in the partnership. */
  summary: text,
  /** Their own website. */
  website: webUrl.optional(),
  /** Places (slugs) where they are based. */
  places: slugList().default([]),
  /** True for an invented organisation used to illustrate the hub; the site labels it. */
  illustrative: z.boolean().default(false),
  /** For training providers: the UK provider reference number, which imports match on. */
  ukprn: z.number().int().min(10000000).max(99999999).optional(),
  /** Where it was imported from, for an organisation an import created. */
  source: provenanceSchema.optional(),
});

/** A skill area, one of the gaps the hub exists to close. */
export const skillAreaSchema = z.strictObject({
  /** Name, e.g. "Laboratory technical skills". */
  name: text,
  /** Which of the three gap groups it belongs to. */
  group: z.enum(SKILL_GROUPS),
  /** What the gap is and why it matters, in a sentence or two. */
  summary: text,
  /** Roles this area leads to, e.g. "laboratory technician". */
  roles: z.array(text).default([]),
  /** Display order within its group; lower first. */
  order: z.number().int().default(100),
});

/** How to apply for an opportunity. */
export const applySchema = z.strictObject({
  /** Where to apply: https:, http: or mailto: only. */
  url: applyUrl,
  /** Anything a learner should know before applying, in plain words. */
  instructions: text.optional(),
});

/**
 * An opportunity: the frontmatter of content/opportunities/<slug>.md. The Markdown body is the
 * full description.
 */
export const opportunitySchema = z
  .strictObject({
    /** The title learners see, e.g. "Laboratory Scientist degree apprenticeship". */
    title: text,
    /** One or two plain sentences for listings and feeds. */
    summary: text.max(320, { error: 'must be 320 characters or fewer' }),
    /** What kind of opportunity this is. */
    type: z.enum(OPPORTUNITY_TYPES),
    /** Qualification level: entry or 1 to 8. */
    level,
    /** Skill areas (slugs) it builds; at least one. */
    skills: slugList(1),
    /** Who it is for; at least one. */
    audiences: z
      .array(z.enum(AUDIENCES))
      .min(1, { error: 'needs at least 1' })
      .refine((l) => new Set(l).size === l.length, { error: 'lists the same audience twice' }),
    /** The organisation (slug) that delivers or runs it. */
    provider: slug,
    /** The employer (slug) who hosts or employs, where that is not the provider. */
    employer: slug.optional(),
    /** Places (slugs) where it happens; empty only when delivery is online. */
    places: slugList().default([]),
    /** On site, online, or hybrid. */
    delivery: z.enum(DELIVERY_MODES),
    /** Full time, part time or flexible. */
    attendance: z.enum(ATTENDANCE_PATTERNS),
    /** When it starts: a date, or "rolling" for rolling starts. */
    starts: z.union([z.literal('rolling'), isoDate]),
    /** When applications open, if not already open. */
    opens: isoDate.optional(),
    /** The closing date for applications, or "rolling" when there is none. */
    closes: z.union([z.literal('rolling'), isoDate]),
    /** How long it lasts, in words, e.g. "2 years" or "10 weeks, one evening a week". */
    duration: text,
    /** What it costs the learner, or how it is funded, e.g. "Free: funded by the employer". */
    cost: text,
    /** Pay, for roles that are paid, e.g. "£19,500 a year". Left out when `pay` says it. */
    wage: text.optional(),
    /** Pay in a structured form, for roles that are paid: shown, filtered and sorted on. */
    pay: paySchema.optional(),
    /** Working hours, e.g. "37.5 hours a week, Monday to Friday". */
    hours: text.optional(),
    /** The apprenticeship standard it trains for (LARS code or ST reference). */
    standard: standardRef.optional(),
    /** Workplace addresses with coordinates, for imported vacancies; editors use `places`. */
    addresses: z.array(addressSchema).default([]),
    /** True when it recruits across England with no single workplace (a national vacancy). */
    nationwide: z.boolean().default(false),
    /** True when the employer is in the Disability Confident scheme. */
    disabilityConfident: z.boolean().default(false),
    /** Qualifications or experience needed to start. */
    entryRequirements: text.optional(),
    /** How to apply. */
    apply: applySchema,
    /** The day it was first published on the hub; orders "newest" and the Atom feed. */
    published: isoDate,
    /** The day an editor last checked it with the provider. */
    lastReviewed: isoDate,
    /** True when this is an illustration of the kind of offer, not a real one; the site labels it. */
    illustrative: z.boolean().default(false),
    /** Where it was imported from; records without it were written by an editor. */
    source: provenanceSchema.optional(),
  })
  .superRefine((o, ctx) => {
    if (o.opens && o.closes !== 'rolling' && o.closes < o.opens) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: `closes (${o.closes}) is before opens (${o.opens})` });
    }
    if (o.places.length === 0 && o.addresses.length === 0 && !o.nationwide && o.delivery !== 'online') {
      ctx.addIssue({ code: 'custom', path: ['places'], message: `needs at least one place unless delivery is online or it is nationwide` });
    }
    if (o.employer && o.employer === o.provider) {
      ctx.addIssue({ code: 'custom', path: ['employer'], message: 'is the same as provider: leave it out' });
    }
  });

/** One step of a pathway. */
export const pathwayStepSchema = z.strictObject({
  /** Id unique within the pathway, used by `next`, e.g. "t-level". */
  id: slug,
  /** What the step is, e.g. "T Level in Science (laboratory sciences)". */
  title: text,
  /** Education, placement, apprenticeship, training or job. */
  kind: z.enum(PATHWAY_STEP_KINDS),
  /** Qualification level reached at this step. */
  level: level.optional(),
  /** When people usually take it, e.g. "Age 16 to 18". */
  timing: text,
  /** How long it takes, e.g. "2 years". */
  duration: text,
  /** Who delivers it (slug). */
  provider: slug.optional(),
  /** Other organisations (slugs) involved, such as host employers. */
  organisations: slugList().default([]),
  /** What you need to start this step. */
  entryRequirements: text.optional(),
  /** What happens at this step, in a few plain sentences. */
  description: text,
  /** When a reader would take this step rather than a sibling branch, e.g. "If you want to earn while you learn". */
  when: text.optional(),
  /** Opportunities (slugs) that are this step. */
  opportunities: slugList().default([]),
  /** The apprenticeship standard this step trains for (ST reference or LARS code); it must be in content/standards/. */
  standard: standardRef.optional(),
  /**
   * Ids of the steps that can follow. Left out, the route carries on to the next step in the list;
   * an empty list ends the route; two or more ids are a branch.
   */
  next: slugList().optional(),
});

/** A pathway: content/pathways/<slug>.yaml. */
export const pathwaySchema = z
  .strictObject({
    /** Title, e.g. "Into laboratory science through a T Level". */
    title: text,
    /** One or two sentences on where the route leads and who it suits. */
    summary: text,
    /** Skill areas (slugs) the route builds. */
    skills: slugList(1),
    /** Who the route suits. */
    audiences: z.array(z.enum(AUDIENCES)).min(1, { error: 'needs at least 1' }),
    /** Shown on the home page when true. */
    featured: z.boolean().default(false),
    /** The day an editor last checked it. */
    lastReviewed: isoDate,
    /** The steps in reading order; the first is where the route starts. */
    steps: z.array(pathwayStepSchema).min(2, { error: 'needs at least 2 steps' }),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.steps.forEach((step, i) => {
      if (ids.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `"${step.id}" is used by an earlier step` });
      ids.add(step.id);
    });
    p.steps.forEach((step, i) => {
      step.next?.forEach((target, j) => {
        if (!ids.has(target)) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'next', j], message: `"${target}" is not a step of this pathway` });
        } else if (target === step.id) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'next', j], message: 'a step cannot lead to itself' });
        }
      });
    });
  });

/** What a reader can do about a recommendation, by kind of reader. */
export const callsToActionSchema = z.strictObject({
  /** For learners and career changers. */
  learners: text.optional(),
  /** For employers, SMEs above all. */
  employers: text.optional(),
  /** For partner organisations. */
  partners: text.optional(),
});

/** A recommendation: content/recommendations/<slug>.md; the body says more. */
export const recommendationSchema = z.strictObject({
  /** Its number in the Talent pillar's list, 1 to 5. */
  number: z.number().int().min(1).max(9),
  /** The recommendation in a short line. */
  title: text,
  /** One or two sentences. */
  summary: text,
  /** How far implementation has got. */
  status: z.enum(RECOMMENDATION_STATUSES),
  /** What is being done, a line each. */
  actions: z.array(text).min(1, { error: 'needs at least 1' }),
  /** What a reader can do. */
  youCanHelp: callsToActionSchema,
  /** Organisations (slugs) leading or involved. */
  organisations: slugList().default([]),
  /** Pathways (slugs) that put it into practice. */
  pathways: slugList().default([]),
});

/** An event: content/events/<slug>.yaml. */
export const eventSchema = z
  .strictObject({
    /** Title. */
    title: text,
    /** One or two sentences. */
    summary: text,
    /** Start, with a time zone offset or Z. */
    start: isoDateTime,
    /** End, after the start. */
    end: isoDateTime,
    /** Where it happens (slug); left out for online events. */
    place: slug.optional(),
    /** True when people can join online. */
    online: z.boolean().default(false),
    /** The organising organisation (slug). */
    organiser: slug,
    /** Who it is for. */
    audiences: z.array(z.enum(AUDIENCES)).min(1, { error: 'needs at least 1' }),
    /** Booking or information link. */
    url: webUrl.optional(),
    /** True for an example event, labelled on the site. */
    illustrative: z.boolean().default(false),
  })
  .superRefine((e, ctx) => {
    if (e.end <= e.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `ends (${e.end}) before it starts (${e.start})` });
    if (!e.place && !e.online) ctx.addIssue({ code: 'custom', path: ['place'], message: 'needs a place unless online is true' });
  });

/** A prose page: content/pages/<slug>.mdx. */
export const pageSchema = z.strictObject({
  /** The page's h1 and title. */
  title: text,
  /** One sentence for search results and link previews. */
  description: text.max(200, { error: 'must be 200 characters or fewer' }),
  /** The day it was last checked. */
  lastReviewed: isoDate.optional(),
});

export type Place = z.output<typeof placeSchema>;
export type Organisation = z.output<typeof organisationSchema>;
export type SkillArea = z.output<typeof skillAreaSchema>;
export type Opportunity = z.output<typeof opportunitySchema>;
export type PathwayStep = z.output<typeof pathwayStepSchema>;
export type Pathway = z.output<typeof pathwaySchema>;
export type Recommendation = z.output<typeof recommendationSchema>;
export type HubEvent = z.output<typeof eventSchema>;
export type Page = z.output<typeof pageSchema>;
export type Provenance = z.output<typeof provenanceSchema>;
export type Pay = z.output<typeof paySchema>;
export type Address = z.output<typeof addressSchema>;
export type Standard = z.output<typeof standardSchema>;
