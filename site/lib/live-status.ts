import { addDays, shownStatus, statusesFrom, type OpportunityRecord, type ShownStatus } from '@opportunities-hub/model';

/**
 * Statuses that stay true between builds. A page marks each opportunity with its dates
 * (`statusHolder`) and renders, beside what it shows today, the other variants it may need later,
 * hidden (`variant`): the same components a later build would render. The status script
 * (site/scripts/status.ts) works out the status in UK time on load and shows the matching variants.
 * Without JavaScript the build's status stands.
 */

/** The dates of one opportunity, as attributes for the element that holds its status. */
export function statusHolder(r: Pick<OpportunityRecord, 'closes' | 'opens'>, today: string): Record<string, string | undefined> {
  return { 'data-closes': r.closes, 'data-opens': r.opens, 'data-status': shownStatus(r, today) };
}

/** One variant of what an opportunity shows, and the statuses it is shown for. */
export interface Variant<T> {
  statuses: ShownStatus[];
  value: T;
  /** Attributes for the variant's element: which statuses show it, and hidden unless today's is one. */
  attributes: Record<string, string | boolean | undefined>;
}

/**
 * The variants of something that depends on the status (`render` gives its value for a status),
 * for every status the opportunity will show from `today` on; statuses with equal values share one.
 */
export function variants<T>(
  r: Pick<OpportunityRecord, 'closes' | 'opens'>,
  today: string,
  render: (status: ShownStatus) => T,
): Variant<T>[] {
  const now = shownStatus(r, today);
  const groups = new Map<string, { statuses: ShownStatus[]; value: T }>();
  for (const status of statusesFrom(r, today)) {
    const value = render(status);
    const key = JSON.stringify(value);
    const group = groups.get(key);
    if (group) group.statuses.push(status);
    else groups.set(key, { statuses: [status], value });
  }
  return [...groups.values()].map(({ statuses, value }) => {
    const shown = statuses.includes(now);
    return {
      statuses,
      value,
      attributes: { 'data-if': statuses.join(' '), hidden: !shown, 'data-pagefind-ignore': shown ? undefined : 'all' },
    };
  });
}

/** Listings count as out of date when the build is more than this many days old. */
export const STALE_AFTER_DAYS = 3;

/** The first day (YYYY-MM-DD) on which a build made for `builtFor` is out of date. */
export function staleFrom(builtFor: string): string {
  return addDays(builtFor, STALE_AFTER_DAYS + 1);
}
