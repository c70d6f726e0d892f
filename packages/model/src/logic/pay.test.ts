import { describe, expect, it } from 'vitest';
import { annualPay, formatPounds, groupDigits, payFromText, payText } from './pay.ts';

describe('groupDigits and formatPounds (by hand, not Intl)', () => {
  it('write numbers as toLocaleString en-GB does', () => {
    const samples = [0, 7, 999, 1000, 12_345, 100_000, 1_234_567, 27_000, 9_999_999, 3.5, 412.5, 12_345.67];
    for (let n = 1; n < 1e9; n = Math.floor(n * 7.3) + 3) samples.push(n);
    for (const n of samples) {
      expect(groupDigits(n), String(n)).toBe(n.toLocaleString('en-GB', { maximumFractionDigits: 20 }));
      const whole = Number.isInteger(n);
      expect(formatPounds(n), String(n)).toBe(
        `£${n.toLocaleString('en-GB', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })}`,
      );
    }
  });
});

describe('pay', () => {
  it('writes pounds with thousands separators and pence only when there are some', () => {
    expect(formatPounds(19500)).toBe('£19,500');
    expect(formatPounds(412.5)).toBe('£412.50');
  });

  it('spells out each kind of pay', () => {
    expect(payText({ type: 'fixed', amount: 21000, unit: 'year' })).toBe('£21,000 a year');
    expect(payText({ type: 'fixed', amount: 350, unit: 'week' })).toBe('£350 a week');
    expect(payText({ type: 'apprentice-minimum' })).toMatch(/^Apprentice minimum wage/);
    expect(payText({ type: 'national-minimum' })).toBe('National Minimum Wage for your age');
    expect(payText({ type: 'competitive' })).toMatch(/^Competitive/);
  });

  it('puts fixed pay on a yearly scale and leaves the rest without a figure', () => {
    expect(annualPay({ type: 'fixed', amount: 350, unit: 'week' })).toBe(18200);
    expect(annualPay({ type: 'fixed', amount: 1500, unit: 'month' })).toBe(18000);
    expect(annualPay({ type: 'competitive' })).toBeUndefined();
    expect(annualPay(undefined)).toBeUndefined();
    expect(annualPay({ type: 'fixed', amount: 11.44, unit: 'hour' })).toBeUndefined();
  });

  it('finds an amount and its period in an employer’s words', () => {
    expect(payFromText('£20,400 a year')).toEqual({ amount: 20400, unit: 'year' });
    expect(payFromText('Starting at £11.44 per hour, rising after 6 months')).toEqual({ amount: 11.44, unit: 'hour' });
    expect(payFromText('£1,700/month')).toEqual({ amount: 1700, unit: 'month' });
    expect(payFromText('£18,000 - £21,000 per annum depending on experience')).toEqual({ amount: 18000, unit: 'year' });
    expect(payFromText('£350 a week')).toEqual({ amount: 350, unit: 'week' });
    expect(payFromText('Competitive, reviewed yearly')).toBeUndefined();
    expect(payFromText('£0 a year')).toBeUndefined();
  });
});
