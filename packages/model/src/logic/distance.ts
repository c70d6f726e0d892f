/** A point in decimal degrees. */
export interface Coordinates {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_MILES = 3958.8;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in miles (haversine); miles because UK readers think in them. */
export function distanceMiles(a: Coordinates, b: Coordinates): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The nearest of `places` to `origin` and its distance, or undefined when there are none. */
export function nearestPlace<P extends Coordinates>(origin: Coordinates, places: readonly P[]): { place: P; miles: number } | undefined {
  let best: { place: P; miles: number } | undefined;
  for (const place of places) {
    const miles = distanceMiles(origin, place);
    if (!best || miles < best.miles) best = { place, miles };
  }
  return best;
}
