/**
 * "Near" for searches: a place typed or chosen from the hub's gazetteer, or coordinates from
 * the browser, and how far each opportunity is from it.
 */
import type { FeedPlace, SearchRecord } from '../feed/records.ts';
import { nearestPlace, type Coordinates } from './distance.ts';
import { allowedEdits, withinEdits } from './search-index.ts';

/** Radius choices offered, in miles. */
export const RADII = [5, 10, 25, 50] as const;

/**
 * The widest radius offered (near.test.ts holds it to RADII): a place's slice of the search feed
 * holds what lies within it. A literal rather than Math.max(...RADII), which bundlers must keep as
 * a call that might have effects, so the widgets' bundle drops it.
 */
export const PLACE_SLICE_MILES = 50;

/** The radius used when a place is chosen and no radius is. */
export const DEFAULT_RADIUS = 25;

/** Reads "52.2,0.12" (lat,lng in decimal degrees) as coordinates; undefined for anything else. */
export function parseCoordinates(text: string): Coordinates | undefined {
  const match = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return undefined;
  const [lat, lng] = [Number(match[1]), Number(match[2])];
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
}

/** Writes coordinates as parseCoordinates reads them, to 3 decimals (about 100 m: enough, and less revealing). */
export const formatCoordinates = ({ lat, lng }: Coordinates): string => `${lat.toFixed(3)},${lng.toFixed(3)}`;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

/**
 * Orders names as a reader expects, ignoring case and accents (then as written), without Intl's
 * collator: localeCompare's first use in a page loads locale data (7 to 15 ms in Chromium) that
 * the widgets' first results would wait for.
 */
export function compareNames(a: string, b: string): number {
  const [x, y] = [fold(a), fold(b)];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The gazetteer place `text` names: by slug, name or postcode district, ignoring case and
 * accents; failing that, the first place whose name starts with it.
 */
export function findPlace(places: readonly FeedPlace[], text: string): FeedPlace | undefined {
  const wanted = fold(text);
  if (!wanted) return undefined;
  return (
    places.find((p) => p.slug === wanted || fold(p.name) === wanted || (p.postcodeDistrict && fold(p.postcodeDistrict) === wanted)) ??
    places.find((p) => fold(p.name).startsWith(wanted))
  );
}

/**
 * The gazetteer place a mistyped name most likely means ("Cambrige": Cambridge, or Cambridge
 * city centre when that is the gazetteer's name), for "Did you mean…?": the first whose name is
 * within one edit, else the shortest whose name starts with as many words within one edit; then
 * the same within two edits for longer names; undefined when none is.
 */
export function suggestPlace(places: readonly FeedPlace[], text: string): FeedPlace | undefined {
  const wanted = fold(text);
  const words = wanted.split(/\s+/).length;
  const start = (name: string) => fold(name).split(/\s+/).slice(0, words).join(' ');
  const shortest = (found: FeedPlace[]) => found.sort((a, b) => a.name.length - b.name.length)[0];
  for (let edits = 1; edits <= Math.max(1, allowedEdits(wanted)); edits++) {
    const found =
      places.find((p) => withinEdits(wanted, fold(p.name), edits)) ??
      shortest(places.filter((p) => withinEdits(wanted, start(p.name), edits)));
    if (found) return found;
  }
  return undefined;
}

/** Where `near` points: coordinates as written, or a gazetteer place; undefined when neither. */
export function resolveNear(places: readonly FeedPlace[], near: string): (Coordinates & { name: string }) | undefined {
  const coordinates = parseCoordinates(near);
  if (coordinates) return { ...coordinates, name: 'your location' };
  const place = findPlace(places, near);
  return place && { lat: place.lat, lng: place.lng, name: place.name };
}

/** Every distinct place the records mention, merged with `known` (the taxonomy's), by name. */
export function gazetteerOf(records: readonly SearchRecord[], known: readonly FeedPlace[] = []): FeedPlace[] {
  const bySlug = new Map(known.map((p) => [p.slug, p]));
  for (const record of records) for (const place of record.places) if (!bySlug.has(place.slug)) bySlug.set(place.slug, place);
  return [...bySlug.values()].sort((a, b) => compareNames(a.name, b.name));
}

/**
 * Whether a record lies within `radius` miles of `origin`, and which of its places is nearest, how
 * far. Online opportunities have no place and are kept: they can be done from anywhere.
 */
export function distanceCheck(
  record: Pick<SearchRecord, 'places' | 'delivery'>,
  origin: Coordinates,
  radius: number | undefined,
): { within: boolean; miles?: number; nearest?: FeedPlace } {
  const found = nearestPlace(origin, record.places);
  if (!found) return { within: record.delivery === 'online' };
  return { within: radius === undefined || found.miles <= radius, miles: found.miles, nearest: found.place };
}
