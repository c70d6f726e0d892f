import { describe, expect, it } from 'vitest';
import { OPPORTUNITY_TYPES } from '@opportunities-hub/model';
import { attributeOptions, attributeProblems } from './attribute-options.ts';

describe('attributeOptions', () => {
  const options = attributeOptions({
    skills: [['data-science', 'Data science']],
    providers: [
      ['zeta', 'Zeta College'],
      ['alpha', 'Alpha University'],
    ],
    places: [['cambridge-city-centre', 'Cambridge city centre']],
    pathways: [['lab', 'Into the lab']],
  });
  it('offers every value of each fixed vocabulary, in its own order, with its label', () => {
    expect(options['type']!.map(([v]) => v)).toEqual([...OPPORTUNITY_TYPES]);
    expect(options['type']![3]).toEqual(['t-level', 'T Level']);
    expect(options['level']!.map(([v]) => v)).toContain('advanced');
    expect(options['level']!.map(([v]) => v)).toContain('3');
    expect(options['theme']!.map(([v]) => v)).toEqual(['auto', 'light', 'dark']);
    expect(options['sort']!.map(([v]) => v)).toEqual(['relevance', 'closing', 'newest', 'nearest', 'pay']);
    expect(options['pay']!.map(([v]) => v)).toEqual(['fixed', 'apprentice-minimum', 'national-minimum', 'competitive', 'not-stated']);
  });
  it('offers the hub’s own records by name, a place by its slug', () => {
    expect(options['provider']).toEqual([
      ['alpha', 'Alpha University'],
      ['zeta', 'Zeta College'],
    ]);
    expect(options['near']).toEqual([['cambridge-city-centre', 'Cambridge city centre']]);
  });
});

describe('attributeProblems', () => {
  it('names each free-text value the widget cannot use, and what it accepts', () => {
    expect(attributeProblems({ limit: '10', locked: 'provider near', 'heading-level': '3' })).toEqual([]);
    expect(attributeProblems({ limit: 'ten', locked: 'provider nowhere', 'heading-level': '9' })).toEqual([
      'limit="ten" is not used: expected a whole number above 0.',
      'heading-level="9" is not used: expected a number from 1 to 5.',
      expect.stringMatching(
        /^locked="nowhere" is not used: expected any of q, type, level, skill, audience, attendance, delivery, start, pay, provider, open, near, radius, sort\.$/,
      ),
    ]);
  });
});
