import { describe, expect, it } from 'vitest';
import { daysBetween, endOfUkDay, isOpen, statusOf, todayIn } from './status.ts';

describe('statusOf', () => {
  const today = '2026-11-28';
  it.each([
    [{ closes: '2026-11-27' }, 'closed'],
    [{ closes: '2026-11-28' }, 'closing-soon'],
    [{ closes: '2026-12-12' }, 'closing-soon'],
    [{ closes: '2026-12-13' }, 'open'],
    [{ closes: 'rolling' }, 'rolling'],
    [{ closes: '2027-03-01', opens: '2026-12-01' }, 'upcoming'],
    [{ closes: 'rolling', opens: '2027-01-05' }, 'upcoming'],
    [{ closes: '2027-03-01', opens: '2026-11-28' }, 'open'],
    [{ closes: '2026-10-01', opens: '2026-12-01' }, 'closed'],
  ] as const)('%j is %s', (o, expected) => expect(statusOf(o, today)).toBe(expected));

  it('treats only open, closing-soon and rolling as open', () => {
    expect(['upcoming', 'open', 'closing-soon', 'rolling', 'closed'].filter((s) => isOpen(s as never))).toEqual([
      'open',
      'closing-soon',
      'rolling',
    ]);
  });
});

describe('dates', () => {
  it('counts days across month and year ends', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });
  it("gives the UK day, not the machine's", () => {
    expect(todayIn(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayIn(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});

describe('endOfUkDay', () => {
  it('ends a winter day at 23:59:59 GMT and a summer day at 23:59:59 BST', () => {
    expect(endOfUkDay('2027-01-31')).toBe('2027-01-31T23:59:59+00:00');
    expect(endOfUkDay('2027-06-30')).toBe('2027-06-30T23:59:59+01:00');
  });
});
