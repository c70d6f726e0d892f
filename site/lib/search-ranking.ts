// Subpaths, not the model's index: the site's search script runs this in the browser.
import type { OpportunityRecord } from '@opportunities-hub/model/feed/records';
import { isOpen } from '@opportunities-hub/model/logic/status';
import { OPPORTUNITY_TYPE_LABELS, type OpportunityStatus } from '@opportunities-hub/model/vocabulary';
import { nearestPlace, type Coordinates } from '@opportunities-hub/model/logic/distance';
import { tokenize } from '@opportunities-hub/model/logic/search-index';

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
 * Results in Pagefind's order, except that a reader meets what they can apply for now first:
 * opportunities that open later (`upcoming`, their ids) follow the rest, and closed ones
 * (`closed`) come last. Each group keeps its order.
 */
export function openBeforeClosed<T extends { id: string }>(
  results: readonly T[],
  closed: ReadonlySet<string>,
  upcoming: ReadonlySet<string> = new Set(),
): T[] {
  const later = (r: T) => (closed.has(r.id) ? 2 : upcoming.has(r.id) ? 1 : 0);
  return [0, 1, 2].flatMap((group) => results.filter((r) => later(r) === group));
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

/**
 * A query that names a place ("apprenticeship cambridge") asks for opportunities there: they come
 * nearest first, in bands of distance from the place, and by relevance within a band. Text alone
 * cannot tell which of many matching opportunities is nearest: an opportunity at the Cambridge
 * campus matches "cambridge" through its place, while one whose title or description says
 * "Cambridge Science Park" scores higher for the word though it lies further out.
 *
 * Each opportunity page carries one Pagefind filter value per gazetteer place it lies near,
 * `<place slug>~<miles>`, the smallest band it lies within; the search page asks which results
 * lie in each band (one filtered search per band, no result's data needed).
 */
export const NEAR_FILTER = 'near';

/** The distance bands, in miles, nearest first. */
export const NEAR_BANDS = [1, 3, 10] as const;

/** A gazetteer place as the search needs it. */
export interface SearchPlace extends Coordinates {
  slug: string;
  name: string;
}

/** The NEAR_FILTER values of an opportunity: each gazetteer place it lies within a band of, with the smallest such band. */
export function nearValues(r: Pick<OpportunityRecord, 'places'>, gazetteer: readonly SearchPlace[]): string[] {
  return gazetteer.flatMap((place) => {
    const nearest = nearestPlace(place, r.places);
    const band = nearest && NEAR_BANDS.find((miles) => nearest.miles <= miles);
    return band === undefined ? [] : [`${place.slug}~${band}`];
  });
}

/** The gazetteer place whose whole name is in `query` (as whole words, ignoring case and accents), the longest name if several are. */
export function placeInQuery<P extends Pick<SearchPlace, 'slug' | 'name'>>(query: string, places: readonly P[]): P | undefined {
  const words = ` ${tokenize(query).join(' ')} `;
  let found: P | undefined;
  for (const place of places) {
    const name = tokenize(place.name).join(' ');
    if (name && words.includes(` ${name} `) && (!found || name.length > tokenize(found.name).join(' ').length)) found = place;
  }
  return found;
}

/**
 * `results` with those in a distance band first, nearest band first; within a band, and after the
 * bands, results keep the order they came in (Pagefind's relevance). `bandOf` maps a result's id to its band.
 */
export function nearestBandFirst<T extends { id: string }>(results: readonly T[], bandOf: ReadonlyMap<string, number>): T[] {
  const band = (r: T) => bandOf.get(r.id) ?? Number.POSITIVE_INFINITY;
  return results
    .map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => band(a) - band(b) || i - j)
    .map(([r]) => r);
}
