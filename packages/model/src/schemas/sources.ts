import { z } from 'zod';
import { slug, text } from './common.ts';
import { AUDIENCES } from '../vocabulary.ts';

/**
 * What the hub imports from Find an apprenticeship: content/sources/find-an-apprenticeship.yaml.
 * The importer asks for the region's vacancies once per standard list and once per route, then
 * files each vacancy under the skill area its standard (first) or route names.
 */
export const vacancySelectionSchema = z
  .strictObject({
    /** The centre of the region searched. */
    centre: z.strictObject({
      /** What the centre is, for people reading the file, e.g. "Cambridge city centre". */
      name: text,
      /** Latitude in decimal degrees. */
      lat: z.number().min(-90).max(90),
      /** Longitude in decimal degrees. */
      lng: z.number().min(-180).max(180),
    }),
    /** How far from the centre a vacancy may be, in miles. */
    radiusMiles: z.number().positive().max(500),
    /** Whether vacancies that recruit across England (no single workplace) are included. */
    includeNational: z.boolean().default(false),
    /**
     * Standards that count as the region's sector, by LARS code (see GET /referencedata/courses on
     * the API), each filed under one of the hub's skill areas.
     */
    standards: z
      .array(
        z.strictObject({
          /** The standard's LARS code. */
          larsCode: z.number().int().positive(),
          /** Its name, for people reading the file. */
          name: text,
          /** The skill area (slug in content/skills/) its vacancies are filed under. */
          skill: slug,
        }),
      )
      .default([]),
    /** Routes (GET /referencedata/courses/routes) whose every standard counts, each filed under a skill area. */
    routes: z
      .array(
        z.strictObject({
          /** The route's name exactly as the API spells it, e.g. "Health and science". */
          name: text,
          /** The skill area (slug in content/skills/) its vacancies are filed under. */
          skill: slug,
        }),
      )
      .default([]),
    /** Who imported vacancies are for. */
    audiences: z.array(z.enum(AUDIENCES)).min(1).default(['school-leavers', 'career-changers']),
  })
  .superRefine((s, ctx) => {
    if (s.standards.length === 0 && s.routes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['standards'], message: 'name at least one standard or route, or nothing would be imported' });
    }
  });

export type VacancySelection = z.output<typeof vacancySelectionSchema>;
