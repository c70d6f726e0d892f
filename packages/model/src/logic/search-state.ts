/**
 * A search's whole state, and its form in a query string, so a search can be shared as a link
 * and the back button steps through it. Only this widget's keys are touched: each is prefixed
 * `hub-` so it does not clash with the partner page's own parameters.
 */
import { LEVEL_BAND_OF, type Level } from '../vocabulary.ts';
import { FACETS } from '../vocabulary/facets.ts';
import { emptyFilters, type Filters } from './filters.ts';
import { SORTS, type SortKey } from './sort.ts';

export interface SearchState {
  /** Free text. */
  q: string;
  filters: Filters;
  /** A gazetteer place (name, slug or postcode district) or "lat,lng"; '' for anywhere. */
  near: string;
  /** Miles from `near`; undefined for any distance. */
  radius: number | undefined;
  sort: SortKey;
}

export const emptyState = (): SearchState => ({ q: '', filters: emptyFilters(), near: '', radius: undefined, sort: 'relevance' });

/** The query-string prefix of every key this module writes. */
export const PARAM_PREFIX = 'hub-';

/**
 * A list attribute or parameter: values separated by commas or spaces. Levels may be given as
 * single levels (`3`) and become their band (`advanced`), the unit the level facet filters by.
 */
export function parseList(text: string | null | undefined, facet?: string): string[] {
  const values = (text ?? '').split(/[\s,]+/).filter(Boolean);
  const mapped = facet === 'level' ? values.map((v) => LEVEL_BAND_OF[v as Level] ?? v) : values;
  return [...new Set(mapped)];
}

/** A positive number of miles, or undefined. */
export function parseRadius(text: string | null | undefined): number | undefined {
  const miles = Number(text);
  return text && Number.isFinite(miles) && miles > 0 ? miles : undefined;
}

export const parseSort = (text: string | null | undefined): SortKey | undefined => SORTS.find((s) => s === text);

/** Part of a state: what a query string or a set of attributes mentions. */
export type StatePart = Partial<Omit<SearchState, 'filters'>> & { filters: Partial<Filters> };

/** The parts of a state a query string sets; keys it does not mention are left out. */
export function decodeState(params: URLSearchParams): StatePart {
  const get = (key: string) => params.get(PARAM_PREFIX + key);
  const state: StatePart = { filters: {} };
  if (get('q') !== null) state.q = get('q')!;
  for (const facet of FACETS) if (get(facet) !== null) state.filters[facet] = parseList(get(facet), facet);
  if (get('open') !== null) state.filters.open = get('open') !== '0';
  if (get('near') !== null) state.near = get('near')!;
  if (get('radius') !== null) state.radius = parseRadius(get('radius'));
  const sort = parseSort(get('sort'));
  if (sort) state.sort = sort;
  return state;
}

/**
 * Writes `state` into a copy of `params`, only where it differs from `base` (the state the
 * element's attributes give), and leaves every other parameter as it was.
 */
export function encodeState(state: SearchState, base: SearchState, params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  const set = (key: string, value: string, baseValue: string) => {
    if (value === baseValue) out.delete(PARAM_PREFIX + key);
    else out.set(PARAM_PREFIX + key, value);
  };
  set('q', state.q, base.q);
  for (const facet of FACETS) set(facet, state.filters[facet].join(','), base.filters[facet].join(','));
  set('open', state.filters.open ? '1' : '0', base.filters.open ? '1' : '0');
  set('near', state.near, base.near);
  set('radius', String(state.radius ?? ''), String(base.radius ?? ''));
  set('sort', state.sort, base.sort);
  return out;
}

/** `state` with the parts `decodeState` found laid over it. */
export function mergeState(state: SearchState, part: StatePart): SearchState {
  return { ...state, ...part, filters: { ...state.filters, ...part.filters } };
}
