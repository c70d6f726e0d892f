/**
 * Words for a result: dates, distances, closing status and the error messages. Pure, so the
 * element's template stays about structure.
 */
import { feedErrorMessage } from '../shared/feed-messages.ts';
import type { FeedErrorKind } from '@opportunities-hub/model/feed/read-header';
import { daysBetween, formatDay } from '@opportunities-hub/model/logic/plain-date';
import { groupDigits } from '@opportunities-hub/model/logic/pay';
import { STATUS_LABELS, type OpportunityStatus } from '@opportunities-hub/model/vocabulary';

/** When it starts, in words. */
export const formatStart = (starts: string): string => (starts === 'rolling' ? 'Any time' : formatDay(starts));

/** Miles to one decimal under 10, whole miles beyond: precision a reader can use. */
export function formatMiles(miles: number): string {
  if (miles < 1) return 'less than a mile';
  const value = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return `${value} ${value === 1 ? 'mile' : 'miles'}`;
}

/** The closing status as a learner reads it: "Closing soon: closes 10 March 2027 (in 9 days)". */
export function formatClosing(status: OpportunityStatus, o: { closes: string; opens?: string | undefined }, today: string): string {
  if (status === 'rolling' || o.closes === 'rolling') return STATUS_LABELS.rolling;
  if (status === 'upcoming' && o.opens) return `${STATUS_LABELS.upcoming}: opens ${formatDay(o.opens)}`;
  if (status === 'closed') return `${STATUS_LABELS.closed} on ${formatDay(o.closes)}`;
  const days = daysBetween(today, o.closes);
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  return `${STATUS_LABELS[status]}: closes ${formatDay(o.closes)}${status === 'closing-soon' ? ` (${when})` : ''}`;
}

/** "1 opportunity" / "12 opportunities". */
export const countLabel = (n: number): string => `${groupDigits(n)} ${n === 1 ? 'opportunity' : 'opportunities'}`;

/** The show-more button: how many it adds, and how many are left when that is not all of them. */
export function showMoreLabel(limit: number, remaining: number): string {
  return remaining > limit ? `Show ${limit} more (${groupDigits(remaining)} not shown yet)` : `Show the last ${countLabel(remaining)}`;
}

/** Why the element has nothing to show: the feed's errors plus a feed where no record could be read. */
export type SearchErrorKind = FeedErrorKind | 'invalid-records';

/** What to tell a reader for each error; the technical detail goes in the hub-error event. */
export function errorMessage(kind: SearchErrorKind): string {
  return kind === 'invalid-records'
    ? 'None of the opportunities in the list could be read.'
    : feedErrorMessage(kind, 'list of opportunities');
}
