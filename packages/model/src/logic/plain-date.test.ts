import { describe, expect, it } from 'vitest';
import { addDays, compareDays, dayNumber, daysBetween, endOfUkDay, formatDay, isPlainDate, startOfDayUtc, todayIn } from './plain-date.ts';

describe('isPlainDate', () => {
  it('accepts real days, leap days included', () => {
    expect(['2026-11-28', '2028-02-29', '1970-01-01', '2026-12-31'].filter(isPlainDate)).toHaveLength(4);
  });

  it('refuses days that do not exist and other forms', () => {
    for (const value of [
      '2027-02-31',
      '2027-02-29',
      '2026-06-31',
      '2026-13-01',
      '2026-00-10',
      '28/11/2026',
      '2026-11-28T00:00:00Z',
      '2026-1-5',
      '',
    ])
      expect(isPlainDate(value), value).toBe(false);
  });
});

describe('arithmetic', () => {
  it('counts days across month and year ends and the clock change', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
  });

  it('adds days, forwards and back, through leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-11-28', 0)).toBe('2026-11-28');
  });

  it('orders days', () => {
    expect(['2027-03-01', '2026-12-31', '2027-01-15'].sort(compareDays)).toEqual(['2026-12-31', '2027-01-15', '2027-03-01']);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('throws on a day that does not exist, naming it, instead of rolling it over', () => {
    expect(() => daysBetween('2027-02-01', '2027-02-31')).toThrow('"2027-02-31" is not a day');
    expect(() => addDays('soon', 1)).toThrow('"soon"');
  });
});

describe('formatDay', () => {
  it('writes a day as UK readers do', () => {
    expect(formatDay('2026-11-28')).toBe('28 November 2026');
    expect(formatDay('2027-09-01')).toBe('1 September 2027');
  });

  it('writes every day from 1970 to 2100 as Intl.DateTimeFormat en-GB does', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let day = '1970-01-01'; day < '2100-01-01'; day = addDays(day, 1))
      expect(formatDay(day), day).toBe(intl.format(dayNumber(day) * 86_400_000));
  });

  it('refuses 31 February rather than printing 3 March', () => {
    expect(() => formatDay('2027-02-31')).toThrow('"2027-02-31" is not a day');
    expect(() => formatDay('2027-2-3')).toThrow('"2027-2-3"');
  });
});

describe('UK time', () => {
  it("gives the UK day, not the machine's", () => {
    expect(todayIn(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayIn(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('agrees with Intl in Europe/London at every quarter hour around each change of the clocks, 2000 to 2040', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });
    for (let year = 2000; year <= 2040; year++)
      for (const month of [2, 9]) {
        // From the 24th to the 1st of the next month: the last Sunday always falls in it.
        const start = Date.UTC(year, month, 24);
        for (let t = start; t < start + 9 * 86_400_000; t += 900_000) {
          const date = new Date(t);
          expect(todayIn(date), date.toISOString()).toBe(intl.format(date));
        }
      }
    // And at 23:30 UTC on every day of one year.
    for (let day = '2031-01-01'; day < '2032-01-01'; day = addDays(day, 1)) {
      const date = new Date(`${day}T23:30:00Z`);
      expect(todayIn(date), day).toBe(intl.format(date));
    }
  });

  it('ends a winter day at 23:59:59 GMT and a summer day at 23:59:59 BST', () => {
    expect(endOfUkDay('2027-01-31')).toBe('2027-01-31T23:59:59+00:00');
    expect(endOfUkDay('2027-06-30')).toBe('2027-06-30T23:59:59+01:00');
    expect(() => endOfUkDay('2027-06-31')).toThrow('"2027-06-31"');
  });

  it('starts a day at midnight UTC for Atom', () => {
    expect(startOfDayUtc('2026-11-01')).toBe('2026-11-01T00:00:00Z');
  });
});
