import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from './filters.ts';
import { prepareOpportunities, queryOpportunities, type OpportunityQuery } from './opportunity-query.ts';
import { FIXTURE_TODAY, generateOpportunities, SAMPLE_RECORDS } from '../testing/records.ts';

const prepared = prepareOpportunities(SAMPLE_RECORDS, FIXTURE_TODAY);
const run = (query: Partial<Omit<OpportunityQuery, 'filters'>> & { filters?: Partial<Filters> }) =>
  queryOpportunities(prepared, { q: '', sort: 'relevance', ...query, filters: { ...emptyFilters(), ...query.filters } });
const slugs = (query: Parameters<typeof run>[0]) => run(query).results.map((r) => r.record.slug);

describe('queryOpportunities', () => {
  it('hides closed opportunities by default and shows them on request, closing soonest first (the default order with no query or place)', () => {
    expect(slugs({})).toEqual([
      'laboratory-scientist-degree-apprenticeship',
      'commercial-leadership',
      'lab-technician',
      'healthcare-support-placement',
      'data-science-bootcamp',
    ]);
    expect(slugs({ filters: { open: false } })).toContain('closed-internship');
  });
  it('works statuses out for its own day, not the feed’s', () => {
    const later = prepareOpportunities(SAMPLE_RECORDS, '2027-03-20');
    const result = queryOpportunities(later, { q: '', sort: 'relevance', filters: emptyFilters() });
    expect(result.results.map((r) => r.record.slug)).not.toContain('laboratory-scientist-degree-apprenticeship');
  });
  it('searches with ranking and typos', () => {
    expect(slugs({ q: 'laboratory' })).toEqual(['laboratory-scientist-degree-apprenticeship', 'lab-technician']);
    expect(slugs({ q: 'laboratory technician' })[0]).toBe('lab-technician');
    expect(slugs({ q: 'machne lerning' })).toEqual(['data-science-bootcamp']);
  });
  it('finds opportunities by place and provider names', () => {
    expect(slugs({ q: 'norwich' })).toEqual(['laboratory-scientist-degree-apprenticeship']);
    expect(slugs({ q: 'nhs' })).toEqual(['healthcare-support-placement']);
  });
  it('narrows by distance, keeps online ones and sorts nearest first', () => {
    const origin = { lat: 52.2053, lng: 0.1218 };
    expect(slugs({ origin, radius: 10, sort: 'nearest' })).toEqual(['commercial-leadership', 'lab-technician', 'data-science-bootcamp']);
    // With a place and no query, the default order is nearest first.
    expect(slugs({ origin, radius: 10 })).toEqual(slugs({ origin, radius: 10, sort: 'nearest' }));
    const all = run({ origin, sort: 'nearest' }).results;
    expect(all.map((r) => Math.round(r.miles ?? -1))).toEqual([0, 0, 29, 58, -1]);
  });
  it('builds the search index once, when first needed', () => {
    const fresh = prepareOpportunities(SAMPLE_RECORDS, FIXTURE_TODAY);
    expect(fresh.index()).toBe(fresh.index());
  });
  it('falls back to relevance when nearest has no origin', () => {
    expect(slugs({ sort: 'nearest' })).toEqual(slugs({}));
  });
  it('counts facet values among the search results', () => {
    const { counts } = run({ q: 'laboratory' });
    expect(Object.fromEntries(counts.type)).toEqual({ apprenticeship: 1, 'degree-apprenticeship': 1 });
  });
  it('answers every prefix of a query over 10,000 records, matching more as the prefix grows shorter', () => {
    const big = prepareOpportunities(generateOpportunities(10_000), FIXTURE_TODAY);
    const totals = ['laboratory tech', 'laboratory', 'lab'].map(
      (q) => queryOpportunities(big, { q, sort: 'relevance', filters: emptyFilters() }).results.length,
    );
    expect(totals[0]).toBeGreaterThan(0);
    expect(totals[1]).toBeGreaterThanOrEqual(totals[0]!);
    expect(totals[2]).toBeGreaterThanOrEqual(totals[1]!);
  });
});
