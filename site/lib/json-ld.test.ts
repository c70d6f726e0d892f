import { describe, expect, it } from 'vitest';
import { OPPORTUNITY_TYPES } from '@opportunities-hub/model';
import { breadcrumbJsonLd, costOffer, JSON_LD_KIND, jsonLdScript, opportunityJsonLd, REQUIRED_PROPERTIES } from './json-ld.ts';
import { opportunity } from '@opportunities-hub/model/testing/records';

const ORIGIN = 'https://hub.example';

describe('opportunityJsonLd', () => {
  it('gives every opportunity type a schema.org type with its required properties', () => {
    for (const type of OPPORTUNITY_TYPES) {
      const data = opportunityJsonLd(opportunity({ type }), ORIGIN);
      expect(data['@type']).toBe(JSON_LD_KIND[type]);
      for (const property of REQUIRED_PROPERTIES[JSON_LD_KIND[type]]) expect(data, `${type} → ${property}`).toHaveProperty(property);
    }
  });

  it('maps an apprenticeship to a JobPosting with dates, employer and a located place', () => {
    const record = opportunity({
      slug: 'lab-apprenticeship',
      published: '2026-10-01',
      closes: '2027-01-31',
      employer: { slug: 'example-biotech', name: 'Example Biotech' },
    });
    const data = opportunityJsonLd(record, ORIGIN, new Map([['example-biotech', 'https://biotech.example']]));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      datePosted: '2026-10-01',
      validThrough: '2027-01-31T23:59:59+00:00',
      hiringOrganization: { name: 'Example Biotech', sameAs: 'https://biotech.example' },
      employmentType: ['FULL_TIME'],
      url: 'https://hub.example/opportunities/lab-apprenticeship/',
    });
    expect(data).toHaveProperty('jobLocation', [
      expect.objectContaining({ '@type': 'Place', geo: { '@type': 'GeoCoordinates', latitude: 52.2053, longitude: 0.1218 } }),
    ]);
  });

  it('marks online jobs as TELECOMMUTE and leaves validThrough out when applications roll', () => {
    const data = opportunityJsonLd(opportunity({ delivery: 'online', places: [], closes: 'rolling', type: 'internship' }), ORIGIN);
    expect(data).toHaveProperty('jobLocationType', 'TELECOMMUTE');
    expect(data).not.toHaveProperty('jobLocation');
    expect(data).not.toHaveProperty('validThrough');
    expect(data).toHaveProperty('employmentType', expect.arrayContaining(['INTERN']));
  });

  it('gives a course a CourseInstance with its mode', () => {
    const data = opportunityJsonLd(opportunity({ type: 'bootcamp', delivery: 'hybrid', starts: '2027-09-01' }), ORIGIN);
    expect(data).toHaveProperty('hasCourseInstance', [
      expect.objectContaining({ '@type': 'CourseInstance', courseMode: 'Blended', startDate: '2027-09-01' }),
    ]);
  });

  it('gives an Offer one of the categories Google reads, with the editor’s words as its description', () => {
    const url = 'https://hub.example/opportunities/x/';
    expect(costOffer('Free', url)).toMatchObject({ category: 'Free', price: 0, priceCurrency: 'GBP', description: 'Free' });
    expect(costOffer('No tuition fees for you. Your employer pays.', url)).toMatchObject({ category: 'Free', price: 0 });
    expect(costOffer('Free for you. Host firms pay a share of your wage.', url)).toMatchObject({ category: 'Free' });
    expect(costOffer('Free if you are 19 or over', url)).toMatchObject({ category: 'Partially Free' });
    expect(costOffer('£620 a person. SMEs with fewer than 50 staff get a 30% discount.', url)).toMatchObject({
      category: 'Partially Free',
      price: 620,
    });
    expect(costOffer('£3,200. You can usually cover this with a loan.', url)).toMatchObject({ category: 'Partially Free', price: 3200 });
    expect(costOffer('£350 a person', url)).toMatchObject({ category: 'Paid', price: 350, priceCurrency: 'GBP' });
    expect(costOffer('Fees to be confirmed. Usually funded by the NHS trust.', url)).not.toHaveProperty('price');
  });

  it('gives a T Level an EducationalOccupationalProgram with its deadline', () => {
    const data = opportunityJsonLd(opportunity({ type: 't-level', closes: '2027-01-31' }), ORIGIN);
    expect(data).toMatchObject({
      '@type': 'EducationalOccupationalProgram',
      applicationDeadline: '2027-01-31',
      educationalCredentialAwarded: 'T Level',
    });
  });

  it('gives an imported vacancy its pay, source reference and no direct application', () => {
    const data = opportunityJsonLd(
      opportunity({
        pay: { type: 'fixed', amount: 21000, unit: 'year' },
        source: { name: 'find-an-apprenticeship', label: 'Find an apprenticeship', reference: '1000012345' },
      }),
      ORIGIN,
    );
    expect(data).toMatchObject({
      baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', value: 21000, unitText: 'YEAR' } },
      identifier: { '@type': 'PropertyValue', name: 'Find an apprenticeship', value: '1000012345' },
      directApply: false,
    });
    expect(opportunityJsonLd(opportunity({ pay: { type: 'apprentice-minimum' } }), ORIGIN)).not.toHaveProperty('baseSalary');
    expect(opportunityJsonLd(opportunity(), ORIGIN)).not.toHaveProperty('identifier');
    const national = opportunityJsonLd(opportunity({ places: [], nationwide: true }), ORIGIN);
    expect(national).toMatchObject({
      jobLocation: { '@type': 'Place', address: { addressRegion: 'England', addressCountry: 'GB' } },
      applicantLocationRequirements: { '@type': 'Country', name: 'England' },
    });
  });

  it('refuses a type it does not know', () => {
    expect(() => opportunityJsonLd(opportunity({ type: 'juggling' as never }), ORIGIN)).toThrow(
      /no schema.org type for opportunity type "juggling"/,
    );
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    const data = breadcrumbJsonLd(
      [
        { name: 'Home', path: '/' },
        { name: 'Pathways', path: '/pathways/' },
      ],
      ORIGIN,
    );
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
