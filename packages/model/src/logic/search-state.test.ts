import { describe, expect, it } from 'vitest';
import { emptyFilters } from './filters.ts';
import { decodeState, emptyState, encodeState, mergeState, parseList, parseRadius, type SearchState } from './search-state.ts';

describe('parseList', () => {
  it('splits on commas and spaces, drops repeats, turns levels into bands', () => {
    expect(parseList('apprenticeship, t-level  apprenticeship')).toEqual(['apprenticeship', 't-level']);
    expect(parseList('3 6 degree', 'level')).toEqual(['advanced', 'degree']);
    expect(parseList(null)).toEqual([]);
  });
  it('reads a radius only when positive', () => {
    expect(parseRadius('10')).toBe(10);
    expect(parseRadius('-1')).toBeUndefined();
    expect(parseRadius('far')).toBeUndefined();
  });
});

describe('encodeState / decodeState', () => {
  const state: SearchState = {
    q: 'lab tech',
    filters: { ...emptyFilters(), type: ['apprenticeship', 't-level'], level: ['advanced'], open: false },
    near: 'Cambridge',
    radius: 10,
    sort: 'closing',
  };
  it('round-trips a state and keeps the page’s own parameters', () => {
    const params = encodeState(state, emptyState(), new URLSearchParams('page=2&q=theirs'));
    expect(params.get('page')).toBe('2');
    expect(params.get('q')).toBe('theirs');
    expect(params.get('hub-q')).toBe('lab tech');
    expect(mergeState(emptyState(), decodeState(params))).toEqual(state);
  });
  it('writes nothing for a state equal to the base', () => {
    expect(encodeState(emptyState(), emptyState(), new URLSearchParams()).toString()).toBe('');
  });
  it('records a preset cleared by the user, so the link reproduces it', () => {
    const base = { ...emptyState(), filters: { ...emptyFilters(), type: ['bootcamp'] }, radius: 25 };
    const params = encodeState(emptyState(), base, new URLSearchParams());
    expect(mergeState(base, decodeState(params))).toEqual(emptyState());
  });
  it('ignores an unknown sort', () => {
    expect(decodeState(new URLSearchParams('hub-sort=random')).sort).toBeUndefined();
  });
});
