import type { OpportunityRecord } from '@opportunities-hub/model';

/** A complete, valid opportunity record for unit tests; override what a test is about. */
export function testRecord(overrides: Partial<OpportunityRecord> = {}): OpportunityRecord {
  const slug = overrides.slug ?? 'lab-apprenticeship';
  return {
    slug,
    url: `/opportunities/${slug}/`,
    title: 'Laboratory technician apprenticeship',
    summary: 'Train as a laboratory technician while you earn.',
    description: 'You will run assays & keep <samples> safe.',
    type: 'apprenticeship',
    level: '3',
    levelBand: 'advanced',
    skills: [{ slug: 'laboratory-technical', name: 'Laboratory technical skills', group: 'specialist' }],
    audiences: ['school-leavers'],
    provider: { slug: 'cambridge-regional-college', name: 'Cambridge Regional College' },
    employer: { slug: 'example-biotech', name: 'Example Biotech' },
    places: [{ slug: 'cbc', name: 'Cambridge Biomedical Campus', area: 'Cambridge', lat: 52.175, lng: 0.14, postcodeDistrict: 'CB2' }],
    delivery: 'on-site',
    attendance: 'full-time',
    starts: '2027-09-01',
    closes: '2027-01-31',
    duration: '2 years',
    cost: 'Free',
    apply: { url: 'https://example.org/apply' },
    published: '2026-10-01',
    lastReviewed: '2026-11-01',
    illustrative: false,
    status: 'open',
    ...overrides,
  };
}
