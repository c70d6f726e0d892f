import { describe, expect, it } from 'vitest';
import { annualPay, formatPounds, payText } from './pay.ts';

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
  });
});
