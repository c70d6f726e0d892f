/**
 * Reads the opportunities feed in the browser, field by field, without zod (the widgets' size
 * budget has no room for it). It mirrors opportunityRecordSchema in schemas.ts, which stays the
 * contract; read-opportunities.test.ts checks the two agree. A record that fails any check is
 * skipped and counted, never passed on: widgets only ever see the clean copy built here.
 */
import {
  ATTENDANCE_PATTERNS,
  AUDIENCES,
  DELIVERY_MODES,
  LEVEL_BANDS,
  LEVELS,
  OPPORTUNITY_TYPES,
  SKILL_GROUPS,
  STATUSES,
} from '../vocabulary.ts';
import {
  applyLink,
  attempt,
  bool,
  date,
  dateOrRolling,
  list,
  namedRef,
  nonEmpty,
  oneOf,
  optional,
  readPay,
  shape,
  sitePath,
  slug,
  readPlace,
  str,
} from './read-fields.ts';
import { isObject, readFeedHeader, type JsonObject } from './read-header.ts';
import type { OpportunityRecord } from './records.ts';

/** What the feed reader returns: the usable records, how many were skipped, and the feed's links. */
export interface OpportunitiesFeedRead {
  records: OpportunityRecord[];
  /** Records that failed a check and were left out. */
  skipped: number;
  /** Site paths from the feed's `links` (html listing, taxonomy feed), when present and well formed. */
  links: { html?: string; taxonomy?: string };
}

export { readPlace };

/** One record, fields in the schema's order, so a record reads back the same as zod's output. */
const readRecord = shape<OpportunityRecord>({
  slug,
  url: sitePath,
  title: nonEmpty,
  summary: nonEmpty,
  description: str,
  type: oneOf(OPPORTUNITY_TYPES),
  level: oneOf(LEVELS),
  levelBand: oneOf(LEVEL_BANDS),
  skills: list(shape({ slug, name: str, group: oneOf(SKILL_GROUPS) }), 1),
  audiences: list(oneOf(AUDIENCES), 1),
  provider: namedRef,
  employer: optional(namedRef),
  places: list(readPlace),
  delivery: oneOf(DELIVERY_MODES),
  attendance: oneOf(ATTENDANCE_PATTERNS),
  starts: dateOrRolling,
  opens: optional(date),
  closes: dateOrRolling,
  duration: str,
  cost: str,
  wage: optional(str),
  pay: optional(readPay),
  entryRequirements: optional(str),
  apply: shape({ url: applyLink, instructions: optional(str) }),
  published: date,
  lastReviewed: date,
  illustrative: bool,
  status: oneOf(STATUSES),
});

/** Reads one record, or undefined when it fails a check. */
export function readOpportunityRecord(value: unknown): OpportunityRecord | undefined {
  return attempt(readRecord, value);
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
      const link = attempt(sitePath, rawLinks[key]);
      if (link) links[key] = link;
    }
  }
  return { records, skipped: list.length - records.length, links };
}
