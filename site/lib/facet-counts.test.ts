import { describe, expect, it } from 'vitest';
import type { Catalogue, OpportunityRecord } from '@opportunities-hub/model';
import { countOpportunities, facetListings, openCount } from './facet-counts.ts';
import type { SiteData } from './site-data.ts';
import { opportunity as testRecord } from '@opportunities-hub/model/testing/records';

const TODAY = '2026-11-28';
const lab = { slug: 'laboratory-technical', name: 'Laboratory technical skills', group: 'specialist' } as const;

/** Eight apprenticeships as the 8-versus-7 page had them: open, rolling, closed and not yet open. */
const records: OpportunityRecord[] = [
  ...['a', 'b', 'c', 'd', 'e'].map((slug) => testRecord({ slug })),
  testRecord({ slug: 'rolling', closes: 'rolling', status: 'rolling' }),
  testRecord({ slug: 'closed', closes: '2026-11-01', status: 'closed' }),
  testRecord({ slug: 'upcoming', opens: '2027-01-05', status: 'upcoming' }),
  testRecord({ slug: 'course', type: 'course', closes: '2026-10-01', status: 'closed' }),
];

/** Just enough of the site's data for the listings: the records, the day and the skill areas. */
function siteData(list: OpportunityRecord[]): SiteData {
  const skills = [{ slug: lab.slug, data: { name: lab.name, group: lab.group, order: 1 } }];
  return {
    records: list,
    clock: { today: TODAY, generated: `${TODAY}T06:00:00Z` },
    catalogue: { skills } as unknown as Catalogue,
  } as SiteData;
}

describe('countOpportunities', () => {
  it('counts every listed opportunity when open only is off, and only those open for applications when it is on', () => {
    expect(countOpportunities(records, TODAY, { open: false }).byFacet.type.get('apprenticeship')).toBe(8);
    // Open, closing soon and rolling count; closed and not-yet-open do not (the panel once counted the upcoming one too).
    expect(countOpportunities(records, TODAY).byFacet.type.get('apprenticeship')).toBe(6);
    expect(countOpportunities(records, TODAY).byFacet.type.has('course')).toBe(false);
  });

  it('counts a value as choosing it alone in its facet would show, other facets applied', () => {
    const counts = countOpportunities(records, TODAY, { open: false, type: ['course'] });
    expect(counts.total).toBe(1);
    expect(counts.byFacet.type.get('apprenticeship')).toBe(8);
    expect(counts.byFacet.skill.get(lab.slug)).toBe(1);
  });
});

describe('facetListings', () => {
  it('gives each listing page the same number of opportunities as its filter link counts', () => {
    const listings = facetListings(siteData(records));
    const [byType, bySkill] = ['type', 'skill'].map((key) => listings.find((l) => l.facet.key === key));
    expect(byType!.counts.get('apprenticeship')).toBe(byType!.groups.get('apprenticeship')!.length);
    expect(byType!.counts.get('course')).toBe(1);
    expect(bySkill!.counts.get(lab.slug)).toBe(9);
  });

  it('stops the build when a listing and its count disagree, naming the value', () => {
    // The same skill twice: the listing would carry the record twice, the search counts it once.
    const twice = testRecord({ slug: 'twice', skills: [lab, lab] });
    expect(() => facetListings(siteData([twice]))).toThrow(/skill "laboratory-technical" lists 2 opportunities but its filter counts 1/);
  });

  it('counts what can be applied for on the build day', () => {
    expect(openCount(siteData(records))).toBe(6);
  });
});
