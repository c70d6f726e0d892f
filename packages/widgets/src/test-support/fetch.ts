/**
 * A stubbed fetch for the elements' browser tests: it answers with real Response objects by
 * absolute URL, or fails as an unreachable host does, and logs every URL asked for.
 */
export type Answer = (() => Response | Promise<Response>) | 'network';

const realFetch = window.fetch;
let routes: Record<string, Answer> = {};
/** Every URL fetched since the last `serve`, in order. */
export const requested: string[] = [];

/** Answers fetches from `answers` alone (anything else fails like an unreachable host) and clears the log. */
export function serve(answers: Record<string, Answer>): void {
  routes = { ...answers };
  requested.length = 0;
  window.fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    const answer = routes[url];
    if (!answer || answer === 'network') throw new TypeError('Failed to fetch');
    return answer();
  };
}

/** Adds or changes one answer, keeping the others and the log. */
export function route(url: string, answer: Answer): void {
  routes[url] = answer;
}

export function restoreFetch(): void {
  window.fetch = realFetch;
}

/** A JSON response. */
export const json =
  (body: unknown, init: ResponseInit = {}) =>
  () =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' }, ...init });

/** A response of plain text (an HTML error page, say). */
export const plainText =
  (body: string, init: ResponseInit = {}) =>
  () =>
    new Response(body, { status: 200, ...init });

/** A response that never comes: the element stays loading. */
export const never = () => new Promise<Response>(() => {});
