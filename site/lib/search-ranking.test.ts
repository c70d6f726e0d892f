import { describe, expect, it } from 'vitest';
import { availabilityOf, openBeforeClosed } from './search-ranking.ts';

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

  it('leaves the order alone when nothing is closed', () => {
    const results = [{ id: 'x' }, { id: 'y' }];
    expect(openBeforeClosed(results, new Set())).toEqual(results);
  });
});
