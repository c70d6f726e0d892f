import { describe, expect, it } from 'vitest';
import { distanceMiles, nearestPlace } from './distance.ts';

const cambridge = { lat: 52.2053, lng: 0.1218 };
const peterborough = { lat: 52.5695, lng: -0.2405 };
const ely = { lat: 52.3995, lng: 0.2624 };

describe('distanceMiles', () => {
  it('is about 30 miles from Cambridge to Peterborough', () => {
    expect(distanceMiles(cambridge, peterborough)).toBeGreaterThan(29);
    expect(distanceMiles(cambridge, peterborough)).toBeLessThan(31);
  });
  it('is zero for the same point and symmetric', () => {
    expect(distanceMiles(ely, ely)).toBe(0);
    expect(distanceMiles(ely, cambridge)).toBeCloseTo(distanceMiles(cambridge, ely), 10);
  });
  it('picks the nearest place, or undefined with none', () => {
    const nearest = nearestPlace(cambridge, [peterborough, ely]);
    expect(nearest?.place).toBe(ely);
    expect(nearest?.miles).toBeCloseTo(distanceMiles(cambridge, ely), 10);
    expect(nearestPlace(cambridge, [])).toBeUndefined();
  });
});
