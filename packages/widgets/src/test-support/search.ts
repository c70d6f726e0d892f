/** Helpers for <hub-opportunity-search>'s browser tests: the sample feed served, and a fixture element that waits for it. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import { feedOf, FIXTURE_PLACES, FIXTURE_TODAY, SAMPLE_RECORDS } from '@opportunities-hub/model/logic/test-fixtures';
import '../opportunity-search/define.ts';
import type { HubOpportunitySearch } from '../opportunity-search/opportunity-search.ts';
import { json, serve } from './fetch.ts';

export const FEED_URL = 'https://hub.example/api/v1/opportunities.json';
export const TAXONOMY_URL = 'https://hub.example/api/v1/taxonomy.json';

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
