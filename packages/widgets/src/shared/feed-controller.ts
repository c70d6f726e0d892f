import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, fetchJson } from '@opportunities-hub/model/feed/read-header';
import { emit, type HubErrorDetail } from './events.ts';

/** Where a feed's loading stands; `status` names it, the same in every element. */
export type FeedState<T, Kind extends string = string> =
  { status: 'loading' } | { status: 'error'; kind: Kind; message: string; url: string } | { status: 'ready'; value: T; url: string };

/**
 * Turns a fetched feed into what the element shows, or throws FeedError (of any kind, including
 * the element's own, such as `not-found`).
 */
export type ReadFeed<T> = (json: unknown, url: string) => T;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode; hasUpdated: boolean };

/**
 * Loads one feed for an element: fetches (once per URL, so choosing another pathway in the same
 * feed costs nothing), aborts a load that a newer one replaces or
 * that disconnection cuts short, reports failure as `hub-error`, and after "Try again" moves
 * focus once the load has settled.
 */
export class FeedController<T, Kind extends string = string> implements ReactiveController {
  /** The load as it stands; the host re-renders on every change. */
  state: FeedState<T, Kind> = { status: 'loading' };
  #host: Host;
  #read: ReadFeed<T>;
  #url = '';
  #abort: AbortController | undefined;
  /** Feeds already read, by URL: only successes are kept, so a retry always asks again. */
  #fetched = new Map<string, unknown>();
  #focus: string | undefined;

  constructor(host: Host, read: ReadFeed<T>) {
    (this.#host = host).addController(this);
    this.#read = read;
  }

  #set(state: FeedState<T, Kind>): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  /**
   * Loads `src` (resolved against the page), replacing any load under way. When `fallback` is
   * given and `src` answers with an HTTP error (a slice the hub does not publish), loads that
   * instead, without reporting the first failure.
   */
  async load(src: string, fallback?: string): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const url = (this.#url = new URL(src, document.baseURI).href);
    this.#set({ status: 'loading' });
    try {
      const json = this.#fetched.has(url) ? this.#fetched.get(url) : await fetchJson(url, abort.signal);
      this.#fetched.set(url, json);
      if (!abort.signal.aborted) this.#set({ status: 'ready', value: this.#read(json, url), url });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fetched.delete(url);
      if (fallback && error instanceof FeedError && error.kind === 'http') return this.load(fallback);
      const { kind, message } = error instanceof FeedError ? error : { kind: 'shape', message: `${url} could not be read.` };
      this.#set({ status: 'error', kind: kind as Kind, message, url });
      emit<HubErrorDetail>(this.#host, 'hub-error', { kind, message });
    }
  }

  /** Loads again, then focuses the first element matching `focus` in the host's shadow root. */
  retry(focus: string): void {
    this.#focus = focus;
    void this.load(this.#url);
  }

  hostConnected(): void {
    // Reconnected after a move in the DOM: load again if an earlier load was cut short.
    if (this.#host.hasUpdated && this.state.status === 'loading') void this.load(this.#url);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  hostUpdated(): void {
    if (this.#focus && this.state.status !== 'loading') {
      this.#host.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
      this.#focus = undefined;
    }
  }
}
