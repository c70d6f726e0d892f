/**
 * Helpers for the element's browser tests: a stubbed fetch that answers with real Response
 * objects (or fails like a network does), and a fixture element that waits for its feed.
 */
import { fixture, html, oneEvent } from '@open-wc/testing';
import { feedOf, FIXTURE_PLACES, FIXTURE_TODAY, SAMPLE_RECORDS } from '@opportunities-hub/model/logic/test-fixtures';
import './define.ts';
import type { HubOpportunitySearch } from './opportunity-search.ts';

export const FEED_URL = 'https://hub.example/api/v1/opportunities.json';
export const TAXONOMY_URL = 'https://hub.example/api/v1/taxonomy.json';

type Answer = (() => Response | Promise<Response>) | 'network';
const realFetch = window.fetch;
/** Every URL the element asked for, in order. */
export const requested: string[] = [];

/** Answers fetches from `routes` (by absolute URL); anything else fails like an unreachable host. */
export function serve(routes: Record<string, Answer>): void {
  requested.length = 0;
  window.fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    const answer = routes[url];
    if (!answer || answer === 'network') throw new TypeError('Failed to fetch');
    return answer();
  };
}

export function restoreFetch(): void {
  window.fetch = realFetch;
}

export const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The sample feed and a taxonomy with one extra place (Ely), as a hub would serve them. */
export function serveSample(records: unknown[] = SAMPLE_RECORDS): void {
  serve({
    [FEED_URL]: json(feedOf(records)),
    [TAXONOMY_URL]: json({ version: '1.0', places: [...FIXTURE_PLACES, { slug: 'ely', name: 'Ely', lat: 52.3986, lng: 0.2627 }] }),
  });
}

/** A search element on the fixture feed, once it has loaded (or failed). */
export async function searchFixture(attributes = ''): Promise<HubOpportunitySearch> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const settled = Promise.race([oneEvent(container, 'hub-search'), oneEvent(container, 'hub-error')]);
  // innerHTML so each test can give attributes as a partner would write them.
  container.innerHTML = `<hub-opportunity-search src="${FEED_URL}" ${attributes}></hub-opportunity-search>`;
  const el = container.querySelector('hub-opportunity-search')!;
  el.today = FIXTURE_TODAY;
  await settled;
  await el.updateComplete;
  return el;
}

/** Shadow-root helpers. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const titles = (el: Element) => $$(el, '[part~="result-link"]').map((a) => a.textContent!.trim());
export const statusText = (el: Element) => $(el, '[role="status"]').textContent!.trim();

/** Ticks a facet option by its value, as a click would, and waits for the render. */
export async function tick(el: HubOpportunitySearch, facet: string, value: string): Promise<void> {
  $<HTMLInputElement>(el, `input[name="${facet}"][value="${value}"]`).click();
  await el.updateComplete;
}

/** Sets a control's value and fires the event the element listens for. */
export async function change(el: HubOpportunitySearch, selector: string, value: string, event = 'change'): Promise<void> {
  const control = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
  await el.updateComplete;
}
