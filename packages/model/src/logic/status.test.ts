import { describe, expect, it } from 'vitest';
import { isOpen, shownStatus, statusesFrom, statusOf } from './status.ts';

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

describe('the status a page shows', () => {
  it('says "closes today" on the last day, in UK days', () => {
    expect(shownStatus({ closes: '2027-03-31' }, '2027-03-31')).toBe('closes-today');
    expect(shownStatus({ closes: '2027-03-31' }, '2027-03-30')).toBe('closing-soon');
    expect(shownStatus({ closes: '2027-03-31' }, '2027-04-01')).toBe('closed');
    expect(shownStatus({ closes: 'rolling' }, '2027-03-31')).toBe('rolling');
    expect(shownStatus({ closes: '2027-03-31', opens: '2027-04-01' }, '2027-03-31')).toBe('upcoming');
  });

  it('lists every status still to come, in order, for a page to be ready to show', () => {
    expect(statusesFrom({ closes: '2027-03-31', opens: '2027-02-01' }, '2027-01-10')).toEqual([
      'upcoming',
      'open',
      'closing-soon',
      'closes-today',
      'closed',
    ]);
    expect(statusesFrom({ closes: '2027-03-31' }, '2027-03-20')).toEqual(['closing-soon', 'closes-today', 'closed']);
    expect(statusesFrom({ closes: '2027-03-31' }, '2027-04-02')).toEqual(['closed']);
    expect(statusesFrom({ closes: 'rolling', opens: '2027-02-01' }, '2027-01-10')).toEqual(['upcoming', 'rolling']);
    expect(statusesFrom({ closes: 'rolling' }, '2027-01-10')).toEqual(['rolling']);
  });

  it('agrees with shownStatus on every day of a year', () => {
    const o = { closes: '2027-06-30', opens: '2027-05-01' };
    const today = '2027-01-01';
    const seen = new Set<string>();
    for (let i = 0; i < 365; i++) seen.add(shownStatus(o, new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10)));
    expect(new Set(statusesFrom(o, today))).toEqual(seen);
  });
});
