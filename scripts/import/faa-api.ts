/**
 * A client for Find an apprenticeship's Display Advert API v2: the shapes of its answers (only
 * the fields the hub maps, checked with zod) and a fetch that pages, times out and explains every
 * failure in words. The key goes in a header and never into a message.
 */
import { z } from 'zod';

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

/** An import that must stop: the message says why, in words, and never holds the key. */
export class ImportError extends Error {
  override name = 'ImportError';
}

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

const lastRequest = new WeakMap<FaaClientOptions, number>();

/** Waits until `minIntervalMs` has passed since the previous request made with these options. */
async function pace(options: FaaClientOptions): Promise<void> {
  const wait = (lastRequest.get(options) ?? 0) + (options.minIntervalMs ?? 0) - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastRequest.set(options, Date.now());
}

/** Which part of the API an address is, for messages: the path and query, never the host's credentials. */
function describe(url: URL): string {
  return `GET ${url.pathname}${url.search}`;
}

/** Fetches and checks one answer; every way it can go wrong becomes an ImportError. */
async function getJson<T>(url: URL, schema: z.ZodType<T>, options: FaaClientOptions): Promise<T> {
  const what = describe(url);
  await pace(options);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json', 'X-Version': '2', [KEY_HEADER]: options.key },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new ImportError(`Find an apprenticeship did not answer ${what} within ${options.timeoutMs / 1000} s`);
    }
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new ImportError(`Find an apprenticeship could not be reached at ${url.origin} (${cause})`);
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw new ImportError(`Find an apprenticeship refused the key (HTTP ${response.status}) for ${what}: check FAA_API_KEY`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    const slowDown = response.status === 429 ? ' (too many requests: raise FAA_MIN_INTERVAL_MS)' : '';
    throw new ImportError(`Find an apprenticeship answered HTTP ${response.status} to ${what}${slowDown}`);
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    const timedOut = ['TimeoutError', 'AbortError'].includes((error as Error).name);
    throw new ImportError(
      timedOut
        ? `Find an apprenticeship did not finish answering ${what} within ${options.timeoutMs / 1000} s`
        : `Find an apprenticeship's answer to ${what} broke off before the end`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ImportError(`Find an apprenticeship's answer to ${what} is not complete JSON (${body.length} characters received)`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || '(the whole answer)';
    throw new ImportError(`Find an apprenticeship's answer to ${what} is not what the API v2 promises: ${field}: ${issue.message}`);
  }
  return parsed.data;
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
    const answer = await getJson(url, vacancyListSchema, options);
    references.push(...answer.vacancies.map((v) => v.vacancyReference));
    if (page >= answer.totalPages || answer.vacancies.length === 0) return references;
  }
}

/** One vacancy in full. */
export function getVacancy(reference: string, options: FaaClientOptions): Promise<FaaVacancy> {
  return getJson(endpoint(options.base, `vacancy/${encodeURIComponent(reference)}`), vacancySchema, options);
}

/** Every standard the API knows, for people choosing LARS codes for the selection. */
export async function listCourses(options: FaaClientOptions): Promise<z.output<typeof coursesSchema>['courses']> {
  return (await getJson(endpoint(options.base, 'referencedata/courses'), coursesSchema, options)).courses;
}
