// Subpaths, not the model's index: the site's search script runs this in the browser.
import type { OpportunityRecord } from '@opportunities-hub/model/feed/records';
import { isOpen } from '@opportunities-hub/model/logic/status';
import { OPPORTUNITY_TYPE_LABELS, type OpportunityStatus } from '@opportunities-hub/model/vocabulary';

/**
 * How the site search (Pagefind) ranks and filters, shared by the pages that feed the index and the
 * search page's script, so the two cannot drift apart.
 */

/** The Pagefind filter saying whether a reader can apply now: `open`, `upcoming` or `closed`. */
export const AVAILABILITY_FILTER = 'availability';

export type Availability = 'open' | 'upcoming' | 'closed';

/** The availability filter value of an opportunity with `status`. */
export function availabilityOf(status: OpportunityStatus): Availability {
  return isOpen(status) ? 'open' : status === 'closed' ? 'closed' : 'upcoming';
}

/**
 * Weights of matches in Pagefind metadata, added to the body's score. Opportunity pages keep their
 * title out of the indexed text (so excerpts are description only): the title, and `about` (title,
 * type, places and provider, see searchAbout) carry it instead, above any body text.
 */
export const META_WEIGHTS = { title: 5, about: 10 } as const;

/**
 * Results in Pagefind's order, except that closed opportunities follow everything else: a reader
 * should meet what they can still apply for first. `closed` holds the ids of the closed results.
 */
export function openBeforeClosed<T extends { id: string }>(results: readonly T[], closed: ReadonlySet<string>): T[] {
  return [...results.filter((r) => !closed.has(r.id)), ...results.filter((r) => closed.has(r.id))];
}

/**
 * An opportunity's title, type, places and provider as one searchable metadata field. Pagefind
 * boosts a metadata field only when it matches every word of the query, so "apprenticeship
 * cambridge" needs the type and the place in the same field as the title.
 */
export function searchAbout(r: OpportunityRecord): string {
  const places = r.places.flatMap((p) => [p.name, p.area ?? '']);
  return [r.title, OPPORTUNITY_TYPE_LABELS[r.type], ...places, r.provider.name, r.employer?.name ?? ''].filter(Boolean).join('. ');
}
