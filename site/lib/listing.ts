import { isOpen, type OpportunityRecord, type OpportunityStatus } from '@opportunities-hub/model';

/** Order of statuses in a listing: what a learner can act on first, closed last. */
const STATUS_ORDER: Record<OpportunityStatus, number> = { 'closing-soon': 0, open: 0, rolling: 1, upcoming: 2, closed: 3 };

type Listed = Pick<OpportunityRecord, 'slug' | 'status' | 'closes' | 'opens' | 'title'>;

/**
 * Listing order: open opportunities by closing date (soonest first), then rolling ones, then
 * those opening later (soonest opening first), then closed ones (most recently closed first).
 * Ties go alphabetically by title, then slug, so the order is stable.
 */
export function compareForListing(a: Listed, b: Listed): number {
  const byStatus = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  if (byStatus !== 0) return byStatus;
  let byDate = 0;
  if (a.status === 'upcoming') byDate = (a.opens ?? '').localeCompare(b.opens ?? '');
  else if (a.status === 'closed') byDate = b.closes.localeCompare(a.closes);
  else if (a.closes !== 'rolling') byDate = a.closes.localeCompare(b.closes);
  return byDate || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}

/** The `count` open dated opportunities closing soonest, from records already in listing order. */
export function closingSoonest<T extends Listed>(records: readonly T[], count: number): T[] {
  return records.filter((r) => isOpen(r.status) && r.closes !== 'rolling').slice(0, count);
}

/** Opportunities per page of a facet listing (/opportunities/<facet>/<value>/). */
export const LISTING_PAGE_SIZE = 50;
