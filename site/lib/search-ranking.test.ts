import { describe, expect, it } from 'vitest';
import { availabilityOf, nearestBandFirst, nearValues, openBeforeClosed, placeInQuery, type SearchPlace } from './search-ranking.ts';
import { opportunity as testRecord } from '@opportunities-hub/model/testing/records';

describe('availabilityOf', () => {
  it('counts every status a reader can apply in as open', () => {
    expect(['open', 'closing-soon', 'rolling'].map((s) => availabilityOf(s as 'open'))).toEqual(['open', 'open', 'open']);
    expect(availabilityOf('upcoming')).toBe('upcoming');
    expect(availabilityOf('closed')).toBe('closed');
  });
});

describe('openBeforeClosed', () => {
  it('moves closed results after the rest, each group keeping its order', () => {
    const results = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    expect(openBeforeClosed(results, new Set(['a', 'd'])).map((r) => r.id)).toEqual(['b', 'c', 'e', 'a', 'd']);
  });

  it('puts what opens later after what is open now, and closed last', () => {
    const results = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(openBeforeClosed(results, new Set(['a']), new Set(['b'])).map((r) => r.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('leaves the order alone when nothing is closed', () => {
    const results = [{ id: 'x' }, { id: 'y' }];
    expect(openBeforeClosed(results, new Set())).toEqual(results);
  });
});

const gazetteer: SearchPlace[] = [
  { slug: 'cambridge', name: 'Cambridge', lat: 52.2053, lng: 0.1218 },
  { slug: 'cambridge-science-park', name: 'Cambridge Science Park', lat: 52.2345, lng: 0.1443 },
  { slug: 'ely', name: 'Ely', lat: 52.3994, lng: 0.2624 },
];

describe('nearValues', () => {
  it('places an opportunity in the smallest band around each gazetteer place, and nowhere beyond the widest', () => {
    // ARU's Cambridge campus: half a mile from the centre, about 2.2 from the Science Park, 14 from Ely.
    const campus = testRecord({ places: [{ slug: 'aru', name: 'ARU Cambridge campus', lat: 52.2035, lng: 0.1339 }] });
    expect(nearValues(campus, gazetteer)).toEqual(['cambridge~1', 'cambridge-science-park~3']);
    expect(nearValues(testRecord({ places: [] }), gazetteer)).toEqual([]);
  });
});

describe('placeInQuery', () => {
  it('finds a place named in full by whole words, the longest name first, ignoring case', () => {
    expect(placeInQuery('apprenticeship CAMBRIDGE', gazetteer)?.slug).toBe('cambridge');
    expect(placeInQuery('jobs on cambridge science park', gazetteer)?.slug).toBe('cambridge-science-park');
    expect(placeInQuery('camb apprenticeship', gazetteer)).toBeUndefined();
    expect(placeInQuery('cambridgeshire', gazetteer)).toBeUndefined();
  });
});

describe('nearestBandFirst', () => {
  it('puts the nearest band first and keeps relevance order within a band and after the bands', () => {
    const results = ['chef', 'data', 'lab', 'page', 'ely'].map((id) => ({ id }));
    const bands = new Map([
      ['chef', 3],
      ['lab', 1],
      ['data', 1],
      ['ely', 10],
    ]);
    expect(nearestBandFirst(results, bands).map((r) => r.id)).toEqual(['data', 'lab', 'chef', 'ely', 'page']);
  });
});
