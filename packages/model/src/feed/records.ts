/**
 * The records of the public feeds as plain TypeScript types, for code that reads feeds (the
 * widgets and their npm users) without depending on zod. schemas.ts holds the zod schemas they
 * mirror, and fails to compile if the two ever differ.
 */
import type { Attendance, Audience, Delivery, Level, LevelBand, OpportunityType, SkillGroup } from '../vocabulary.ts';
import type { PathwayStepKind } from '../vocabulary/pathway-steps.ts';
import type { OpportunityStatus } from '../vocabulary.ts';
import type { PayFacts } from '../logic/pay.ts';
import type { ImportSource } from '../vocabulary.ts';

/** Where an imported opportunity came from (feed 1.1). */
export interface FeedSource {
  name: ImportSource;
  /** The source's name for people, e.g. "Find an apprenticeship". */
  label: string;
  /** The source's own reference, e.g. the vacancy reference. */
  reference: string;
  /** Its page on the source. */
  url?: string;
  /** YYYY-MM-DD: the day it was found gone from the source; it is then closed. */
  withdrawn?: string;
}

/** Another record named from this one: enough to show it. */
export interface NamedRef {
  slug: string;
  name: string;
}

/** An apprenticeship standard named by a pathway step or an opportunity (feed 1.1). */
export interface StandardRecord {
  /** e.g. ST0216. */
  reference: string;
  larsCode: number;
  title: string;
  level: number;
  /** Typical length in months. */
  typicalDuration: number;
  /** The most government funding pays for its training, in pounds. */
  maxFunding: number;
  typicalJobTitles: string[];
  /** Its page on Skills England. */
  url: string;
  /** True when the apprentice also earns a degree. */
  integratedDegree: boolean;
  /** True when the figures are samples, not the standard's real ones. */
  illustrative: boolean;
}

/** A place in the gazetteer. */
export interface FeedPlace {
  slug: string;
  name: string;
  /** The town or district it belongs to. */
  area?: string;
  lat: number;
  lng: number;
  /** The outward part of a postcode, e.g. CB2. */
  postcodeDistrict?: string;
}

/** One opportunity in /api/v1/opportunities.json. */
export interface OpportunityRecord {
  slug: string;
  /** Its page on the hub: a site path, to resolve against the feed's URL. */
  url: string;
  title: string;
  summary: string;
  /** The full description as plain text. */
  description: string;
  type: OpportunityType;
  level: Level;
  levelBand: LevelBand;
  skills: Array<{ slug: string; name: string; group: SkillGroup }>;
  audiences: Audience[];
  provider: NamedRef;
  employer?: NamedRef;
  places: FeedPlace[];
  delivery: Delivery;
  attendance: Attendance;
  /** YYYY-MM-DD, or "rolling". */
  starts: string;
  /** YYYY-MM-DD: applications open from this day. */
  opens?: string;
  /** YYYY-MM-DD, the last day to apply, or "rolling". */
  closes: string;
  duration: string;
  cost: string;
  /** Pay in words; when `pay` is given, its words. */
  wage?: string;
  /** Pay in a structured form (feed 1.1). */
  pay?: PayFacts;
  /** Working hours in words (feed 1.1). */
  hours?: string;
  /** True when it recruits across England with no single workplace (feed 1.1). */
  nationwide?: boolean;
  /** True when the employer is in the Disability Confident scheme (feed 1.1). */
  disabilityConfident?: boolean;
  /** Where it was imported from; absent for records the hub's editors wrote (feed 1.1). */
  source?: FeedSource;
  /** The apprenticeship standard it trains for, when the hub has it stored (feed 1.1). */
  standard?: StandardRecord;
  entryRequirements?: string;
  /** Where to apply: https:, http: or mailto: only. */
  apply: { url: string; instructions?: string };
  published: string;
  lastReviewed: string;
  /** True for an example of the kind of offer, not a real one. */
  illustrative: boolean;
  /** Status on the feed's `today`; readers may work it out again from opens and closes. */
  status: OpportunityStatus;
}

/**
 * What a search result needs of an opportunity: every record of the compact search feed
 * (/api/v1/search.json) reads as one, and so does a full record, which has these fields and more.
 */
export type SearchRecord = Pick<
  OpportunityRecord,
  | 'slug'
  | 'url'
  | 'title'
  | 'summary'
  | 'type'
  | 'level'
  | 'levelBand'
  | 'skills'
  | 'audiences'
  | 'provider'
  | 'employer'
  | 'places'
  | 'delivery'
  | 'attendance'
  | 'starts'
  | 'opens'
  | 'closes'
  | 'published'
  | 'illustrative'
  | 'pay'
> & {
  /** The full description, which only the full feed carries: searched when present. */
  description?: string;
  apply: { url: string };
};

/** An opportunity at a pathway step. */
export interface StepOpportunity {
  slug: string;
  url: string;
  title: string;
  type: OpportunityType;
  closes: string;
  opens?: string;
  status: OpportunityStatus;
}

/** One step of a pathway in /api/v1/pathways.json. */
export interface PathwayStepRecord {
  id: string;
  title: string;
  kind: PathwayStepKind;
  level?: Level;
  timing: string;
  duration: string;
  provider?: NamedRef;
  organisations: NamedRef[];
  entryRequirements?: string;
  description: string;
  /** When a reader would take this step rather than a sibling branch. */
  when?: string;
  /** Ids of the steps that can follow; two or more is a branch, none ends the route. */
  next: string[];
  opportunities: StepOpportunity[];
  /** The apprenticeship standard this step trains for (feed 1.1). */
  standard?: StandardRecord;
}

/** One pathway in /api/v1/pathways.json. */
export interface PathwayRecord {
  slug: string;
  url: string;
  title: string;
  summary: string;
  skills: NamedRef[];
  audiences: Audience[];
  featured: boolean;
  lastReviewed: string;
  steps: PathwayStepRecord[];
}
