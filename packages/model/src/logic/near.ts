/**
 * "Near" for searches: a place typed or chosen from the hub's gazetteer, or coordinates from
 * the browser, and how far each opportunity is from it.
 */
import type { FeedPlace, OpportunityRecord } from '../feed/records.ts';
import { nearestMiles, type Coordinates } from './distance.ts';

/** Radius choices offered, in miles. */
export const RADII = [5, 10, 25, 50] as const;

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

/** Where `near` points: coordinates as written, or a gazetteer place; undefined when neither. */
export function resolveNear(places: readonly FeedPlace[], near: string): (Coordinates & { name: string }) | undefined {
  const coordinates = parseCoordinates(near);
  if (coordinates) return { ...coordinates, name: 'your location' };
  const place = findPlace(places, near);
  return place && { lat: place.lat, lng: place.lng, name: place.name };
}

/** Every distinct place the records mention, merged with `known` (the taxonomy's), by name. */
export function gazetteerOf(records: readonly OpportunityRecord[], known: readonly FeedPlace[] = []): FeedPlace[] {
  const bySlug = new Map(known.map((p) => [p.slug, p]));
  for (const record of records) for (const place of record.places) if (!bySlug.has(place.slug)) bySlug.set(place.slug, place);
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Whether a record lies within `radius` miles of `origin`, and how far its nearest place is.
 * Online opportunities have no place and are kept: they can be done from anywhere.
 */
export function distanceCheck(
  record: OpportunityRecord,
  origin: Coordinates,
  radius: number | undefined,
): { within: boolean; miles?: number } {
  const miles = nearestMiles(origin, record.places);
  if (miles === undefined) return { within: record.delivery === 'online' };
  return { within: radius === undefined || miles <= radius, miles };
}

/** The place most opportunities name: a familiar example for "a town such as …" hints. */
export function commonestPlace(records: readonly OpportunityRecord[]): string | undefined {
  const counts = new Map<string, number>();
  for (const record of records) for (const { name } of record.places) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, n] of counts) if (best === undefined || n > counts.get(best)!) best = name;
  return best;
}
