/**
 * Dispatches a `hub-*` event: bubbling and composed, so a partner page can listen on document
 * whatever shadow roots lie between.
 */
export function emit<T>(host: HTMLElement, name: `hub-${string}`, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

/** Detail of `hub-error`: what went wrong, in words a partner's console can show. */
export interface HubErrorDetail {
  /**
   * network, http, not-json, version, shape; invalid-records (search: some or all records
   * skipped); not-found (pathway: unknown slug); attribute (an attribute value the element
   * cannot use, reported once per value, with `attribute` naming it).
   */
  kind: string;
  /** For kind `attribute`: the attribute's name. */
  attribute?: string;
  /** What happened, in a sentence (naming the feed's URL where that helps). */
  message: string;
}
