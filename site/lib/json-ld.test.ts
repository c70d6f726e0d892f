import { describe, expect, it } from 'vitest';
import { OPPORTUNITY_TYPES } from '@opportunities-hub/model';
import { breadcrumbJsonLd, JSON_LD_KIND, jsonLdScript, opportunityJsonLd, REQUIRED_PROPERTIES } from './json-ld.ts';
import { testRecord } from './testing/record.ts';

const ORIGIN = 'https://hub.example';

describe('opportunityJsonLd', () => {
  it('gives every opportunity type a schema.org type with its required properties', () => {
    for (const type of OPPORTUNITY_TYPES) {
      const data = opportunityJsonLd(testRecord({ type }), ORIGIN);
      expect(data['@type']).toBe(JSON_LD_KIND[type]);
      for (const property of REQUIRED_PROPERTIES[JSON_LD_KIND[type]]) expect(data, `${type} → ${property}`).toHaveProperty(property);
    }
  });

  it('maps an apprenticeship to a JobPosting with dates, employer and a located place', () => {
    const data = opportunityJsonLd(testRecord(), ORIGIN, new Map([['example-biotech', 'https://biotech.example']]));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      datePosted: '2026-10-01',
      validThrough: '2027-01-31T23:59:59Z',
      hiringOrganization: { name: 'Example Biotech', sameAs: 'https://biotech.example' },
      employmentType: ['FULL_TIME'],
      url: 'https://hub.example/opportunities/lab-apprenticeship/',
    });
    expect(data['jobLocation']).toEqual([expect.objectContaining({ '@type': 'Place', geo: { '@type': 'GeoCoordinates', latitude: 52.175, longitude: 0.14 } })]);
  });

  it('marks online jobs as TELECOMMUTE and leaves validThrough out when applications roll', () => {
    const data = opportunityJsonLd(testRecord({ delivery: 'online', places: [], closes: 'rolling', type: 'internship' }), ORIGIN);
    expect(data['jobLocationType']).toBe('TELECOMMUTE');
    expect(data).not.toHaveProperty('jobLocation');
    expect(data).not.toHaveProperty('validThrough');
    expect(data['employmentType']).toContain('INTERN');
  });

  it('gives a course a CourseInstance with its mode', () => {
    const data = opportunityJsonLd(testRecord({ type: 'bootcamp', delivery: 'hybrid' }), ORIGIN);
    expect(data['hasCourseInstance']).toEqual([expect.objectContaining({ '@type': 'CourseInstance', courseMode: 'blended', startDate: '2027-09-01' })]);
  });

  it('gives a T Level an EducationalOccupationalProgram with its deadline', () => {
    const data = opportunityJsonLd(testRecord({ type: 't-level' }), ORIGIN);
    expect(data).toMatchObject({ '@type': 'EducationalOccupationalProgram', applicationDeadline: '2027-01-31', educationalCredentialAwarded: 'T Level' });
  });

  it('refuses a type it does not know', () => {
    expect(() => opportunityJsonLd(testRecord({ type: 'juggling' as never }), ORIGIN)).toThrow(/no schema.org type for opportunity type "juggling"/);
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    const data = breadcrumbJsonLd([{ name: 'Home', path: '/' }, { name: 'Pathways', path: '/pathways/' }], ORIGIN);
    expect(data['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://hub.example/' },
      { '@type': 'ListItem', position: 2, name: 'Pathways', item: 'https://hub.example/pathways/' },
    ]);
  });

  it('refuses an empty trail', () => {
    expect(() => breadcrumbJsonLd([], ORIGIN)).toThrow(/empty/);
  });
});

describe('jsonLdScript', () => {
  it('cannot be broken out of by a closing script tag in the data', () => {
    const text = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
