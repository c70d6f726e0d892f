/**
 * Reads the opportunities feed in the browser, field by field, without zod (the widgets' size
 * budget has no room for it). It mirrors opportunityRecordSchema in schemas.ts, which stays the
 * contract; read-opportunities.test.ts checks the two agree. A record that fails any check is
 * skipped and counted, never passed on: widgets only ever see the clean copy built here.
 */
import { SLUG_PATTERN, ISO_DATE_PATTERN } from '../schemas/patterns.ts';
import {
  ATTENDANCE_PATTERNS,
  AUDIENCES,
  DELIVERY_MODES,
  LEVEL_BANDS,
  LEVELS,
  OPPORTUNITY_TYPES,
  SKILL_GROUPS,
} from '../schemas/taxonomy.ts';
import { isObject, readFeedHeader, type JsonObject } from './read-header.ts';
import type { FeedPlace, OpportunityRecord } from './schemas.ts';

/** What the feed reader returns: the usable records, how many were skipped, and the feed's links. */
export interface OpportunitiesFeedRead {
  records: OpportunityRecord[];
  /** Records that failed a check and were left out. */
  skipped: number;
  /** Site paths from the feed's `links` (html listing, taxonomy feed), when present and well formed. */
  links: { html?: string; taxonomy?: string };
}

/** Thrown inside the reader when a field fails; caught per record. */
class Invalid extends Error {}
const fail = (): never => {
  throw new Invalid();
};

type Read<T> = (value: unknown) => T;

const str: Read<string> = (v) => (typeof v === 'string' ? v : fail());
const nonEmpty: Read<string> = (v) => (str(v).length > 0 ? (v as string) : fail());
const matching =
  (pattern: RegExp): Read<string> =>
  (v) =>
    pattern.test(str(v)) ? (v as string) : fail();
const oneOf =
  <T extends string>(values: readonly T[]): Read<T> =>
  (v) =>
    values.includes(v as T) ? (v as T) : fail();
const num =
  (min: number, max: number): Read<number> =>
  (v) =>
    typeof v === 'number' && v >= min && v <= max ? v : fail();
const list =
  <T>(item: Read<T>, min = 0): Read<T[]> =>
  (v) =>
    Array.isArray(v) && v.length >= min ? v.map(item) : fail();
const obj = (v: unknown): JsonObject => (isObject(v) ? v : fail());

const slug = matching(SLUG_PATTERN);
const date = matching(ISO_DATE_PATTERN);
const sitePath = matching(/^\//);
const dateOrRolling: Read<string> = (v) => (v === 'rolling' ? v : date(v));
/** The same test as the schema: https:, http: or mailto: only; javascript:, data: and the rest are refused. */
const applyUrl = matching(/^(https?:|mailto:)/i);

/** Sets optional field `key` of `out` through `read` when `from` has it; absent stays absent. */
function optional<T>(out: Record<string, unknown>, from: JsonObject, key: string, read: Read<T>): void {
  if (from[key] !== undefined) out[key] = read(from[key]);
}

const namedRef = (v: unknown) => {
  const o = obj(v);
  return { slug: slug(o['slug']), name: str(o['name']) };
};

const latitude = num(-90, 90);
const longitude = num(-180, 180);

/** One gazetteer place; exported for the taxonomy feed's `places`. */
export function readPlace(v: unknown): FeedPlace {
  const o = obj(v);
  const place: FeedPlace = { slug: slug(o['slug']), name: str(o['name']), lat: latitude(o['lat']), lng: longitude(o['lng']) };
  optional(place, o, 'area', str);
  optional(place, o, 'postcodeDistrict', str);
  return place;
}

// Readers built once, not per record: a feed of thousands is read while the reader waits.
const skillGroup = oneOf(SKILL_GROUPS);
const skills = list((v) => ({ ...namedRef(v), group: skillGroup((v as JsonObject)['group']) }), 1);
const audiences = list(oneOf(AUDIENCES), 1);
const places = list(readPlace);
const type = oneOf(OPPORTUNITY_TYPES);
const level = oneOf(LEVELS);
const levelBand = oneOf(LEVEL_BANDS);
const delivery = oneOf(DELIVERY_MODES);
const attendance = oneOf(ATTENDANCE_PATTERNS);
const status = oneOf(['upcoming', 'open', 'closing-soon', 'rolling', 'closed'] as const);
const bool = (v: unknown): boolean => (typeof v === 'boolean' ? v : fail());

/** Checks one record; returns a clean copy holding only the known fields, or throws Invalid. */
function readRecord(v: unknown): OpportunityRecord {
  const o = obj(v);
  const applyIn = obj(o['apply']);
  const apply: OpportunityRecord['apply'] = { url: applyUrl(applyIn['url']) };
  optional(apply, applyIn, 'instructions', str);
  // Fields in the schema's order, so a record reads back the same as zod's output.
  const record = {
    slug: slug(o['slug']),
    url: sitePath(o['url']),
    title: nonEmpty(o['title']),
    summary: nonEmpty(o['summary']),
    description: str(o['description']),
    type: type(o['type']),
    level: level(o['level']),
    levelBand: levelBand(o['levelBand']),
    skills: skills(o['skills']),
    audiences: audiences(o['audiences']),
    provider: namedRef(o['provider']),
  } as OpportunityRecord;
  if (o['employer'] !== undefined) record.employer = namedRef(o['employer']);
  record.places = places(o['places']);
  record.delivery = delivery(o['delivery']);
  record.attendance = attendance(o['attendance']);
  record.starts = dateOrRolling(o['starts']);
  optional(record, o, 'opens', date);
  record.closes = dateOrRolling(o['closes']);
  record.duration = str(o['duration']);
  record.cost = str(o['cost']);
  optional(record, o, 'wage', str);
  optional(record, o, 'entryRequirements', str);
  record.apply = apply;
  record.published = date(o['published']);
  record.lastReviewed = date(o['lastReviewed']);
  record.illustrative = bool(o['illustrative']);
  record.status = status(o['status']);
  return record;
}

/** Reads one record, or undefined when it fails a check. */
export function readOpportunityRecord(value: unknown): OpportunityRecord | undefined {
  try {
    return readRecord(value);
  } catch (error) {
    if (error instanceof Invalid) return undefined;
    throw error;
  }
}

/**
 * Reads a parsed opportunities feed. The header must be a 1.x feed (FeedError otherwise); each
 * record is then checked on its own, so one bad record costs only itself.
 */
export function readOpportunitiesFeed(json: unknown): OpportunitiesFeedRead {
  const list = readFeedHeader(json, 'opportunities');
  const records: OpportunityRecord[] = [];
  for (const item of list) {
    const record = readOpportunityRecord(item);
    if (record) records.push(record);
  }
  const rawLinks = (json as JsonObject)['links'];
  const links: OpportunitiesFeedRead['links'] = {};
  if (isObject(rawLinks)) {
    for (const key of ['html', 'taxonomy'] as const) {
      const link = rawLinks[key];
      if (typeof link === 'string' && link.startsWith('/')) links[key] = link;
    }
  }
  return { records, skipped: list.length - records.length, links };
}
