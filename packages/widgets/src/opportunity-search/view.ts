/**
 * The element's templates for controls, facets and one result. Feed text only ever goes into
 * Lit text and attribute bindings, never into markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SearchRecord } from '@opportunities-hub/model/feed/records';
import type { FacetCounts } from '@opportunities-hub/model/logic/filters';
import { compareNames, findPlace, parseCoordinates, RADII } from '@opportunities-hub/model/logic/near';
import { payText } from '@opportunities-hub/model/logic/pay';
import type { OpportunityResult, PreparedOpportunities } from '@opportunities-hub/model/logic/opportunity-query';
import type { SearchState } from '@opportunities-hub/model/logic/search-state';
import { SORT_LABELS, SORTS } from '@opportunities-hub/model/logic/sort';
import type { FeedPlace } from '@opportunities-hub/model/feed/records';
import {
  ATTENDANCE_LABELS,
  AUDIENCE_LABELS,
  DELIVERY_LABELS,
  LEVEL_BAND_LABELS,
  LEVEL_LABELS,
  OPPORTUNITY_TYPE_LABELS,
  PAY_TYPE_LABELS,
  type Attendance,
  type Audience,
  type Delivery,
  type LevelBand,
  type OpportunityType,
} from '@opportunities-hub/model/vocabulary';
import {
  FACET_LABELS,
  PAY_NOT_STATED,
  START_WINDOW_LABELS,
  type Facet,
  type StartWindow,
} from '@opportunities-hub/model/vocabulary/facets';
import { safeHref } from '../shared/hub-url.ts';
import { formatClosing, formatMiles, formatStart } from './format.ts';

/** What the templates call back into the element with. */
export interface ViewHandlers {
  query(q: string): void;
  place(text: string): void;
  radius(value: string): void;
  sort(value: string): void;
  locate(): void;
  toggle(facet: Facet, value: string, on: boolean): void;
  openOnly(on: boolean): void;
  select(opportunity: SearchRecord, url: string, link: 'details' | 'apply'): void;
}

/** Labels of the fixed vocabularies, in their own order; skills and providers come from the feed. */
const FIXED: Partial<Record<Facet, Record<string, string>>> = {
  type: OPPORTUNITY_TYPE_LABELS satisfies Record<OpportunityType, string>,
  level: LEVEL_BAND_LABELS satisfies Record<LevelBand, string>,
  audience: AUDIENCE_LABELS satisfies Record<Audience, string>,
  attendance: ATTENDANCE_LABELS satisfies Record<Attendance, string>,
  delivery: DELIVERY_LABELS satisfies Record<Delivery, string>,
  start: START_WINDOW_LABELS satisfies Record<StartWindow, string>,
  pay: { ...PAY_TYPE_LABELS, [PAY_NOT_STATED]: 'Pay not stated' },
};

/** A facet's options: [value, label], fixed vocabularies in order, the rest by name. */
function facetOptions(facet: Facet, prepared: PreparedOpportunities): [string, string][] {
  const fixed = FIXED[facet];
  if (fixed) return Object.entries(fixed);
  const names = new Map<string, string>();
  for (const { record } of prepared.items) {
    if (facet === 'provider') names.set(record.provider.slug, record.provider.name);
    else for (const s of record.skills) names.set(s.slug, s.name);
  }
  return [...names].sort((a, b) => compareNames(a[1], b[1]));
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

/**
 * The search box, place, distance and sort. Menus bind each option's `selected` property, not
 * the attribute: once a reader has chosen an option the attribute no longer moves the choice, so
 * back, forward and "clear" would leave the menu showing a stale value.
 */
export function renderControls(
  state: SearchState,
  places: readonly FeedPlace[],
  locks: ReadonlySet<string>,
  problem: string,
  on: ViewHandlers,
  example: string,
  suggestion: string | undefined,
): TemplateResult {
  // A place shows by its gazetteer name, never its slug or postcode district.
  const coordinates = parseCoordinates(state.near);
  const place = findPlace(places, state.near);
  const nearText = coordinates ? 'Your location' : (place?.name ?? state.near);
  // The default order says what it does now (see effectiveSort).
  const best = state.q.trim() ? '' : coordinates || place ? ' (nearest first)' : ' (closing soonest first)';
  const sorts = SORTS.filter((s) => s !== 'nearest' || state.near);
  return html`<form part="search" class="search" role="search" aria-label="Opportunities" @submit=${(e: Event) => e.preventDefault()}>
    ${
      locks.has('q')
        ? nothing
        : html`<div class="field">
          <label for="q">Search opportunities</label>
          <input part="input" id="q" type="search" autocomplete="off" .value=${state.q} @input=${(e: Event) => on.query(value(e))} />
        </div>`
    }
    <div class="row">
      ${
        locks.has('near')
          ? nothing
          : html`<div class="field">
              <label for="near">Near</label>
              <input part="input" id="near" type="text" list="places" autocomplete="off" aria-describedby="near-hint${problem ? ' near-problem' : ''}" .value=${nearText} @change=${(e: Event) => on.place(value(e))} />
              <datalist id="places">${places.map((p) => html`<option value=${p.name}></option>`)}</datalist>
            </div>
            <button part="button" class="secondary" type="button" @click=${on.locate}>Use my location</button>`
      }
      ${
        locks.has('radius')
          ? nothing
          : html`<div class="field">
            <label for="radius">Distance</label>
            <select part="input" id="radius" @change=${(e: Event) => on.radius(value(e))}>
              <option value="" .selected=${state.radius === undefined}>Any distance</option>
              ${[...new Set([...RADII, ...(state.radius ? [state.radius] : [])])].sort((a, b) => a - b).map((r) => html`<option value=${r} .selected=${state.radius === r}>Within ${r} miles</option>`)}
            </select>
          </div>`
      }
      ${
        locks.has('sort')
          ? nothing
          : html`<div class="field">
            <label for="sort">Sort by</label>
            <select part="input" id="sort" @change=${(e: Event) => on.sort(value(e))}>
              ${sorts.map((s) => html`<option value=${s} .selected=${state.sort === s}>${SORT_LABELS[s]}${s === 'relevance' ? best : ''}</option>`)}
            </select>
          </div>`
      }
    </div>
    ${locks.has('near') ? nothing : html`<p class="hint" id="near-hint">A town or postcode district, such as ${example}. Your location is used only if you press the button.</p>`}
    ${
      problem
        ? html`<p class="problem" id="near-problem">${problem}${suggestion ? html` <button part="button" class="secondary" type="button" @click=${() => on.place(suggestion)}>Did you mean ${suggestion}?</button>` : nothing}</p>`
        : nothing
    }
  </form>`;
}

/** The open-only switch (unless locked) and one disclosure per facet, each option with its count. */
export function renderFacets(
  state: SearchState,
  prepared: PreparedOpportunities,
  counts: FacetCounts,
  facets: readonly Facet[],
  openSwitch: boolean,
  on: ViewHandlers,
): TemplateResult {
  return html`<div part="filters" class="filters" role="group" aria-label="Filters">
    ${
      openSwitch
        ? html`<label class="option"><input type="checkbox" .checked=${state.filters.open} @change=${(e: Event) => on.openOnly((e.target as HTMLInputElement).checked)} /> Only opportunities open for applications</label>`
        : nothing
    }
    ${facets.map((facet) => {
      const selected = state.filters[facet];
      // Options with no results are left out unless selected: a 0 is a dead end.
      const options = facetOptions(facet, prepared).filter(([v]) => counts[facet].get(v) || selected.includes(v));
      if (!options.length) return nothing;
      return html`<details part="facet" class="facet" ?open=${selected.length > 0}>
        <summary>${FACET_LABELS[facet]}${selected.length ? ` (${selected.length} chosen)` : ''}</summary>
        <fieldset>
          <legend class="visually-hidden">${FACET_LABELS[facet]}</legend>
          ${options.map(
            ([v, label]) => html`<label class="option"
              ><input type="checkbox" name=${facet} .value=${v} .checked=${selected.includes(v)} @change=${(e: Event) => on.toggle(facet, v, (e.target as HTMLInputElement).checked)} />
              <span>${label} <span class="count">(${counts[facet].get(v) ?? 0})</span></span></label
            >`,
          )}
        </fieldset>
      </details>`;
    })}
  </div>`;
}

/** One result: its links, meta line, where, level, start and closing status. */
export function renderResult(r: OpportunityResult, index: number, feedUrl: string, today: string, on: ViewHandlers): TemplateResult {
  const o = r.record;
  const page = safeHref(o.url, feedUrl);
  const apply = safeHref(o.apply.url, feedUrl);
  // The nearest place carries the distance; the others follow it: "Cambridge Science Park, 2.2 miles; also Peterborough".
  const others = o.places.filter((p) => p !== r.nearest).map((p) => p.name);
  const where = r.nearest
    ? `${r.nearest.name}, ${formatMiles(r.miles!)}${others.length ? `; also ${others.join(', ')}` : ''}`
    : others.length
      ? others.join(', ')
      : o.delivery === 'online'
        ? 'Online'
        : 'To be arranged';
  const provider = o.employer && o.employer.slug !== o.provider.slug ? `${o.provider.name} with ${o.employer.name}` : o.provider.name;
  return html`<li part="result" class="result" data-index=${index}>
    <h3>
      ${page ? html`<a part="result-link" href=${page} @click=${() => on.select(o, page, 'details')}>${o.title}</a>` : o.title}
      ${o.illustrative ? html`<span class="tag">Example</span>` : nothing}
    </h3>
    <p class="meta">${OPPORTUNITY_TYPE_LABELS[o.type]} · ${provider}</p>
    <p>${o.summary}</p>
    <dl>
      <dt>Where</dt>
      <dd>${where}${o.delivery === 'hybrid' ? ' and online' : ''}</dd>
      <dt>Level</dt>
      <dd>${LEVEL_LABELS[o.level]}</dd>
      <dt>Starts</dt>
      <dd>${formatStart(o.starts)}</dd>
      <dt>Pay</dt>
      <dd>${o.pay ? payText(o.pay) : 'Pay not stated'}</dd>
      <dt>Apply</dt>
      <dd part="result-status" class=${r.status}>${formatClosing(r.status, o, today)}</dd>
    </dl>
    ${
      apply && r.open
        ? html`<p><a part="apply-link" href=${apply} rel="noopener" @click=${() => on.select(o, apply, 'apply')}>How to apply<span class="visually-hidden"> for ${o.title}</span></a></p>`
        : nothing
    }
  </li>`;
}
