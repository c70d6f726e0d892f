/**
 * Plain dates: calendar days written YYYY-MM-DD, with no time and no zone, as content and feeds
 * carry them (opening, closing and start dates, publication and review days). Every calculation
 * on them goes through here, counting in UTC so a machine's time zone never shifts a day; only
 * "today" and the end of a day are worked out in UK time, where the hub's deadlines fall.
 */
const MS_PER_DAY = 86_400_000;
const UK = 'Europe/London';

/**
 * Days already read, by their text. A feed names a few hundred distinct days and each record's are
 * read several times (checked, then statuses, start windows, sort keys): reading each day once
 * took a widget's first results at 1,000 opportunities from about 38 ms of day parsing to 1.
 */
const DAY_NUMBERS = new Map<string, number>();

/** Days since 1 January 1970 (negative before it). Throws, naming the value, unless it is a real YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  let days = DAY_NUMBERS.get(day);
  if (days !== undefined) return days;
  // A date-only ISO string is midnight UTC. Engines read 2027-02-31 as 3 March and 2027-2-3 as
  // 3 February (local time): only a real day written YYYY-MM-DD reads back exactly as written.
  const time = Date.parse(day);
  if (new Date(time).toJSON()?.slice(0, 10) !== day) throw new RangeError(`"${day}" is not a day`);
  DAY_NUMBERS.set(day, (days = time / MS_PER_DAY));
  return days;
}

/** True when `value` is YYYY-MM-DD and names a day that exists (no 31 June, no 29 February 2027). */
export function isPlainDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: 1 for the next day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Orders two days, earliest first (a comparator for `sort`). */
export function compareDays(a: string, b: string): number {
  return dayNumber(a) - dayNumber(b);
}

// Days and UK time are worked out by hand, not with Intl: a page's first Intl.DateTimeFormat loads
// the browser's locale data, which took 15 to 85 ms in Chromium on the widgets' way to their
// first results (the tests hold both functions to Intl's answers).
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-28" as "28 November 2026", the way UK readers write it. Throws on anything but a real day. */
export function formatDay(day: string): string {
  const date = new Date(dayNumber(day) * MS_PER_DAY);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`: when UK clocks change. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * Today's date in the UK (the hub's zone) whatever the machine's zone; `date` is the instant to
 * ask about. British Summer Time (UTC+1) runs from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October (the Summer Time Order 2002).
 */
export function todayIn(date: Date = new Date()): string {
  const time = date.getTime();
  const year = date.getUTCFullYear();
  const summer = time >= lastSunday(year, 2) && time < lastSunday(year, 9);
  return new Date(time + (summer ? 3_600_000 : 0)).toISOString().slice(0, 10);
}

/**
 * The last second of a UK day as an ISO date-time with the UK's offset that day: +01:00 in
 * British Summer Time, +00:00 otherwise. Closing dates end then.
 */
export function endOfUkDay(day: string): string {
  const noon = dayNumber(day) * MS_PER_DAY + MS_PER_DAY / 2;
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: UK, timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name === 'GMT' || !name ? '+00:00' : name.replace('GMT', '');
  return `${day}T23:59:59${offset}`;
}

/** The first instant of `day` in UTC as an RFC 3339 date-time, for formats that want a time (Atom). */
export function startOfDayUtc(day: string): string {
  return new Date(dayNumber(day) * MS_PER_DAY).toISOString().replace('.000Z', 'Z');
}
