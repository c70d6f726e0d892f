/**
 * Reads, in the browser and without zod, either of the two feeds a search can use: the compact
 * search feed (or one of its slices), whose records name skills, organisations and places by
 * position in the feed's own lists, or the full opportunities feed, whose records carry them in
 * full. One reader for both: a reference is a number looked up in the list, or an object read
 * as it stands. It mirrors searchFeedSchema and opportunityRecordSchema (read-search.test.ts
 * checks both); a record that fails any check is skipped and counted.
 */
import { ATTENDANCE_PATTERNS, AUDIENCES, DELIVERY_MODES, LEVEL_BAND_OF, LEVELS, OPPORTUNITY_TYPES, SKILL_GROUPS } from '../vocabulary.ts';
import {
  applyLink,
  attempt,
  bool,
  date,
  dateOrRolling,
  fail,
  list,
  namedRef,
  nonEmpty,
  oneOf,
  optional,
  readPay,
  readPlace,
  shape,
  sitePath,
  slug,
  str,
  type Read,
} from './read-fields.ts';
import { readFeedHeader, type JsonObject } from './read-header.ts';
import type { FeedPlace, NamedRef, SearchRecord } from './records.ts';

/** What a search needs from its feed. */
export interface SearchFeedRead {
  records: SearchRecord[];
  /** Records that failed a check and were left out. */
  skipped: number;
  /** The gazetteer, when the feed carries it (the search feed does; the full feed does not). */
  places: FeedPlace[] | undefined;
  /** Site paths from the feed's `links`: its html listing. */
  links: { html?: string | undefined };
}

/** The items of `value` that pass `read`, each left undefined when it fails (so positions hold). */
const vocabulary = <T>(value: unknown, read: Read<T>): (T | undefined)[] =>
  Array.isArray(value) ? value.map((v) => attempt(read, v)) : [];

/** A reference: a position in `known`, or the thing itself, read by `read`. */
const ref =
  <T>(known: (T | undefined)[], read: Read<T>): Read<T> =>
  (v) =>
    typeof v === 'number' ? (known[v] ?? fail()) : read(v);

const skill = shape<SearchRecord['skills'][number]>({ slug, name: str, group: oneOf(SKILL_GROUPS) });

/** Reads a parsed search feed, slice or full opportunities feed; FeedError for a feed that is not one. */
export function readSearchFeed(json: unknown): SearchFeedRead {
  const items = readFeedHeader(json, 'opportunities');
  const feed = json as JsonObject;
  const links = (feed['links'] ?? {}) as JsonObject;
  const link = (key: string) => attempt(sitePath, links[key]);
  const organisations = vocabulary<NamedRef>(feed['organisations'], namedRef);
  const places = Array.isArray(feed['places']) ? vocabulary(feed['places'], readPlace) : undefined;
  const page = link('opportunity');
  const read = shape<SearchRecord>({
    slug,
    // The full feed gives each page; the search feed gives one pattern for all.
    url: optional(sitePath),
    title: nonEmpty,
    summary: nonEmpty,
    description: optional(str),
    type: oneOf(OPPORTUNITY_TYPES),
    level: oneOf(LEVELS),
    skills: list(ref(vocabulary(feed['skills'], skill), skill), 1),
    audiences: list(oneOf(AUDIENCES), 1),
    provider: ref(organisations, namedRef),
    employer: optional(ref(organisations, namedRef)),
    places: list(ref(places ?? [], readPlace)),
    delivery: oneOf(DELIVERY_MODES),
    attendance: oneOf(ATTENDANCE_PATTERNS),
    starts: dateOrRolling,
    opens: optional(date),
    closes: dateOrRolling,
    published: date,
    apply: shape({ url: applyLink }),
    illustrative: bool,
    pay: optional(readPay),
  });
  const records: SearchRecord[] = [];
  for (const item of items) {
    const record = attempt(read, item);
    const url = record && (record.url || page?.replace('{slug}', record.slug));
    if (!url) continue;
    records.push({ ...record, url, levelBand: LEVEL_BAND_OF[record.level] });
  }
  return {
    records,
    skipped: items.length - records.length,
    places: places?.filter((p): p is FeedPlace => !!p),
    links: { html: link('html') },
  };
}
