import { describe, expect, it } from 'vitest';
import { emptyFilters, FacetCodes, facetValues, filterWithCounts, startWindowOf, type Filters } from './filters.ts';
import { SAMPLE_RECORDS } from '../testing/records.ts';

const codes = new FacetCodes();
const items = SAMPLE_RECORDS.map((r) => ({ r, codes: codes.encode(facetValues(r, startWindowOf(r.starts, '2027-03-01'))) }));
const run = (filters: Partial<Filters>) => filterWithCounts(items, { ...emptyFilters(), ...filters }, (i) => i.codes, codes);
const slugs = (filters: Partial<Filters>) => run(filters).matches.map((i) => i.r.slug);

describe('startWindowOf', () => {
  it.each([
    ['rolling', 'soon'],
    ['2027-02-01', 'soon'],
    ['2027-05-31', 'soon'],
    ['2027-07-01', 'months-3-6'],
    ['2027-12-01', 'months-6-12'],
    ['2028-03-02', 'later'],
  ])('%s starts %s', (starts, window) => expect(startWindowOf(starts, '2027-03-01')).toBe(window));
});

describe('filterWithCounts', () => {
  it('keeps everything with nothing selected, and counts every value', () => {
    const { matches, counts } = run({});
    expect(matches).toHaveLength(SAMPLE_RECORDS.length);
    expect(counts.provider.get('east-university')).toBe(2);
    expect(counts.skill.get('data-science')).toBe(2);
  });
  it('ORs values within a facet and ANDs facets', () => {
    expect(slugs({ type: ['bootcamp', 'internship'] })).toEqual(['data-science-bootcamp', 'closed-internship']);
    expect(slugs({ type: ['bootcamp', 'internship'], delivery: ['online'] })).toEqual(['data-science-bootcamp']);
  });
  it.each([
    ['level', ['degree'], ['laboratory-scientist-degree-apprenticeship', 'closed-internship']],
    ['skill', ['healthcare-support'], ['healthcare-support-placement']],
    ['audience', ['employers'], ['commercial-leadership']],
    ['attendance', ['flexible'], ['healthcare-support-placement']],
    ['delivery', ['hybrid'], ['commercial-leadership']],
    ['start', ['months-6-12'], ['healthcare-support-placement']],
    ['provider', ['east-university'], ['laboratory-scientist-degree-apprenticeship', 'commercial-leadership']],
    ['pay', ['fixed', 'apprentice-minimum'], ['lab-technician', 'laboratory-scientist-degree-apprenticeship']],
    ['pay', ['not-stated'], ['data-science-bootcamp', 'healthcare-support-placement', 'commercial-leadership', 'closed-internship']],
  ] as const)('filters by %s', (facet, values, expected) => {
    expect(slugs({ [facet]: [...values] })).toEqual(expected);
  });
  it('finds nothing for a value no record has', () => {
    expect(slugs({ type: ['unknown'] })).toEqual([]);
  });
  it("counts a facet's values ignoring its own selection but not the others'", () => {
    const { counts } = run({ type: ['bootcamp'], delivery: ['on-site'] });
    // type counts respect delivery=on-site; delivery counts respect type=bootcamp
    expect(counts.type.get('bootcamp')).toBeUndefined();
    expect(counts.type.get('apprenticeship')).toBe(1);
    expect(counts.delivery.get('online')).toBe(1);
    expect(counts.delivery.get('on-site')).toBeUndefined();
    // other facets count only what matches both
    expect([...counts.audience.values()].reduce((a, b) => a + b, 0)).toBe(0);
  });
});
