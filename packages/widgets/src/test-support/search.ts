/** Helpers for <hub-opportunity-search>'s browser tests: the sample feed served, and a fixture element that waits for it. */
import { fixture, html } from '@open-wc/testing';
import { paths } from '@opportunities-hub/model/feed/paths';
import { searchFeedOf, searchSlicesOf } from '@opportunities-hub/model/feed/search-feed';
import type { FeedPlace, OpportunityRecord } from '@opportunities-hub/model/feed/records';
import { feedOf, FIXTURE_PLACES, FIXTURE_TODAY, SAMPLE_RECORDS } from '@opportunities-hub/model/testing/records';
import '../opportunity-search/define.ts';
import type { HubOpportunitySearch } from '../opportunity-search/opportunity-search.ts';
import { json, serve } from './fetch.ts';

/** The compact search feed, as a hub publishes it: what the element reads by default. */
export const SEARCH_URL = 'https://hub.example/api/v1/search.json';
/** The full opportunities feed, descriptions included: `src` may point at it instead. */
export const FEED_URL = 'https://hub.example/api/v1/opportunities.json';

/** The gazetteer: the fixture's places and one no opportunity names (Ely). */
export const GAZETTEER: FeedPlace[] = [...FIXTURE_PLACES, { slug: 'ely', name: 'Ely', lat: 52.3986, lng: 0.2627 }].sort((a, b) =>
  a.name.localeCompare(b.name),
);

/** The sample records as the compact search feed (every record and the gazetteer) and as the full feed. */
export function serveSample(records: OpportunityRecord[] = SAMPLE_RECORDS): void {
  const clock = { generated: `${FIXTURE_TODAY}T06:00:00Z`, today: FIXTURE_TODAY };
  const slices = searchSlicesOf(records, GAZETTEER, clock).map(({ facet, value, feed }) => [sliceUrl(facet, value), json(feed)]);
  serve({
    [SEARCH_URL]: json(searchFeedOf(records, GAZETTEER, clock)),
    [FEED_URL]: json(feedOf(records)),
    ...Object.fromEntries(slices),
  });
}

/** Where the hub publishes a slice of the search feed. */
export const sliceUrl = (facet: string, value: string) => new URL(paths.feeds.searchSlice(facet, value), SEARCH_URL).href;

/** A search element on the fixture's search feed (or `src` among the attributes), once it has loaded (or failed). */
export async function searchFixture(attributes = ''): Promise<HubOpportunitySearch> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  // Settled: results, or a feed that failed (a mistake in an attribute is reported without stopping the load).
  const settled = new Promise<void>((done) => {
    container.addEventListener('hub-search', () => done());
    container.addEventListener('hub-error', (e) => (e as CustomEvent<{ kind: string }>).detail.kind !== 'attribute' && done());
  });
  // innerHTML so each test can give attributes as a partner would write them.
  const src = attributes.includes('src=') ? '' : `src="${SEARCH_URL}"`;
  container.innerHTML = `<hub-opportunity-search ${src} ${attributes}></hub-opportunity-search>`;
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
