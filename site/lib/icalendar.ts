/**
 * An iCalendar (RFC 5545) writer: pure and unit tested. It does what calendar apps are strict
 * about: CRLF line ends, content lines folded at 75 octets (never inside a UTF-8 character),
 * TEXT values escaped, and a UID and DTSTAMP on every event.
 */

import { addDays, isPlainDate } from '@opportunities-hub/model/logic/plain-date';

export interface CalendarEvent {
  /** Globally unique and stable across builds, e.g. closes-<slug>@hub.example. */
  uid: string;
  summary: string;
  description?: string;
  url?: string;
  location?: string;
  /** An all-day event on this day (YYYY-MM-DD)... */
  day?: string;
  /** ...or a timed event, ISO date-times with an offset or Z. */
  start?: string;
  end?: string;
  categories?: string[];
  /** A reminder: `trigger` is an RFC 5545 duration before the start, e.g. -P7D. */
  alarm?: { trigger: string; description: string };
}

export interface Calendar {
  /** PRODID: who made the file. */
  productId: string;
  name: string;
  /** When the file was generated (ISO), written as each event's DTSTAMP. */
  stamp: string;
  /** The IANA zone the calendar's dates belong to (X-WR-TIMEZONE), e.g. Europe/London. */
  timeZone?: string;
  events: CalendarEvent[];
}

const CRLF = '\r\n';

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds one content line so no line exceeds 75 octets: continuation lines start with a space,
 * which counts towards their 75. Splits only between characters, never inside one.
 */
export function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to fold (facet calendars at 10,000 opportunities write ~25 MB).
  if (line.length <= 75 && SHORT_ASCII.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

// eslint-disable-next-line no-control-regex -- the range is all of ASCII, NUL included
const SHORT_ASCII = /^[\x00-\x7f]*$/;

/** How many octets a code point takes in UTF-8 (without encoding it: this runs for every character). */
function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** 2026-11-28T09:05:00.000Z → 20261128T090500Z. */
export function utcStamp(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`iCalendar: "${iso}" is not a date-time`);
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** 2027-03-31 → 20270331; throws, naming the value, unless it is a real day. */
export function dayValue(day: string): string {
  if (!isPlainDate(day)) throw new Error(`iCalendar: "${day}" is not a real date written YYYY-MM-DD`);
  return day.replace(/-/g, '');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  if (!event.uid.trim()) throw new Error(`iCalendar: event "${event.summary}" has no uid`);
  let when: string[];
  if (event.day) when = [`DTSTART;VALUE=DATE:${dayValue(event.day)}`, `DTEND;VALUE=DATE:${dayValue(addDays(event.day, 1))}`];
  else if (event.start && event.end) when = [`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.end)}`];
  else throw new Error(`iCalendar: event "${event.uid}" needs a day, or a start and an end`);
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    ...(event.alarm ? alarmLines(event.alarm) : []),
    'END:VEVENT',
  ];
}

const DURATION = /^[+-]?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/;

function alarmLines(alarm: NonNullable<CalendarEvent['alarm']>): string[] {
  if (!DURATION.test(alarm.trigger) || /^[+-]?PT?$/.test(alarm.trigger) || alarm.trigger.endsWith('T'))
    throw new Error(`iCalendar: alarm trigger "${alarm.trigger}" is not a duration like -P7D or -P6DT15H`);
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(alarm.description)}`, `TRIGGER:${alarm.trigger}`, 'END:VALARM'];
}

/** The calendar as text, ready to serve as text/calendar. */
export function buildCalendar(calendar: Calendar): string {
  const stamp = utcStamp(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.timeZone ? [`X-WR-TIMEZONE:${calendar.timeZone}`] : []),
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
