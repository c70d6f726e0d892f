import { FACET_LABELS } from '@opportunities-hub/model';
import { opportunity } from '@opportunities-hub/model/testing/records';
import { describe, expect, it } from 'vitest';
import { opportunityFacts } from './opportunity-facts.ts';

describe('opportunityFacts', () => {
  const facts = opportunityFacts(opportunity({ hours: '37.5 hours a week', opens: '2027-05-01' }));
  const labels = facts.map((f) => f.label);

  it('names each fact a facet covers with the vocabulary’s label for that facet, as the search and its filters do', () => {
    for (const facet of ['type', 'level', 'skill', 'audience', 'provider', 'delivery', 'attendance', 'start'] as const)
      expect(labels, facet).toContain(FACET_LABELS[facet]);
  });

  it('never gives two facts the same label (attendance and working hours are told apart)', () => {
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('Hours');
  });
});
