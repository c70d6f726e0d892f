import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FeedError } from '@opportunities-hub/model/feed/read-header';
import { readSearchFeed } from '@opportunities-hub/model/feed/read-search';
import type { FeedPlace, SearchRecord } from '@opportunities-hub/model/feed/records';
import type { Filters } from '@opportunities-hub/model/logic/filters';
import { followFeedPath, SEARCH_FEED_PATH, searchSlicePath } from '@opportunities-hub/model/feed/paths';
import {
  DEFAULT_RADIUS,
  formatCoordinates,
  gazetteerOf,
  parseCoordinates,
  resolveNear,
  suggestPlace,
} from '@opportunities-hub/model/logic/near';
import {
  prepareOpportunities,
  queryOpportunities,
  type OpportunityQueryResult,
  type PreparedOpportunities,
} from '@opportunities-hub/model/logic/opportunity-query';
import {
  attributeMistakes,
  followedFacet,
  lockedSlice,
  LOCKABLE,
  type AttributeMistake,
  type Lockable,
} from '@opportunities-hub/model/logic/search-attributes';
import {
  decodeState,
  emptyState,
  encodeState,
  mergeState,
  parseList,
  parseRadius,
  parseSort,
  type SearchState,
} from '@opportunities-hub/model/logic/search-state';
import type { SortKey } from '@opportunities-hub/model/logic/sort';
import { todayIn } from '@opportunities-hub/model/logic/plain-date';
import { FACETS, type Facet } from '@opportunities-hub/model/vocabulary/facets';
import { emit, type HubErrorDetail } from '../shared/events.ts';
import { FeedController, type FeedState } from '../shared/feed-controller.ts';
import { hubUrl, safeHref } from '../shared/hub-url.ts';
import { countLabel, errorMessage, showMoreLabel, type SearchErrorKind } from './format.ts';
import { opportunitySearchStyles } from './opportunity-search.styles.ts';
import { renderControls, renderFacets, renderResult, type ViewHandlers } from './view.ts';

/** Detail of `hub-search`: the search as it now stands, and how many opportunities match. */
export interface HubSearchDetail {
  /** The free text searched for. */
  query: string;
  /** The facet selections, and `open` (only opportunities open for applications). */
  filters: Filters;
  /** The place or "lat,lng" distances are measured from; '' for anywhere. */
  near: string;
  /** Miles from `near`, or undefined for any distance. */
  radius: number | undefined;
  /** The order of the results: relevance, closing, newest or nearest. */
  sort: SortKey;
  /** How many opportunities match. */
  count: number;
  /**
   * The hub's feeds for people that match this search, when it is narrowed by one value of one
   * facet (type, level, skill, audience or provider) and nothing else: an Atom feed of its newest
   * opportunities and an iCalendar feed of their closing dates. Undefined otherwise.
   */
  feed: { atom: string; calendar: string } | undefined;
}

/** Detail of `hub-select`: the opportunity whose link was activated, and which link. */
export interface HubSelectDetail {
  /**
   * The opportunity as read from the feed (checked and cleaned): what a result shows, the same
   * from either feed (a full feed adds its `description`). Its page has the rest.
   */
  opportunity: SearchRecord;
  /** The address the link leads to. */
  url: string;
  /** `details` for its page on the hub, `apply` for the apply link. */
  link: 'details' | 'apply';
}

/** The feed read when `src` is not set: the compact search feed of the hub that served the script. */
const DEFAULT_SRC = hubUrl(SEARCH_FEED_PATH);

/** The attributes whose values are checked, as written in the page (see attributeMistakes). */
const CHECKED = [...FACETS, 'open', 'sort', 'theme', 'locked', 'radius', 'limit'] as const;

/**
 * Where focus goes after "clear" or "try again": the first control in the page's order (the
 * search box unless it is locked), or "Try again" when the feed failed again.
 */
const FIRST_CONTROL = 'input,select,#retry';

/** What a loaded feed gives the search. */
interface Ready {
  prepared: PreparedOpportunities;
  /** The hub's own list of opportunities, for the "see all" link. */
  listing: string | undefined;
  /** Records skipped as invalid. */
  skipped: number;
}

/**
 * Search the Opportunities Hub's opportunities from any website: free text (ranked, with prefix
 * matching and typo tolerance), facets with counts, distance from a place or the reader's
 * location, sorting, and results linking back to the hub.
 *
 * Light-DOM children are fallback content: the browser shows them until the element upgrades
 * (or for good, if scripts never run), e.g. a link "See all opportunities on the hub". After
 * upgrade they are shown again only inside the error message.
 *
 * @summary Embeddable search over the hub's opportunities.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour scheme: `auto` (or none) follows the page's `color-scheme`, so a light-only page gets the light widget; `light` or `dark` sets it whatever the page says. Styling only: it is read by CSS.
 * @tagname hub-opportunity-search
 *
 * @slot - Fallback content: shown before the element upgrades, and again below an error message.
 *
 * @fires {CustomEvent<HubSearchDetail>} hub-search - The results changed: after loading and after each change of search, filters, place or sort.
 * @fires {CustomEvent<HubSelectDetail>} hub-select - A result's link (its page on the hub, or apply) was activated.
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The feed could not be used (`kind`: network, http, not-json, version, shape, invalid-records), some records were skipped as invalid (`invalid-records`, with results still shown), or an attribute has a value the element cannot use (`attribute`, once per value, also written to the console with the values it accepts).
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading (the `heading` attribute).
 * @csspart search - The search box, place, radius and sort controls.
 * @csspart input - Every text input and select.
 * @csspart button - Every button.
 * @csspart filters - The column of facets.
 * @csspart facet - One facet (a disclosure with its options).
 * @csspart status - The live line announcing the result count or the loading state.
 * @csspart skip-link - The link that skips the filters and moves focus to the results (shown when focused).
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart result-link - The link to a result's page on the hub.
 * @csspart result-status - A result's closing status.
 * @csspart apply-link - A result's apply link.
 * @csspart show-more - The button that shows more results.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - The error message box.
 * @csspart retry - The button that loads the feed again.
 * @csspart hub-link - Links to the hub's own list of opportunities.
 *
 * @cssproperty --hub-color-text - Text colour.
 * @cssproperty --hub-color-muted - Secondary text colour (counts, meta lines).
 * @cssproperty --hub-color-background - Background colour.
 * @cssproperty --hub-color-surface - Background of the search panel.
 * @cssproperty --hub-color-border - Borders of inputs, facets and results.
 * @cssproperty --hub-color-accent - Buttons and checkboxes.
 * @cssproperty --hub-color-accent-text - Text on the accent colour.
 * @cssproperty --hub-color-link - Link colour.
 * @cssproperty --hub-color-focus - Focus outline colour.
 * @cssproperty --hub-color-danger - Errors and "closed".
 * @cssproperty --hub-color-warning - "Closing soon".
 * @cssproperty --hub-font - Font family; inherits the page's by default.
 * @cssproperty --hub-radius - Corner radius.
 * @cssproperty --hub-space - Base spacing unit.
 */
export class HubOpportunitySearch extends LitElement {
  static override styles = opportunitySearchStyles;

  // String attributes need no options: String is Lit's default type.
  static override properties = {
    src: {},
    q: {},
    type: {},
    level: {},
    skill: {},
    audience: {},
    attendance: {},
    delivery: {},
    start: {},
    pay: {},
    provider: {},
    open: {},
    near: {},
    radius: {},
    sort: {},
    locked: {},
    limit: { type: Number },
    heading: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    today: { attribute: false },
  };

  /**
   * The feed to read: the compact search feed, /api/v1/search.json on the hub that served the
   * script, by default; one of its slices for a widget that shows one provider, type, skill area
   * or place (/api/v1/search/provider/<slug>.json and so on: far fewer bytes); or the full
   * opportunities feed (/api/v1/opportunities.json), whose descriptions are searched too.
   * Left unset, a widget whose `locked` presets name one provider, skill area or type (or a place
   * and a radius up to 50 miles) reads that slice by itself.
   */
  src = DEFAULT_SRC;
  /** Preset search text. */
  q = '';
  /** Preset opportunity types, separated by spaces or commas (e.g. `apprenticeship t-level`). */
  type = '';
  /** Preset levels: level bands (`advanced`, `degree`…) or single levels (`3`, which means its band). */
  level = '';
  /** Preset skill areas, by slug (e.g. `data-science`). */
  skill = '';
  /** Preset audiences (e.g. `school-leavers career-changers`). */
  audience = '';
  /** Preset attendance patterns: `full-time`, `part-time`, `flexible`. */
  attendance = '';
  /** Preset delivery modes: `on-site`, `online`, `hybrid`. */
  delivery = '';
  /** Preset start windows: `soon` (any time or within 3 months), `months-3-6`, `months-6-12`, `later`. */
  start = '';
  /** Preset pay: `fixed` (a set wage), `apprentice-minimum`, `national-minimum`, `competitive`, `not-stated`. */
  pay = '';
  /** Preset providers, by organisation slug: a college can show only its own courses. */
  provider = '';
  /** `only` (the default): only opportunities open for applications; `any`: closed ones too. Readers can change it unless locked. */
  open = '';
  /** Preset place: a town in the hub's gazetteer (name, slug or postcode district) or `lat,lng`. */
  near = '';
  /** Preset radius in miles from `near` (default 25 once a place is chosen). */
  radius = '';
  /** Preset order: `relevance`, `closing`, `newest`, `nearest` or `pay` (highest first). */
  sort = '';
  /**
   * Which presets readers cannot change, separated by spaces: any of `q`, `type`, `level`,
   * `skill`, `audience`, `attendance`, `delivery`, `start`, `pay`, `provider`, `open`, `near`, `radius`, `sort`.
   * Locked facets are hidden; "clear filters" and the URL leave them as preset.
   */
  locked = '';
  /** How many results to show at first, and how many more each "show more" adds. */
  limit = 10;
  /** The heading above the search. */
  heading = 'Find an opportunity';
  /** Keep the search in the page's query string (keys prefixed `hub-`), so links can be shared and back/forward work. */
  syncUrl = false;
  /** The day statuses are worked out for, YYYY-MM-DD; defaults to today in the UK. For previews and tests. */
  today = todayIn();

  /** `limit` as a usable page size: a missing, zero or negative limit means the default 10. */
  get #page(): number {
    return this.limit > 0 ? Math.floor(this.limit) : 10;
  }

  /** The opportunities feed, read and prepared for searching. */
  #feed = new FeedController<Ready, SearchErrorKind>(this, (json, url) => this.#read(json, url));
  /** The feed state the current results were worked out for. */
  #queried: FeedState<Ready> | undefined;
  #state: SearchState = emptyState();
  #result: OpportunityQueryResult | undefined;
  #shown = 10;
  #places: FeedPlace[] = [];
  /** A place readers will recognise, for hints. */
  #example = 'Cambridge';
  #problem = '';
  #focus: string | undefined;
  #announced = '';
  /** The loaded feed whose skipped records have been reported. */
  #reported: Ready | undefined;
  /** A gazetteer name the unknown place most likely means, offered as "Did you mean…?". */
  #suggestion: string | undefined;
  /** The feed the element reads, and what it falls back to if that is a slice the hub lacks. */
  #source: [string, string?] = [''];
  /** Attribute values already reported as mistakes: each is reported once. */
  #warned = new Set<string>();
  /** The feed state attribute values were last checked against. */
  #checkedFor: unknown;

  /** The state the attributes give, before the reader or the URL changes anything. */
  get #base(): SearchState {
    const filters = emptyState().filters;
    for (const facet of FACETS) filters[facet] = parseList(this[facet], facet);
    filters.open = this.open.trim() !== 'any';
    return {
      q: this.q,
      filters,
      near: this.near,
      radius: parseRadius(this.radius) ?? (this.near ? DEFAULT_RADIUS : undefined),
      sort: parseSort(this.sort) ?? 'relevance',
    };
  }

  get #locks(): Set<Lockable> {
    return new Set(parseList(this.locked).filter((l): l is Lockable => (LOCKABLE as readonly string[]).includes(l)));
  }

  /** `state` with every locked part put back to its preset. */
  #withLocks(state: SearchState): SearchState {
    const base = this.#base;
    const out = { ...state, filters: { ...state.filters } };
    for (const lock of this.#locks) {
      if (lock === 'q' || lock === 'near' || lock === 'sort') out[lock] = base[lock] as never;
      else if (lock === 'radius') out.radius = base.radius;
      else if (lock === 'open') out.filters.open = base.filters.open;
      else out.filters[lock] = base.filters[lock];
    }
    return out;
  }

  #fromUrl(): SearchState {
    const base = this.#base;
    return this.#withLocks(this.syncUrl ? mergeState(base, decodeState(new URLSearchParams(location.search))) : base);
  }

  #onPopState = () => this.#setState(this.#fromUrl(), 'none');

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const presets = [...LOCKABLE, 'locked', 'syncUrl'] as const;
    if (!this.hasUpdated || presets.some((p) => changed.has(p))) {
      this.#state = this.#fromUrl();
      this.#rerun();
    }
    if (changed.has('limit')) this.#shown = this.#page;
    // A new day changes statuses and start windows: prepare the feed again (read once, kept).
    const source = this.#sourceFor();
    if (source.join() !== this.#source.join() || (changed.has('today') && this.hasUpdated))
      void this.#feed.load(...(this.#source = source));
    if (this.#queried !== this.#feed.state) this.#rerun();
  }

  /**
   * The feed to read: `src`; left at its default, the slice of the search feed that a locked
   * preset names (falling back to the whole feed should the hub not publish that slice).
   */
  #sourceFor(): [string, string?] {
    const slice = this.src === DEFAULT_SRC ? lockedSlice(this.#base, this.#locks) : undefined;
    return slice ? [hubUrl(searchSlicePath(slice.facet, slice.value)), DEFAULT_SRC] : [this.src];
  }

  protected override updated(changed: PropertyValues<this>): void {
    // After "clear" or "show more" (the feed controller moves focus after "Try again").
    if (this.#focus) this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = undefined;
    const s = this.#feed.state;
    if (s.status === 'ready' && s.value !== this.#reported && (this.#reported = s.value).skipped)
      emit<HubErrorDetail>(this, 'hub-error', {
        kind: 'invalid-records',
        message: `${s.value.skipped} invalid record(s) in ${s.url} were skipped.`,
      });
    if (s !== this.#checkedFor || CHECKED.some((p) => changed.has(p as keyof HubOpportunitySearch))) {
      this.#checkedFor = s;
      this.#reportMistakes();
    }
    if (s.status === 'ready' && this.#result) {
      const { q: query, filters, near, radius, sort } = this.#state;
      const followed = followedFacet(this.#state);
      const link = (format: 'atom' | 'ics') => safeHref(followFeedPath(followed!.facet, followed!.value, format), s.url)!;
      const feed = followed && { atom: link('atom'), calendar: link('ics') };
      const detail = { query, filters, near, radius, sort, count: this.#result.results.length, feed };
      const key = JSON.stringify(detail);
      if (key !== this.#announced) {
        this.#announced = key;
        // A copy: a listener that changes the detail must not change the search.
        emit<HubSearchDetail>(this, 'hub-search', structuredClone(detail));
      }
    }
  }

  /**
   * Tells the page's developer, once per value, about attribute values the element cannot use:
   * a console warning naming the attribute and what it accepts, and a hub-error of kind
   * `attribute`. Skill areas, providers and places are checked once the feed says which exist.
   */
  #reportMistakes(): void {
    const s = this.#feed.state;
    const attributes = Object.fromEntries(CHECKED.map((name) => [name, this.getAttribute(name)]));
    const known: Record<string, string[]> = {};
    const mistakes: AttributeMistake[] = [];
    if (s.status === 'ready') {
      const records = s.value.prepared.items.map((i) => i.record);
      known.skill = [...new Set(records.flatMap((r) => r.skills.map((k) => k.slug)))];
      known.provider = [...new Set(records.map((r) => r.provider.slug))];
      const near = this.getAttribute('near');
      if (near && !resolveNear(this.#places, near))
        mistakes.push({
          attribute: 'near',
          value: near,
          accepted: `a place the hub knows (such as ${this.#example}), a postcode district or "lat,lng"`,
        });
    }
    for (const { attribute, value, accepted } of [...attributeMistakes(attributes, known), ...mistakes]) {
      const message = `<hub-opportunity-search> ${attribute}="${value}" is not used: it accepts ${accepted}.`;
      if (this.#warned.has(message)) continue;
      this.#warned.add(message);
      console.warn(message);
      emit<HubErrorDetail>(this, 'hub-error', { kind: 'attribute', attribute, message });
    }
  }

  /** Reads the feed and prepares it for searching. */
  #read(json: unknown, feedUrl: string): Ready {
    const read = readSearchFeed(json);
    // safeHref, not new URL: a feed at a data: or blob: address cannot resolve links, and that is no error.
    const listing = safeHref(read.links.html ?? '/opportunities/', feedUrl);
    if (!read.records.length && read.skipped)
      throw new FeedError('invalid-records', `All ${read.skipped} records in ${feedUrl} are invalid.`);
    // The search feed carries the whole gazetteer; with a full feed, a search knows the places its opportunities name.
    this.#places = gazetteerOf(read.records, read.places);
    // A place the newest opportunities name: one readers of this list will recognise.
    this.#example = read.records.find((r) => r.places[0])?.places[0]!.name ?? this.#example;
    const prepared = prepareOpportunities(read.records, this.today);
    // Index after the first results are on screen, before the reader is likely to type.
    setTimeout(() => prepared.index(), 50);
    return { prepared, listing, skipped: read.skipped };
  }

  /** Runs the query for the current state and feed; every change of either comes through here. */
  #rerun(): void {
    const s = (this.#queried = this.#feed.state);
    const { q, filters, near, radius, sort } = this.#state;
    const origin = near ? resolveNear(this.#places, near) : undefined;
    const unknown = near && !origin && s.status === 'ready';
    this.#suggestion = unknown ? suggestPlace(this.#places, near)?.name : undefined;
    this.#problem = unknown
      ? `“${near}” is not a place this search knows.${this.#suggestion ? '' : ` Try a town such as ${this.#example}.`}`
      : '';
    this.#result = s.status === 'ready' ? queryOpportunities(s.value.prepared, { q, filters, origin, radius, sort }) : undefined;
    this.requestUpdate();
  }

  /**
   * Changes the search. `history` says how the URL follows: `push` for a deliberate step the
   * back button should undo, `replace` while typing, `none` when the URL itself changed.
   */
  #setState(next: SearchState, history: 'push' | 'replace' | 'none'): void {
    this.#state = this.#withLocks(next);
    this.#shown = this.#page;
    this.#rerun();
    if (this.syncUrl && history !== 'none') {
      const params = encodeState(this.#state, this.#base, new URLSearchParams(location.search)).toString();
      const url = `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`)
        window.history[history === 'push' ? 'pushState' : 'replaceState'](window.history.state, '', url);
    }
  }

  #handlers: ViewHandlers = {
    query: (q) => this.#setState({ ...this.#state, q }, 'replace'),
    place: (text) => {
      const near = text.trim() === 'Your location' && parseCoordinates(this.#state.near) ? this.#state.near : text.trim();
      this.#setState(
        { ...this.#state, near, radius: near && this.#state.radius === undefined ? DEFAULT_RADIUS : this.#state.radius },
        'push',
      );
    },
    radius: (value) => this.#setState({ ...this.#state, radius: parseRadius(value) }, 'push'),
    sort: (value) => this.#setState({ ...this.#state, sort: parseSort(value) ?? 'relevance' }, 'push'),
    locate: () => this.#locate(),
    toggle: (facet, value, on) => {
      const values = this.#state.filters[facet].filter((v) => v !== value);
      this.#setState({ ...this.#state, filters: { ...this.#state.filters, [facet]: on ? [...values, value] : values } }, 'push');
    },
    openOnly: (on) => this.#setState({ ...this.#state, filters: { ...this.#state.filters, open: on } }, 'push'),
    select: (opportunity, url, link) => emit<HubSelectDetail>(this, 'hub-select', { opportunity, url, link }),
  };

  #locate(): void {
    this.#problem = '';
    if (!navigator.geolocation) {
      this.#problem = 'This browser cannot share your location. Type a town instead.';
      return this.requestUpdate();
    }
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const near = formatCoordinates({ lat: coords.latitude, lng: coords.longitude });
        this.#setState(
          {
            ...this.#state,
            near,
            radius: this.#state.radius ?? DEFAULT_RADIUS,
            sort: this.#state.sort === 'relevance' ? 'nearest' : this.#state.sort,
          },
          'push',
        );
      },
      () => {
        this.#problem = 'Your location was not shared. Type a town instead.';
        this.requestUpdate();
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  /** The search with everything but the locks and the order cleared. */
  get #cleared(): SearchState {
    return this.#withLocks({ ...emptyState(), sort: this.#state.sort === 'nearest' ? 'relevance' : this.#state.sort });
  }

  #clear(): void {
    this.#setState(this.#cleared, 'push');
    this.#focus = FIRST_CONTROL;
  }

  #showMore(): void {
    this.#focus = `[data-index="${this.#shown}"] a`;
    this.#shown += this.#page;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const s = this.#feed.state;
    // One live region for every state, so screen readers hear each change of count.
    return html`<section part="base" class="base" aria-labelledby="heading" aria-busy=${s.status === 'loading' ? 'true' : 'false'}>
      <h2 part="heading" id="heading">${this.heading || 'Find an opportunity'}</h2>
      ${s.status === 'ready' ? renderControls(this.#state, this.#places, this.#locks, this.#problem, this.#handlers, this.#example, this.#suggestion) : nothing}
      <p part="status" class="status-line ${s.status === 'error' ? 'visually-hidden' : ''}" id="count" role="status" aria-live="polite">${this.#statusText()}</p>
      ${s.status === 'ready' ? this.#renderReady(s) : nothing}
      ${s.status === 'error' ? this.#renderError(s.kind, s.url) : nothing}
    </section>`;
  }

  #statusText(): string {
    const s = this.#feed.state;
    if (s.status === 'loading') return 'Loading opportunities…';
    if (s.status === 'error') return 'Opportunities could not be loaded.';
    const n = this.#result?.results.length ?? 0;
    return n ? `${countLabel(n)} found` : 'No opportunities match your search.';
  }

  #renderReady({ value: s, url }: { value: Ready; url: string }): TemplateResult {
    const results = this.#result?.results ?? [];
    const locks = this.#locks;
    const shown = results.slice(0, this.#shown);
    const facets = FACETS.filter((f): f is Facet => !locks.has(f));
    return html`${
      results.length
        ? html`<a part="skip-link" class="visually-hidden" href="#results" @click=${(e: Event) => {
            // Focus lands on the results list, named by the live count ("12 opportunities found, list").
            e.preventDefault();
            this.renderRoot.querySelector<HTMLElement>('#results')?.focus();
          }}>Skip to results</a>`
        : nothing
    }
      <div class="layout">
        ${renderFacets(this.#state, s.prepared, this.#result!.counts, facets, !locks.has('open'), this.#handlers)}
        <div class="main">
          ${
            results.length
              ? html`<ol part="results" class="results" id="results" tabindex="-1" aria-labelledby="count">${shown.map((r, i) => renderResult(r, i, url, this.today, this.#handlers))}</ol>
                ${
                  results.length > shown.length
                    ? html`<p><button part="button show-more" type="button" @click=${this.#showMore}>${showMoreLabel(this.#page, results.length - shown.length)}</button></p>`
                    : nothing
                }`
              : // With nothing the reader can clear (every preset locked), a clear button would do nothing.
                JSON.stringify(this.#cleared) === JSON.stringify(this.#state)
                ? html`<p part="empty" class="empty">There are no opportunities to show here right now.</p>`
                : html`<div part="empty" class="empty">
                  <p>Nothing matches all of your choices. Try fewer filters, a wider distance or other words.</p>
                  <p><button part="button" type="button" @click=${this.#clear}>Clear search and filters</button></p>
                </div>`
          }
          ${s.skipped ? html`<p class="hint">${countLabel(s.skipped)} in the list could not be read and ${s.skipped === 1 ? 'is' : 'are'} not shown.</p>` : nothing}
          ${s.listing ? html`<p><a part="hub-link" href=${s.listing}>See all opportunities on the hub</a></p>` : nothing}
        </div>
      </div>`;
  }

  #renderError(kind: SearchErrorKind, feedUrl: string): TemplateResult {
    const listing = safeHref('/opportunities/', feedUrl);
    return html`<div part="error" class="error" data-kind=${kind}>
      <p><strong>Opportunities could not be loaded</strong></p>
      <p>${errorMessage(kind)}</p>
      <p class="actions">
        <button part="button retry" type="button" id="retry" @click=${() => this.#feed.retry(FIRST_CONTROL)}>Try again</button>
        ${listing ? html`<a part="hub-link" href=${listing}>See all opportunities on the hub</a>` : nothing}
      </p>
      <slot></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hub-opportunity-search': HubOpportunitySearch;
  }
  // hub-select is left out: <hub-pathway> fires it too, with another detail (see the event map below).
  interface HTMLElementEventMap {
    'hub-search': CustomEvent<HubSearchDetail>;
    'hub-error': CustomEvent<HubErrorDetail>;
  }
}

/** The events of <hub-opportunity-search>, for typed listeners. */
export interface HubOpportunitySearchEventMap {
  'hub-search': CustomEvent<HubSearchDetail>;
  'hub-select': CustomEvent<HubSelectDetail>;
  'hub-error': CustomEvent<HubErrorDetail>;
}
