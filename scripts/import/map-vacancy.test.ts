import { describe, expect, it } from 'vitest';
import { dayOf, mapPay, webAddress } from './map-vacancy.ts';
import { ImportError } from './faa-api.ts';

describe('mapPay', () => {
  it('spells out each wage type of the API', () => {
    expect(mapPay({ wageType: 'ApprenticeshipMinimum' })).toEqual({ pay: { type: 'apprentice-minimum' } });
    expect(mapPay({ wageType: 'NationalMinimum', wageAdditionalInformation: '<p>Plus <b>overtime</b></p>' })).toEqual({
      pay: { type: 'national-minimum', note: 'Plus overtime' },
    });
    expect(mapPay({ wageType: 'CompetitiveSalary' })).toEqual({ pay: { type: 'competitive' } });
    expect(mapPay({ wageType: 'Custom', wageAmount: 21000, wageUnit: 'Annually' })).toEqual({
      pay: { type: 'fixed', amount: 21000, unit: 'year' },
    });
  });

  it('reads a set wage from the employer’s words when the amount is empty, as the live service sends it', () => {
    expect(mapPay({ wageType: 'Custom', wageAmount: null, wageAdditionalInformation: '£11.44 per hour' })).toEqual({
      pay: { type: 'fixed', amount: 11.44, unit: 'hour', note: '£11.44 per hour' },
    });
  });

  it('keeps only the words when a set wage has no figure anywhere, and says nothing when there are none', () => {
    expect(mapPay({ wageType: 'Custom', wageAdditionalInformation: 'Depends on experience' })).toEqual({ wage: 'Depends on experience' });
    expect(mapPay({ wageType: 'Custom' })).toEqual({});
  });
});

describe('webAddress', () => {
  it('takes an address as employers type it, and refuses what is not a web address', () => {
    expect(webAddress(' https://example.org/jobs ')).toBe('https://example.org/jobs');
    expect(webAddress('www.example.org/apply')).toBe('https://www.example.org/apply');
    expect(webAddress('javascript:alert(1)')).toBeUndefined();
    expect(webAddress('see our website')).toBeUndefined();
    expect(webAddress(null)).toBeUndefined();
  });
});

describe('dayOf', () => {
  it('takes the closing day from the API’s end-of-day time, and refuses what is not a date', () => {
    expect(dayOf('2027-01-31T23:59:59', 'closingDate', '1')).toBe('2027-01-31');
    expect(() => dayOf('soon', 'closingDate', '1')).toThrow(ImportError);
  });
});
