/**
 * The hub's vocabulary: every fixed list of values, with the words readers see for each. The
 * content schemas, the feeds and their readers, the site and the widgets all take their lists from
 * here, so a value or a label is written once. Adding a value is a minor format change.
 *
 * Nothing here imports anything: the widgets' script-tag bundle uses this module, and esbuild
 * drops the lists it does not use. Two parts live beside it in vocabulary/, each used by one
 * element only: facets.ts (the search) and pathway-steps.ts (the pathway). The script-tag build
 * puts modules both elements import in the file every page loads, whole, so keeping those lists
 * apart keeps each in its own element's part. The model's index exports all three.
 */

export const OPPORTUNITY_TYPES = [
  'apprenticeship',
  'degree-apprenticeship',
  'flexi-job-apprenticeship',
  't-level',
  'industry-placement',
  'work-placement',
  'internship',
  'course',
  'short-course',
  'bootcamp',
  'mentoring',
  'business-training',
] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];

export const OPPORTUNITY_TYPE_LABELS: Record<OpportunityType, string> = {
  apprenticeship: 'Apprenticeship',
  'degree-apprenticeship': 'Degree apprenticeship',
  'flexi-job-apprenticeship': 'Flexi-job apprenticeship',
  't-level': 'T Level',
  'industry-placement': 'T Level industry placement',
  'work-placement': 'Work placement',
  internship: 'Internship',
  course: 'Course',
  'short-course': 'Short course',
  bootcamp: 'Bootcamp',
  mentoring: 'Mentoring',
  'business-training': 'Business and commercial training',
};

/** Qualification levels of the English framework; `entry` sits below level 1. */
export const LEVELS = ['entry', '1', '2', '3', '4', '5', '6', '7', '8'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  entry: 'Entry level',
  '1': 'Level 1',
  '2': 'Level 2 (GCSE)',
  '3': 'Level 3 (A level, T Level)',
  '4': 'Level 4 (higher technical)',
  '5': 'Level 5 (foundation degree)',
  '6': 'Level 6 (bachelor’s degree)',
  '7': 'Level 7 (master’s degree)',
  '8': 'Level 8 (doctorate)',
};

/** Bands group levels for browsing: a learner rarely thinks in single levels. */
export const LEVEL_BANDS = ['starting-out', 'intermediate', 'advanced', 'higher', 'degree', 'postgraduate'] as const;
export type LevelBand = (typeof LEVEL_BANDS)[number];

export const LEVEL_BAND_OF: Record<Level, LevelBand> = {
  entry: 'starting-out',
  '1': 'starting-out',
  '2': 'intermediate',
  '3': 'advanced',
  '4': 'higher',
  '5': 'higher',
  '6': 'degree',
  '7': 'postgraduate',
  '8': 'postgraduate',
};

export const LEVEL_BAND_LABELS: Record<LevelBand, string> = {
  'starting-out': 'Starting out (entry and level 1)',
  intermediate: 'Intermediate (level 2)',
  advanced: 'Advanced (level 3)',
  higher: 'Higher (levels 4 and 5)',
  degree: 'Degree (level 6)',
  postgraduate: 'Postgraduate (levels 7 and 8)',
};

export const AUDIENCES = ['school-leavers', 'career-changers', 'graduates', 'employees', 'employers'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  'school-leavers': 'School leavers (16 to 18)',
  'career-changers': 'Adults changing career',
  graduates: 'Graduates',
  employees: 'People in work who want to progress',
  employers: 'Employers and their teams',
};

export const ATTENDANCE_PATTERNS = ['full-time', 'part-time', 'flexible'] as const;
export type Attendance = (typeof ATTENDANCE_PATTERNS)[number];

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  'full-time': 'Full time',
  'part-time': 'Part time',
  flexible: 'Flexible',
};

export const DELIVERY_MODES = ['on-site', 'online', 'hybrid'] as const;
export type Delivery = (typeof DELIVERY_MODES)[number];

export const DELIVERY_LABELS: Record<Delivery, string> = {
  'on-site': 'On site',
  online: 'Online',
  hybrid: 'Hybrid',
};

/** The three groups of skills gaps found by the Talent pillar's consultation. */
export const SKILL_GROUPS = ['specialist', 'commercial', 'entry-level'] as const;
export type SkillGroup = (typeof SKILL_GROUPS)[number];

export const SKILL_GROUP_LABELS: Record<SkillGroup, string> = {
  specialist: 'Specialist skills',
  commercial: 'Commercial, business and people management',
  'entry-level': 'Entry-level roles',
};

export const ORGANISATION_KINDS = [
  'university',
  'college',
  'school',
  'nhs-trust',
  'employer',
  'training-provider',
  'forum',
  'partnership',
  'public-body',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  university: 'University',
  college: 'College',
  school: 'School',
  'nhs-trust': 'NHS trust',
  employer: 'Employer',
  'training-provider': 'Training provider',
  forum: 'Regional forum',
  partnership: 'Partnership',
  'public-body': 'Public body',
};

export const RECOMMENDATION_STATUSES = ['exploring', 'in-progress', 'delivering'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, string> = {
  exploring: 'Exploring',
  'in-progress': 'In progress',
  delivering: 'Delivering',
};

/**
 * How an opportunity's pay is set. `fixed` has an amount; the two minimum wages follow the
 * national rates for the learner's age; `competitive` means the employer names no figure.
 */
export const PAY_TYPES = ['fixed', 'apprentice-minimum', 'national-minimum', 'competitive'] as const;
export type PayType = (typeof PAY_TYPES)[number];

export const PAY_TYPE_LABELS: Record<PayType, string> = {
  fixed: 'A set wage',
  'apprentice-minimum': 'The apprentice minimum wage (the National Minimum Wage rate for apprentices)',
  'national-minimum': 'The National Minimum Wage for your age',
  competitive: 'Competitive (the employer does not give a figure)',
};

/** The period a fixed amount of pay is for. */
export const PAY_UNITS = ['hour', 'week', 'month', 'year'] as const;
export type PayUnit = (typeof PAY_UNITS)[number];

/** Outside services the hub imports records from; a record's `source` names one. */
export const IMPORT_SOURCES = ['find-an-apprenticeship', 'skills-england'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export const IMPORT_SOURCE_LABELS: Record<ImportSource, string> = {
  'find-an-apprenticeship': 'Find an apprenticeship',
  'skills-england': 'Skills England',
};

/** Where an opportunity stands for a learner on a given day (worked out by logic/status.ts). */
export const STATUSES = ['upcoming', 'open', 'closing-soon', 'rolling', 'closed'] as const;
export type OpportunityStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<OpportunityStatus, string> = {
  upcoming: 'Opens soon',
  open: 'Open',
  'closing-soon': 'Closing soon',
  rolling: 'Rolling applications',
  closed: 'Closed',
};

/** Schemes of links to other websites (an organisation's site, a source). */
export const WEB_LINK_SCHEMES = ['https:', 'http:'] as const;

/**
 * Schemes an apply link may use. Anything else (javascript:, data:, file:) is refused when content
 * is read, when a feed is read and before a link goes into an href.
 */
export const APPLY_LINK_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

/**
 * The absolute address of `link` (resolved against `base` when given) if its scheme is one of
 * `schemes`; undefined when it is not a URL or has any other scheme.
 */
export function linkWithScheme(link: string, schemes: readonly string[], base?: string): string | undefined {
  try {
    const url = new URL(link, base);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
