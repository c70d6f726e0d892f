import { describe, expect, it } from 'vitest';
import { buildCalendar, dayValue, escapeText, foldLine, utcStamp } from './icalendar.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Open day')).toBe('SUMMARY:Open day');
  });

  it('folds at 75 octets with a leading space, never splitting a character', () => {
    const line = `DESCRIPTION:${'é£😀 '.repeat(40)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('folds a line of few characters but more than 75 octets', () => {
    const line = `SUMMARY:${'é'.repeat(40)}`;
    expect(line.length).toBeLessThanOrEqual(75);
    for (const l of foldLine(line).split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(foldLine(line).split('\r\n').length).toBe(2);
  });
});

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('buildCalendar', () => {
  const calendar = buildCalendar({
    productId: '-//Hub//EN',
    name: 'Hub',
    stamp: '2026-11-28T09:05:00.123Z',
    events: [
      { uid: 'closes-a@hub.example', summary: 'Closing date: A, B; C', day: '2026-12-31' },
      { uid: 'event-b@hub.example', summary: 'Open day', start: '2027-01-20T10:00:00Z', end: '2027-01-20T15:00:00+01:00' },
    ],
  });

  it('uses CRLF throughout and ends with one', () => {
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes all-day events as DATE values ending the next day, across a year end', () => {
    expect(calendar).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(calendar).toContain('SUMMARY:Closing date: A\\, B\\; C\r\n');
  });

  it('writes timed events in UTC, with a UID and DTSTAMP on each', () => {
    expect(calendar).toContain('DTSTART:20270120T100000Z\r\nDTEND:20270120T140000Z\r\n');
    expect(calendar.match(/^UID:/gm)).toHaveLength(2);
    expect(calendar.match(/^DTSTAMP:20261128T090500Z\r$/gm)).toHaveLength(2);
  });

  it('refuses an event with no time, or a bad day', () => {
    expect(() => buildCalendar({ productId: 'x', name: 'x', stamp: '2026-11-28T00:00:00Z', events: [{ uid: 'u', summary: 's' }] })).toThrow(
      /needs a day/,
    );
    expect(() =>
      buildCalendar({ productId: 'x', name: 'x', stamp: '2026-11-28T00:00:00Z', events: [{ uid: 'u', summary: 's', day: '28/11/2026' }] }),
    ).toThrow(/"28\/11\/2026" is not a real date written YYYY-MM-DD/);
  });

  it('refuses a day that does not exist instead of rolling it over (31 February is not 3 March)', () => {
    expect(() => dayValue('2027-02-31')).toThrow(/iCalendar: "2027-02-31" is not a real date/);
    expect(dayValue('2028-02-29')).toBe('20280229');
  });

  it('refuses a stamp that is not a date-time', () => {
    expect(() => utcStamp('soon')).toThrow(/"soon" is not a date-time/);
  });
});

describe('buildCalendar alarms', () => {
  const calendar = (trigger: string) =>
    buildCalendar({
      productId: '-//Test//EN',
      name: 'Test',
      stamp: '2026-11-28T00:00:00Z',
      events: [{ uid: 'a@test', summary: 'A', day: '2027-01-31', alarm: { trigger, description: 'Soon' } }],
    });

  it('writes a display alarm inside the event', () => {
    expect(calendar('-P7D')).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Soon\r\nTRIGGER:-P7D\r\nEND:VALARM\r\nEND:VEVENT');
  });

  it('refuses a trigger that is not a duration', () => {
    for (const bad of ['7 days', '-P', '-PT', '-P1DT', 'P1Y']) expect(() => calendar(bad), bad).toThrow(/not a duration/);
  });
});
