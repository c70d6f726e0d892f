import { describe, expect, it } from 'vitest';
import { attributeMistakes, followedFacet, lockedSlice } from './search-attributes.ts';
import { emptyState, type SearchState } from './search-state.ts';

/** A state with some filters set. */
const state = ({
  filters,
  ...part
}: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> } = {}): SearchState => ({
  ...emptyState(),
  ...part,
  filters: { ...emptyState().filters, ...filters },
});

describe('attributeMistakes', () => {
  it('finds each value an attribute does not accept, and says what it accepts', () => {
    expect(attributeMistakes({ type: 'apprenticeship, apprentice', sort: 'cheapest', open: 'all' })).toEqual([
      {
        attribute: 'type',
        value: 'apprentice',
        accepted: expect.stringMatching(/^apprenticeship, degree-apprenticeship, .*business-training$/),
      },
      { attribute: 'sort', value: 'cheapest', accepted: 'relevance, closing, newest, nearest, pay' },
      { attribute: 'open', value: 'all', accepted: 'only, any' },
    ]);
  });

  it('accepts level bands and single levels, and checks numbers', () => {
    expect(attributeMistakes({ level: '3 degree entry', radius: '12.5', limit: '5' })).toEqual([]);
    expect(attributeMistakes({ level: '9', radius: 'far', limit: '2.5' }).map((m) => `${m.attribute}=${m.value}: ${m.accepted}`)).toEqual([
      expect.stringMatching(/^level=9: starting-out, .*, entry, 1, .*8$/),
      'radius=far: a number of miles above 0',
      'limit=2.5: a whole number above 0',
    ]);
  });

  it('checks skill areas and providers only against what it is told exists, and skips empty and free-text attributes', () => {
    expect(attributeMistakes({ skill: 'data-science labs', provider: 'x' })).toEqual([]);
    expect(attributeMistakes({ skill: 'data-science labs', provider: '' }, { skill: ['data-science'] })).toEqual([
      { attribute: 'skill', value: 'labs', accepted: 'data-science' },
    ]);
    expect(attributeMistakes({ heading: 'Anything', q: 'x', locked: 'type open near' })).toEqual([]);
    expect(attributeMistakes({ locked: 'everything' })[0]!.accepted).toContain('provider, open, near, radius, sort');
  });
});

describe('lockedSlice', () => {
  it('names the slice of a locked facet with one value, providers first', () => {
    const base = state({ filters: { provider: ['genome-lab'], type: ['internship'] } });
    expect(lockedSlice(base, new Set(['provider', 'type']))).toEqual({ facet: 'provider', value: 'genome-lab' });
    expect(lockedSlice(base, new Set(['type']))).toEqual({ facet: 'type', value: 'internship' });
    expect(lockedSlice(base, new Set())).toBeUndefined();
    expect(lockedSlice(state({ filters: { skill: ['a', 'b'] } }), new Set(['skill']))).toBeUndefined();
  });

  it('names a place slice only when the place and a radius within the slice are both locked', () => {
    const near = state({ near: 'cambridge', radius: 25 });
    expect(lockedSlice(near, new Set(['near', 'radius']))).toEqual({ facet: 'place', value: 'cambridge' });
    expect(lockedSlice(near, new Set(['near']))).toBeUndefined();
    expect(lockedSlice(state({ near: 'cambridge', radius: 80 }), new Set(['near', 'radius']))).toBeUndefined();
    expect(lockedSlice(state({ near: '52.2,0.1', radius: 10 }), new Set(['near', 'radius']))).toBeUndefined();
  });
});

describe('followedFacet', () => {
  it('is the one value of one facet with feeds, whatever "open only" says', () => {
    expect(followedFacet(state({ filters: { skill: ['data-science'] } }))).toEqual({ facet: 'skill', value: 'data-science' });
    expect(followedFacet(state({ filters: { level: ['degree'], open: false } }))).toEqual({ facet: 'level', value: 'degree' });
  });

  it('is undefined for no filter, two values, text, a place, or a facet without feeds', () => {
    expect(followedFacet(state())).toBeUndefined();
    expect(followedFacet(state({ filters: { type: ['internship', 'course'] } }))).toBeUndefined();
    expect(followedFacet(state({ filters: { type: ['internship'], skill: ['data-science'] } }))).toBeUndefined();
    expect(followedFacet(state({ q: 'lab', filters: { type: ['internship'] } }))).toBeUndefined();
    expect(followedFacet(state({ near: 'cambridge', filters: { type: ['internship'] } }))).toBeUndefined();
    expect(followedFacet(state({ filters: { delivery: ['online'] } }))).toBeUndefined();
  });
});
