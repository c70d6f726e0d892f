/**
 * A JSON file for the static build, with the right type: pretty enough to read, or on one line
 * (`compact`) for feeds whose size is the point, such as the widgets' search feed.
 */
export function jsonResponse(body: unknown, { compact = false } = {}): Response {
  return new Response(`${JSON.stringify(body, null, compact ? 0 : 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
