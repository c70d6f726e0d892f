/** Words for pages: days and times as UK readers write them, counts, labels inside sentences. */
import { formatDay } from '@opportunities-hub/model/logic/plain-date';

/** "2026-11-28" → "28 November 2026" (the model's plain-date formatting, so pages and widgets agree). */
export { formatDay };

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** A start or closing value that may be "rolling". */
export function formatDayOrRolling(value: string, rollingText = 'Rolling'): string {
  return value === 'rolling' ? rollingText : formatDay(value);
}

/** An ISO date-time in UK time, e.g. "Wednesday 20 January 2027, 10:00 am". */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`formatDateTime: "${iso}" is not a date-time`);
  return DATE_TIME.format(time);
}

/** "1 opportunity", "3 opportunities". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A label or title as it reads inside a sentence: "Laboratory technical skills" → "laboratory
 * technical skills". Only the first letter changes, and not when the first word is an acronym or
 * a letter ("T Level", "AI") or the title starts with a name ("Laboratory Scientist degree
 * apprenticeship"), so "AI" and "T Level" keep their capitals later in the label too.
 */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label.split(/\s+/);
  const isName = /^[A-Z][A-Z0-9]*$/.test(first) || /^[A-Z]/.test(second);
  return isName ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
