import { endOfUkDay, type OpportunityRecord, type OpportunityType } from '@opportunities-hub/model';
import type {
  BreadcrumbList,
  Course,
  EducationalOccupationalProgram,
  JobPosting,
  MonetaryAmount,
  Offer,
  Organization,
  Place,
  PropertyValue,
  Thing,
  WithContext,
} from 'schema-dts';

/**
 * schema.org JSON-LD for the hub's pages, as plain objects (pure: no Astro, no I/O), so the
 * mapping is unit tested on its own. Which schema.org type an opportunity gets follows what
 * search engines understand: jobs are JobPostings, taught things are Courses, and qualifications
 * that combine study with work are EducationalOccupationalPrograms. The objects are typed with
 * schema-dts (types only, nothing shipped), so a misspelt property or a wrong value type is a
 * type error.
 */

/** One JSON-LD block: a schema.org thing with its @context. */
export type JsonLd = WithContext<Thing>;

/** What an opportunity page describes itself as. */
export type OpportunityJsonLd = WithContext<JobPosting> | WithContext<Course> | WithContext<EducationalOccupationalProgram>;

export type JsonLdKind = 'JobPosting' | 'Course' | 'EducationalOccupationalProgram';

export const JSON_LD_KIND: Record<OpportunityType, JsonLdKind> = {
  apprenticeship: 'JobPosting',
  'flexi-job-apprenticeship': 'JobPosting',
  'industry-placement': 'JobPosting',
  'work-placement': 'JobPosting',
  internship: 'JobPosting',
  course: 'Course',
  'short-course': 'Course',
  bootcamp: 'Course',
  'business-training': 'Course',
  mentoring: 'Course',
  't-level': 'EducationalOccupationalProgram',
  'degree-apprenticeship': 'EducationalOccupationalProgram',
};

/** The properties each kind must carry; the tests check pages against this list. */
export const REQUIRED_PROPERTIES: Record<JsonLdKind | 'BreadcrumbList' | 'Organization', string[]> = {
  JobPosting: ['title', 'description', 'datePosted', 'hiringOrganization', 'employmentType'],
  Course: ['name', 'description', 'provider', 'hasCourseInstance'],
  EducationalOccupationalProgram: ['name', 'description', 'provider', 'url'],
  BreadcrumbList: ['itemListElement'],
  Organization: ['name', 'url'],
};

/** Organisation websites by slug, for sameAs; missing ones are simply left out. */
export type Websites = ReadonlyMap<string, string>;

function absolute(origin: string, path: string): string {
  return new URL(path, origin).href;
}

function organisation(org: { slug: string; name: string }, origin: string, websites: Websites): Organization {
  const website = websites.get(org.slug);
  return {
    '@type': 'Organization',
    name: org.name,
    url: absolute(origin, `/partners/#${org.slug}`),
    ...(website ? { sameAs: website } : {}),
  };
}

function places(record: OpportunityRecord): Place[] {
  return record.places.map((p) => ({
    '@type': 'Place',
    name: p.name,
    address: {
      '@type': 'PostalAddress',
      addressLocality: p.area ?? p.name,
      ...(p.postcodeDistrict ? { postalCode: p.postcodeDistrict } : {}),
      addressCountry: 'GB',
    },
    geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lng },
  }));
}

const EMPLOYMENT_TYPE: Record<OpportunityRecord['attendance'], string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  flexible: 'PART_TIME',
};

/** The values Google reads for courseMode: Online, Onsite or Blended. */
const COURSE_MODE: Record<OpportunityRecord['delivery'], string> = { 'on-site': 'Onsite', online: 'Online', hybrid: 'Blended' };

/**
 * The Offer for a course or programme. Google reads `category` as one of Free, Partially Free,
 * Paid (or Subscription), so the editor's sentence about cost goes in `description`, and the
 * category and a price in pounds are worked out from it: "Free" or "No tuition fees" at the start
 * is free unless it goes on to a condition ("Free if you are 19 or over"); a price with a
 * discount, funding or a free route is partly free; any other price is paid.
 */
export function costOffer(cost: string, url: string): Offer {
  const text = cost.trim().toLowerCase();
  const price = /^£(\d[\d,]*(?:\.\d+)?)/.exec(cost.trim())?.[1]?.replace(/,/g, '');
  let category: 'Free' | 'Partially Free' | 'Paid';
  if (/^(free|no (tuition )?fees?)\b/.test(text)) category = /^free (if|for (?!you\b))/.test(text) ? 'Partially Free' : 'Free';
  else category = /\bfree\b|discount|fund|loan|employers? pays?/.test(text) ? 'Partially Free' : 'Paid';
  return {
    '@type': 'Offer',
    category,
    description: cost,
    ...(category === 'Free' ? { price: 0, priceCurrency: 'GBP' } : price ? { price: Number(price), priceCurrency: 'GBP' } : {}),
    url,
  };
}

const PAY_UNIT_TEXT = { hour: 'HOUR', week: 'WEEK', month: 'MONTH', year: 'YEAR' } as const;

/**
 * baseSalary for a set wage. The minimum wages depend on the learner's age and competitive pay
 * has no figure, so they get none (Google wants a number); the words are in the description.
 */
export function baseSalary(r: OpportunityRecord): MonetaryAmount | undefined {
  if (r.pay?.type !== 'fixed' || r.pay.amount === undefined) return undefined;
  return {
    '@type': 'MonetaryAmount',
    currency: 'GBP',
    value: { '@type': 'QuantitativeValue', value: r.pay.amount, unitText: PAY_UNIT_TEXT[r.pay.unit ?? 'year'] },
  };
}

/** The source's own reference for an imported record, e.g. a Find an apprenticeship vacancy reference. */
function identifier(r: OpportunityRecord): { identifier?: PropertyValue } {
  return r.source ? { identifier: { '@type': 'PropertyValue', name: r.source.label, value: r.source.reference } } : {};
}

const dated = (value: string | undefined) => (value && value !== 'rolling' ? value : undefined);

function jobPosting(r: OpportunityRecord, url: string, origin: string, websites: Websites): JobPosting {
  const remote = r.delivery === 'online';
  const closes = dated(r.closes);
  const employmentType = [EMPLOYMENT_TYPE[r.attendance]];
  if (r.type === 'internship' || r.type.endsWith('placement')) employmentType.push('INTERN');
  const salary = baseSalary(r);
  return {
    '@type': 'JobPosting',
    title: r.title,
    ...identifier(r),
    description: r.description || r.summary,
    datePosted: r.published,
    ...(closes ? { validThrough: endOfUkDay(closes) } : {}),
    hiringOrganization: organisation(r.employer ?? r.provider, origin, websites),
    ...(remote
      ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'United Kingdom' } }
      : r.nationwide && r.places.length === 0
        ? {
            // A national vacancy has no workplace: it is located in England as a whole, where applicants may live.
            jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressRegion: 'England', addressCountry: 'GB' } },
            applicantLocationRequirements: { '@type': 'Country', name: 'England' },
          }
        : { jobLocation: places(r) }),
    employmentType,
    ...(salary ? { baseSalary: salary } : {}),
    // Applying always happens elsewhere (the employer, the provider or Find an apprenticeship), never on the hub's page.
    directApply: false,
    ...(dated(r.starts) ? { jobStartDate: r.starts } : {}),
    url,
  };
}

function course(r: OpportunityRecord, url: string, origin: string, websites: Websites): Course {
  const location = places(r);
  return {
    '@type': 'Course',
    name: r.title,
    ...identifier(r),
    description: r.summary,
    provider: organisation(r.provider, origin, websites),
    educationalLevel: r.level === 'entry' ? 'Entry level' : `Level ${r.level}`,
    hasCourseInstance: [
      {
        '@type': 'CourseInstance',
        courseMode: COURSE_MODE[r.delivery],
        courseSchedule: {
          '@type': 'Schedule',
          description: r.duration,
          repeatFrequency: r.attendance === 'full-time' ? 'Daily' : 'Weekly',
        },
        ...(dated(r.starts) ? { startDate: r.starts } : {}),
        ...(location.length > 0 ? { location } : {}),
      },
    ],
    offers: costOffer(r.cost, url),
    url,
  };
}

function program(r: OpportunityRecord, url: string, origin: string, websites: Websites): EducationalOccupationalProgram {
  return {
    '@type': 'EducationalOccupationalProgram',
    name: r.title,
    ...identifier(r),
    description: r.summary,
    provider: organisation(r.provider, origin, websites),
    educationalProgramMode: COURSE_MODE[r.delivery],
    educationalCredentialAwarded: r.type === 't-level' ? 'T Level' : `Degree (level ${r.level})`,
    ...(dated(r.closes) ? { applicationDeadline: r.closes } : {}),
    ...(dated(r.starts) ? { startDate: r.starts } : {}),
    programPrerequisites: r.entryRequirements ?? 'None',
    offers: costOffer(r.cost, url),
    url,
  };
}

/** The JSON-LD for one opportunity page. `origin` is the site's public origin, e.g. https://hub.example. */
export function opportunityJsonLd(record: OpportunityRecord, origin: string, websites: Websites = new Map()): OpportunityJsonLd {
  const url = absolute(origin, record.url);
  const kind = JSON_LD_KIND[record.type];
  if (!kind) throw new Error(`opportunityJsonLd: no schema.org type for opportunity type "${record.type}"`);
  const body =
    kind === 'JobPosting'
      ? jobPosting(record, url, origin, websites)
      : kind === 'Course'
        ? course(record, url, origin, websites)
        : program(record, url, origin, websites);
  return { '@context': 'https://schema.org', ...body };
}

/** A BreadcrumbList from the trail shown on the page (home first). */
export function breadcrumbJsonLd(trail: readonly { name: string; path: string }[], origin: string): WithContext<BreadcrumbList> {
  if (trail.length === 0) throw new Error('breadcrumbJsonLd: the trail is empty');
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absolute(origin, crumb.path),
    })),
  };
}

/** The hub itself, for the home page. */
export function hubOrganizationJsonLd(name: string, description: string, origin: string): WithContext<Organization> {
  return { '@context': 'https://schema.org', '@type': 'Organization', name, description, url: absolute(origin, '/') };
}

/**
 * The JSON for a `<script type="application/ld+json">`: `<` is escaped so a string in the data
 * can never close the script element early.
 */
export function jsonLdScript(data: JsonLd | JsonLd[] | Record<string, unknown>): string {
  return jsonInScript(data);
}

/** Any data as JSON to put inside a `<script>` element (of a JSON type), escaped as for JSON-LD. */
export function jsonInScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
