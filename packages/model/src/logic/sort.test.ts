import { describe, expect, it } from 'vitest';
import type { PayFacts } from './pay.ts';
import { effectiveSort, sortKeys, sortResults, type Sortable, type SortKey } from './sort.ts';

type Item = Sortable & { slug: string };
const item = (slug: string, closes: string, published: string, open: boolean, extra: Partial<Sortable>, pay?: PayFacts): Item => ({
  slug,
  score: 0,
  ...sortKeys({ closes, published, pay }, open),
  ...extra,
});
const list = () => [
  item('a', '2027-05-01', '2027-01-01', true, { score: 1, miles: 20 }),
  item('b', 'rolling', '2027-02-01', true, { score: 3 }),
  item('c', '2027-04-01', '2026-12-01', true, { score: 2, miles: 3 }),
  item('d', '2027-01-01', '2027-03-01', false, { score: 2, miles: 10 }),
];
const order = (sort: SortKey) => sortResults(list(), sort).map((s) => s.slug);

describe('sortResults', () => {
  it('relevance: score, then newest', () => expect(order('relevance')).toEqual(['b', 'd', 'c', 'a']));
  it('closing: soonest dated first, rolling next, closed last', () => expect(order('closing')).toEqual(['c', 'a', 'b', 'd']));
  it('newest: published, newest first', () => expect(order('newest')).toEqual(['d', 'b', 'a', 'c']));
  it('nearest: miles, no place last', () => expect(order('nearest')).toEqual(['c', 'd', 'a', 'b']));
  it('pay: set wages by their yearly sum, then other stated pay (by score), then pay not stated', () => {
    const paid = [
      item('none', 'rolling', '2027-01-01', true, { score: 9 }),
      item('hourly', 'rolling', '2027-01-01', true, { score: 1 }, { type: 'fixed', amount: 12, unit: 'hour' }),
      item('monthly', 'rolling', '2027-01-01', true, {}, { type: 'fixed', amount: 2000, unit: 'month' }),
      item('minimum', 'rolling', '2027-01-01', true, { score: 2 }, { type: 'apprentice-minimum' }),
      item('yearly', 'rolling', '2027-01-01', true, {}, { type: 'fixed', amount: 21000, unit: 'year' }),
    ];
    expect(sortResults(paid, 'pay').map((s) => s.slug)).toEqual(['monthly', 'yearly', 'minimum', 'hourly', 'none']);
  });
  it('keeps the given order for full ties', () => {
    const ties = [item('x', 'rolling', '2027-01-01', true, {}), item('y', 'rolling', '2027-01-01', true, {})];
    expect(sortResults(ties, 'closing').map((s) => s.slug)).toEqual(['x', 'y']);
  });
});

describe('effectiveSort (the default order, "Best match")', () => {
  it('is relevance with a query, nearest with a place and no query, closing soonest otherwise', () => {
    expect(effectiveSort('relevance', true, true)).toBe('relevance');
    expect(effectiveSort('relevance', false, true)).toBe('nearest');
    expect(effectiveSort('relevance', false, false)).toBe('closing');
    expect(effectiveSort('nearest', true, false)).toBe('relevance');
    expect(effectiveSort('newest', false, true)).toBe('newest');
  });
});
