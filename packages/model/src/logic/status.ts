/** Where an opportunity stands for a learner on a given day; the statuses and their labels are in vocabulary.ts. */
import { STATUS_LABELS, type OpportunityStatus } from '../vocabulary.ts';
import { addDays, daysBetween } from './plain-date.ts';

/** An opportunity counts as closing soon from this many days before its closing date. */
export const CLOSING_SOON_DAYS = 14;

/**
 * The status on `today` (YYYY-MM-DD). The closing date is the last day applications are taken,
 * so an opportunity closing today is still open.
 */
export function statusOf(o: { closes: string; opens?: string | undefined }, today: string): OpportunityStatus {
  if (o.closes !== 'rolling' && o.closes < today) return 'closed';
  if (o.opens && o.opens > today) return 'upcoming';
  if (o.closes === 'rolling') return 'rolling';
  return daysBetween(today, o.closes) <= CLOSING_SOON_DAYS ? 'closing-soon' : 'open';
}

/** True when a learner can apply on `today`. */
export function isOpen(status: OpportunityStatus): boolean {
  return status === 'open' || status === 'closing-soon' || status === 'rolling';
}

/** What a page shows for an opportunity on a day: its status, or "closes today" on the last day to apply. */
export type ShownStatus = OpportunityStatus | 'closes-today';

/** The words for a shown status, e.g. on a badge. */
export function shownStatusLabel(status: ShownStatus): string {
  return status === 'closes-today' ? 'Closes today' : STATUS_LABELS[status];
}

/** The status a page shows on `today` (YYYY-MM-DD, UK). Pages built at any time and the status script agree through it. */
export function shownStatus(o: { closes: string; opens?: string | undefined }, today: string): ShownStatus {
  const status = statusOf(o, today);
  return o.closes === today && isOpen(status) ? 'closes-today' : status;
}

/**
 * Every status `o` will show from `today` on, in order: what a page built today must be ready to
 * show later, without a rebuild. Statuses only move forward (opens soon → open → closing soon →
 * closes today → closed), so checking the days where they change is enough.
 */
export function statusesFrom(o: { closes: string; opens?: string | undefined }, today: string): ShownStatus[] {
  const dated = o.closes === 'rolling' ? [] : [addDays(o.closes, -CLOSING_SOON_DAYS), o.closes, addDays(o.closes, 1)];
  const days = [today, o.opens, ...dated].filter((day): day is string => day !== undefined && day >= today).sort();
  return [...new Set(days.map((day) => shownStatus(o, day)))];
}
