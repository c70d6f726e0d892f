/**
 * Reads /api/v1/pathways.json in the browser, without zod: the header is checked by
 * readFeedHeader, then each pathway record on its own. A bad record is skipped and counted,
 * never shown half-read; a bad opportunity inside a good step is dropped and counted.
 * The zod pathwayRecordSchema stays the contract: read-pathways.test.ts checks this reader
 * accepts what it accepts.
 */
import { ISO_DATE_PATTERN as DATE, SLUG_PATTERN as SLUG } from '../schemas/patterns.ts';
import { LEVELS, OPPORTUNITY_TYPES, PATHWAY_STEP_KINDS } from '../schemas/taxonomy.ts';
import type { PathwayRecord, PathwayStepRecord } from './schemas.ts';
import { isObject, readFeedHeader, type JsonObject } from './read-header.ts';

/** What readPathwaysFeed returns: the usable pathways and how many records were not. */
export interface PathwaysRead {
  /** Pathways that passed every check, in feed order. */
  pathways: PathwayRecord[];
  /** Pathway records skipped because they were not valid. */
  skipped: number;
  /** Step opportunities dropped from otherwise valid steps because they were not valid. */
  skippedOpportunities: number;
}

const STATUSES = ['upcoming', 'open', 'closing-soon', 'rolling', 'closed'];

const isString = (v: unknown): v is string => typeof v === 'string';
const isSlug = (v: unknown): v is string => isString(v) && SLUG.test(v);
const isPath = (v: unknown): v is string => isString(v) && v.startsWith('/');
const isDate = (v: unknown): v is string => isString(v) && DATE.test(v);
const isOneOf = (list: readonly string[]) => (v: unknown): v is string => isString(v) && list.includes(v);
const isNamedRef = (v: unknown): boolean => isObject(v) && isSlug(v['slug']) && isString(v['name']);
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
const arrayOf = (v: unknown, check: (v: unknown) => boolean) => Array.isArray(v) && v.every(check);

function isStepOpportunity(o: unknown): boolean {
  return (
    isObject(o) &&
    isSlug(o['slug']) &&
    isPath(o['url']) &&
    isString(o['title']) &&
    isOneOf(OPPORTUNITY_TYPES)(o['type']) &&
    (o['closes'] === 'rolling' || isDate(o['closes'])) &&
    optional(o['opens'], isDate) &&
    isOneOf(STATUSES)(o['status'])
  );
}

/** Checks one step; returns it with invalid opportunities dropped, or undefined if unusable. */
function readStep(s: unknown, dropped: { count: number }): PathwayStepRecord | undefined {
  if (!isObject(s)) return undefined;
  const ok =
    isSlug(s['id']) &&
    isString(s['title']) &&
    isOneOf(PATHWAY_STEP_KINDS)(s['kind']) &&
    optional(s['level'], isOneOf(LEVELS)) &&
    isString(s['timing']) &&
    isString(s['duration']) &&
    optional(s['provider'], isNamedRef) &&
    arrayOf(s['organisations'], isNamedRef) &&
    optional(s['entryRequirements'], isString) &&
    isString(s['description']) &&
    optional(s['when'], isString) &&
    arrayOf(s['next'], isSlug) &&
    Array.isArray(s['opportunities']);
  if (!ok) return undefined;
  const all = s['opportunities'] as unknown[];
  const opportunities = all.filter(isStepOpportunity);
  dropped.count += all.length - opportunities.length;
  return { ...(s as unknown as PathwayStepRecord), opportunities: opportunities as PathwayStepRecord['opportunities'] };
}

function readPathway(p: JsonObject, dropped: { count: number }): PathwayRecord | undefined {
  const ok =
    isSlug(p['slug']) &&
    isPath(p['url']) &&
    isString(p['title']) &&
    isString(p['summary']) &&
    arrayOf(p['skills'], isNamedRef) &&
    Array.isArray(p['audiences']) &&
    typeof p['featured'] === 'boolean' &&
    isDate(p['lastReviewed']) &&
    Array.isArray(p['steps']) &&
    p['steps'].length >= 2;
  if (!ok) return undefined;
  const local = { count: 0 };
  const steps = (p['steps'] as unknown[]).map((s) => readStep(s, local));
  if (steps.some((s) => s === undefined)) return undefined;
  dropped.count += local.count;
  return { ...(p as unknown as PathwayRecord), steps: steps as PathwayStepRecord[] };
}

/**
 * Reads a parsed pathways feed. Throws FeedError ('version' or 'shape') when the feed as a whole
 * cannot be used; otherwise returns the valid pathways and the count of skipped records.
 */
export function readPathwaysFeed(json: unknown): PathwaysRead {
  const list = readFeedHeader(json, 'pathways');
  const dropped = { count: 0 };
  const pathways: PathwayRecord[] = [];
  for (const item of list) {
    const pathway = isObject(item) ? readPathway(item, dropped) : undefined;
    if (pathway) pathways.push(pathway);
  }
  return { pathways, skipped: list.length - pathways.length, skippedOpportunities: dropped.count };
}
