/**
 * One way to fetch JSON from an outside service at import time: a time limit, optional pacing,
 * and every failure (unreachable, refused, an error status, a body cut short, not JSON, not the
 * promised shape) turned into an ImportError that says what happened in words. Headers, which
 * may hold a key, never go into a message.
 */
import type { z } from 'zod';

/** An import that must stop: the message says why, in words, and never holds a key. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ServiceOptions {
  /** The service's name for messages, e.g. "Find an apprenticeship". */
  service: string;
  /** Request headers (a key among them, perhaps). */
  headers: Record<string, string>;
  /** How long one request may take, in milliseconds. */
  timeoutMs: number;
  /** The least time between two requests with these options, in milliseconds. */
  minIntervalMs?: number;
  /** What to say when the service refuses the request (401/403), e.g. "check FAA_API_KEY". */
  refusedHint?: string;
}

const lastRequest = new WeakMap<ServiceOptions, number>();

async function pace(options: ServiceOptions): Promise<void> {
  const wait = (lastRequest.get(options) ?? 0) + (options.minIntervalMs ?? 0) - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastRequest.set(options, Date.now());
}

/** Fetches and checks one answer; `notFound` is returned for a 404 when given. */
export async function getJson<T, N = never>(url: URL, schema: z.ZodType<T>, options: ServiceOptions, notFound?: () => N): Promise<T | N> {
  const what = `GET ${url.pathname}${url.search}`;
  const { service, timeoutMs } = options;
  await pace(options);
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json', ...options.headers }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    if (['TimeoutError', 'AbortError'].includes((error as Error).name))
      throw new ImportError(`${service} did not answer ${what} within ${timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new ImportError(`${service} could not be reached at ${url.origin} (${cause})`);
  }
  if (response.status === 404 && notFound) {
    await response.body?.cancel();
    return notFound();
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw new ImportError(
      `${service} refused the key (HTTP ${response.status}) for ${what}${options.refusedHint ? `: ${options.refusedHint}` : ''}`,
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    const slowDown = response.status === 429 ? ' (too many requests: wait longer between them)' : '';
    throw new ImportError(`${service} answered HTTP ${response.status} to ${what}${slowDown}`);
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    const timedOut = ['TimeoutError', 'AbortError'].includes((error as Error).name);
    throw new ImportError(
      timedOut
        ? `${service} did not finish answering ${what} within ${timeoutMs / 1000} s`
        : `${service}'s answer to ${what} broke off before the end`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ImportError(`${service}'s answer to ${what} is not complete JSON (${body.length} characters received)`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || '(the whole answer)';
    throw new ImportError(`${service}'s answer to ${what} is not what its API promises: ${field}: ${issue.message}`);
  }
  return parsed.data;
}
