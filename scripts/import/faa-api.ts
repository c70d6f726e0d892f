/**
 * A client for Find an apprenticeship's Display Advert API v2: the shapes of its answers (only
 * the fields the hub maps, checked with zod) and a fetch that pages, times out and explains every
 * failure in words. The key goes in a header and never into a message.
 */
import { z } from 'zod';
import { getJson, ImportError, type ServiceOptions } from './http.ts';

export { ImportError };

/** The public base address; requests go to `<base>/vacancy`. */
export const FAA_DEFAULT_BASE = 'https://api.apprenticeships.education.gov.uk/vacancies';

/** The subscription key header of Azure API Management, which fronts the API. */
export const KEY_HEADER = 'Ocp-Apim-Subscription-Key';

/** Results per page: the most the API serves. */
export const PAGE_SIZE = 100;

/** A page count beyond this is a broken answer, not a region's vacancies. */
const MAX_PAGES = 500;

// The API leaves null fields out, but a null must not break the import either.
const optionalText = z.string().nullish();
const optionalNumber = z.number().nullish();

const addressSchema = z.object({
  addressLine1: optionalText,
  addressLine2: optionalText,
  addressLine3: optionalText,
  addressLine4: optionalText,
  postcode: optionalText,
  latitude: optionalNumber,
  longitude: optionalNumber,
});

/** GET /vacancy: one page of results. Only references are used: details come from GET /vacancy/{ref}. */
export const vacancyListSchema = z.object({
  vacancies: z.array(z.object({ vacancyReference: z.union([z.string().min(1), z.number()]).transform(String) })),
  total: z.number().int().nonnegative(),
  totalFiltered: optionalNumber,
  totalPages: z.number().int().nonnegative().max(MAX_PAGES),
});

/** GET /vacancy/{vacancyReference}: one vacancy in full. */
export const vacancySchema = z.object({
  vacancyReference: z.union([z.string().min(1), z.number()]).transform(String),
  title: z.string().min(1),
  description: optionalText,
  numberOfPositions: optionalNumber,
  postedDate: z.string().min(10),
  startDate: z.string().min(10),
  closingDate: z.string().min(10),
  wage: z.object({
    wageType: z.enum(['ApprenticeshipMinimum', 'NationalMinimum', 'Custom', 'CompetitiveSalary']),
    wageAmount: optionalNumber,
    wageUnit: z.enum(['Unspecified', 'Weekly', 'Monthly', 'Annually']).nullish(),
    wageAdditionalInformation: optionalText,
    workingWeekDescription: optionalText,
  }),
  hoursPerWeek: optionalNumber,
  expectedDuration: optionalText,
  addresses: z.array(addressSchema).nullish(),
  applicationUrl: optionalText,
  employerName: z.string().min(1),
  employerWebsiteUrl: optionalText,
  course: z.object({
    larsCode: z.number().int(),
    title: z.string().min(1),
    level: z.number().int().min(1).max(8),
    route: optionalText,
    type: optionalText,
  }),
  apprenticeshipLevel: optionalText,
  providerName: z.string().min(1),
  ukprn: optionalNumber,
  isDisabilityConfident: z.boolean().nullish(),
  vacancyUrl: z.string().min(1),
  isNationalVacancy: z.boolean().nullish(),
  isNationalVacancyDetails: optionalText,
  employerDescription: optionalText,
  trainingDescription: optionalText,
  additionalTrainingDescription: optionalText,
  outcomeDescription: optionalText,
  fullDescription: optionalText,
  skills: z.array(z.string()).nullish(),
  qualifications: z
    .array(
      z.object({
        weighting: z.enum(['Essential', 'Desired']).nullish(),
        qualificationType: z.string().min(1),
        subject: optionalText,
        grade: optionalText,
      }),
    )
    .nullish(),
  thingsToConsider: optionalText,
  companyBenefitsInformation: optionalText,
});

export type FaaVacancy = z.output<typeof vacancySchema>;

/** GET /referencedata/courses: every standard with its LARS code and route. */
export const coursesSchema = z.object({
  courses: z.array(z.object({ larsCode: z.number().int(), title: z.string(), route: optionalText, type: optionalText })),
});

export interface FaaClientOptions {
  /** The API's base address, path included, e.g. https://api.apprenticeships.education.gov.uk/vacancies. */
  base: string;
  /** The subscription key. */
  key: string;
  /** How long one request may take before the import gives up, in milliseconds. */
  timeoutMs: number;
  /**
   * The least time between two requests, in milliseconds: the service allows about 150 requests
   * in 5 minutes per key, so a real import paces itself (2000 by default in the command).
   */
  minIntervalMs?: number;
}

const services = new WeakMap<FaaClientOptions, ServiceOptions>();

/** The shared fetch's options for this client, made once so pacing spans every request. */
function service(options: FaaClientOptions): ServiceOptions {
  let found = services.get(options);
  if (!found) {
    found = {
      service: 'Find an apprenticeship',
      headers: { 'X-Version': '2', [KEY_HEADER]: options.key },
      timeoutMs: options.timeoutMs,
      ...(options.minIntervalMs ? { minIntervalMs: options.minIntervalMs } : {}),
      refusedHint: 'check FAA_API_KEY',
    };
    services.set(options, found);
  }
  return found;
}

/** `<base>/<path>`, keeping the base's own path as the public address has one. */
function endpoint(base: string, path: string, query: [string, string][] = []): URL {
  const url = new URL(`${base.replace(/\/+$/, '')}/${path}`);
  for (const [name, value] of query) url.searchParams.append(name, value);
  return url;
}

/** Every vacancy reference a search finds, page by page, in the order the API gives them. */
export async function searchReferences(query: [string, string][], options: FaaClientOptions): Promise<string[]> {
  const references: string[] = [];
  for (let page = 1; ; page++) {
    const url = endpoint(options.base, 'vacancy', [...query, ['PageNumber', String(page)], ['PageSize', String(PAGE_SIZE)]]);
    const answer = await getJson(url, vacancyListSchema, service(options));
    references.push(...answer.vacancies.map((v) => v.vacancyReference));
    if (page >= answer.totalPages || answer.vacancies.length === 0) return references;
  }
}

/** One vacancy in full. */
export function getVacancy(reference: string, options: FaaClientOptions): Promise<FaaVacancy> {
  return getJson(endpoint(options.base, `vacancy/${encodeURIComponent(reference)}`), vacancySchema, service(options));
}

/** Every standard the API knows, for people choosing LARS codes for the selection. */
export async function listCourses(options: FaaClientOptions): Promise<z.output<typeof coursesSchema>['courses']> {
  return (await getJson(endpoint(options.base, 'referencedata/courses'), coursesSchema, service(options))).courses;
}
