/**
 * Reads /api/v1/pathways.json in the browser, without zod: the header is checked by
 * readFeedHeader, then each pathway record on its own. A bad record is skipped and counted,
 * never shown half-read; a bad opportunity inside a good step is dropped and counted.
 * The zod pathwayRecordSchema stays the contract: read-pathways.test.ts checks this reader
 * accepts what it accepts.
 */
import { AUDIENCES, LEVELS, OPPORTUNITY_TYPES, STATUSES } from '../vocabulary.ts';
import { PATHWAY_STEP_KINDS } from '../vocabulary/pathway-steps.ts';
import {
  attempt,
  bool,
  date,
  dateOrRolling,
  keepValid,
  list,
  matching,
  namedRef,
  num,
  oneOf,
  optional,
  shape,
  sitePath,
  slug,
  str,
  type Read,
} from './read-fields.ts';
import { readFeedHeader } from './read-header.ts';
import type { PathwayRecord, PathwayStepRecord, StandardRecord } from './records.ts';

/** A step's apprenticeship standard (feed 1.1); its page must be a web address. */
const standard = shape<StandardRecord>({
  reference: str,
  larsCode: num(0, 1e6),
  title: str,
  level: num(1, 8),
  typicalDuration: num(0, 1e3),
  maxFunding: num(0, 1e7),
  typicalJobTitles: list(str),
  url: matching(/^https?:/),
  integratedDegree: bool,
  illustrative: bool,
});

/** What readPathwaysFeed returns: the usable pathways and how many records were not. */
export interface PathwaysRead {
  /** Pathways that passed every check, in feed order. */
  pathways: PathwayRecord[];
  /** Pathway records skipped because they were not valid. */
  skipped: number;
  /** Step opportunities dropped from otherwise valid steps because they were not valid. */
  skippedOpportunities: number;
}

/** The readers for one feed: `dropped` counts opportunities left out of otherwise valid steps. */
function pathwayReader(dropped: { count: number }): Read<PathwayRecord> {
  const stepOpportunity = shape<PathwayStepRecord['opportunities'][number]>({
    slug,
    url: sitePath,
    title: str,
    type: oneOf(OPPORTUNITY_TYPES),
    closes: dateOrRolling,
    opens: optional(date),
    status: oneOf(STATUSES),
  });
  const step = shape<PathwayStepRecord>({
    id: slug,
    title: str,
    kind: oneOf(PATHWAY_STEP_KINDS),
    level: optional(oneOf(LEVELS)),
    timing: str,
    duration: str,
    provider: optional(namedRef),
    organisations: list(namedRef),
    entryRequirements: optional(str),
    description: str,
    when: optional(str),
    next: list(slug),
    standard: optional(standard),
    opportunities: keepValid(stepOpportunity, () => dropped.count++),
  });
  return shape<PathwayRecord>({
    slug,
    url: sitePath,
    title: str,
    summary: str,
    skills: list(namedRef),
    audiences: list(oneOf(AUDIENCES)),
    featured: bool,
    lastReviewed: date,
    steps: list(step, 2),
  });
}

/**
 * Reads a parsed pathways feed. Throws FeedError ('version' or 'shape') when the feed as a whole
 * cannot be used; otherwise returns the valid pathways and the count of skipped records.
 */
export function readPathwaysFeed(json: unknown): PathwaysRead {
  const list = readFeedHeader(json, 'pathways');
  const pathways: PathwayRecord[] = [];
  let skippedOpportunities = 0;
  for (const item of list) {
    // Opportunities dropped from a pathway that is itself skipped are not counted twice.
    const dropped = { count: 0 };
    const pathway = attempt(pathwayReader(dropped), item);
    if (pathway) {
      pathways.push(pathway);
      skippedOpportunities += dropped.count;
    }
  }
  return { pathways, skipped: list.length - pathways.length, skippedOpportunities };
}
