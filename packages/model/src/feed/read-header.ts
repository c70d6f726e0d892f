/**
 * Reading a feed in the browser, without zod (the widgets' size budget has no room for it).
 * The zod schemas in schemas.ts stay the contract; the readers are checked against them in tests.
 */
import { FEED_MAJOR } from './version.ts';

/** Why a feed could not be used; widgets show a message for each. */
export type FeedErrorKind = 'network' | 'http' | 'not-json' | 'version' | 'shape';

/** A feed that cannot be used. Widgets add kinds of their own (`not-found`, `invalid-records`). */
export class FeedError<Kind extends string = FeedErrorKind> extends Error {
  readonly kind: Kind;
  constructor(kind: Kind, message: string) {
    super(message);
    this.name = 'FeedError';
    this.kind = kind;
  }
}

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed feed's header: an object with a 1.x version and an array under `listKey`.
 * Returns that array; throws FeedError('version' | 'shape') otherwise.
 */
export function readFeedHeader(json: unknown, listKey: string): unknown[] {
  if (!isObject(json)) throw new FeedError('shape', 'The feed is not a JSON object.');
  const version = json['version'];
  if (typeof version !== 'string' || !/^\d+\.\d+$/.test(version)) {
    throw new FeedError('version', 'The feed does not say which format version it is.');
  }
  if (Number(version.split('.')[0]) !== FEED_MAJOR) {
    throw new FeedError('version', `The feed is format version ${version}; this widget reads version ${FEED_MAJOR}.x.`);
  }
  const list = json[listKey];
  if (!Array.isArray(list)) throw new FeedError('shape', `The feed has no "${listKey}" list.`);
  return list;
}

/**
 * Fetches and parses a feed. Network failure, an HTTP error and a body that is not JSON each
 * become a FeedError of their own kind.
 */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit', referrerPolicy: 'no-referrer', headers: { Accept: 'application/json' } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new FeedError('network', `Could not reach ${url}.`);
  }
  if (!response.ok) throw new FeedError('http', `${url} answered ${response.status} ${response.statusText}`.trim() + '.');
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FeedError('not-json', `${url} did not return JSON.`);
  }
}
