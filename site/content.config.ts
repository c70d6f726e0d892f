import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  eventSchema,
  opportunitySchema,
  organisationSchema,
  pageSchema,
  pathwaySchema,
  placeSchema,
  recommendationSchema,
  skillAreaSchema,
} from '@opportunities-hub/model';
import { join } from 'node:path';
import { CONTENT_DIR } from './lib/catalogue.ts';
import { hubLoader } from './lib/hub-loader.ts';

/**
 * Every collection but pages comes from the hub's catalogue (validated once, references checked).
 * Pages are MDX, so Astro's glob loader compiles them; their frontmatter uses the same schema.
 */
export const collections = {
  places: defineCollection({ loader: hubLoader('places'), schema: placeSchema }),
  organisations: defineCollection({ loader: hubLoader('organisations'), schema: organisationSchema }),
  skills: defineCollection({ loader: hubLoader('skills'), schema: skillAreaSchema }),
  opportunities: defineCollection({ loader: hubLoader('opportunities'), schema: opportunitySchema }),
  pathways: defineCollection({ loader: hubLoader('pathways'), schema: pathwaySchema }),
  recommendations: defineCollection({ loader: hubLoader('recommendations'), schema: recommendationSchema }),
  events: defineCollection({ loader: hubLoader('events'), schema: eventSchema }),
  pages: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: join(CONTENT_DIR, 'pages') }), schema: pageSchema }),
};
