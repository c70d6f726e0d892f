import { describe, expect, it } from 'vitest';
import {
  compareNames,
  distanceCheck,
  findPlace,
  formatCoordinates,
  gazetteerOf,
  parseCoordinates,
  PLACE_SLICE_MILES,
  RADII,
  resolveNear,
  suggestPlace,
} from './near.ts';
import { FIXTURE_PLACES, SAMPLE_RECORDS } from '../testing/records.ts';

const cambridge = { lat: 52.2053, lng: 0.1218 };

describe('parseCoordinates', () => {
  it('reads lat,lng and refuses anything else', () => {
    expect(parseCoordinates(' 52.2, -0.12 ')).toEqual({ lat: 52.2, lng: -0.12 });
    expect(parseCoordinates('91,0')).toBeUndefined();
    expect(parseCoordinates('Cambridge')).toBeUndefined();
    expect(parseCoordinates(formatCoordinates({ lat: 52.20534, lng: 0.12181 }))).toEqual({ lat: 52.205, lng: 0.122 });
  });
});

describe('findPlace', () => {
  it('finds by name, slug, postcode district or name prefix, ignoring case', () => {
    expect(findPlace(FIXTURE_PLACES, 'NORWICH')?.slug).toBe('norwich');
    expect(findPlace(FIXTURE_PLACES, 'cb1')?.slug).toBe('cambridge');
    expect(findPlace(FIXTURE_PLACES, 'peter')?.slug).toBe('peterborough');
    expect(findPlace(FIXTURE_PLACES, 'Atlantis')).toBeUndefined();
    expect(findPlace(FIXTURE_PLACES, '  ')).toBeUndefined();
  });
  it('resolves near text to a point', () => {
    expect(resolveNear(FIXTURE_PLACES, 'Ipswich')).toMatchObject({ name: 'Ipswich', lat: 52.0567 });
    expect(resolveNear(FIXTURE_PLACES, '52,0')).toEqual({ lat: 52, lng: 0, name: 'your location' });
  });
});

describe('gazetteerOf', () => {
  it('merges the places records mention with the taxonomy, sorted by name', () => {
    const names = gazetteerOf(SAMPLE_RECORDS, [{ slug: 'ely', name: 'Ely', lat: 52.4, lng: 0.26 }]).map((p) => p.name);
    expect(names).toEqual(['Cambridge', 'Ely', 'Ipswich', 'Norwich', 'Peterborough', 'Stevenage']);
  });
});

describe('distanceCheck', () => {
  const [lab, online, , peterborough, twoPlaces] = SAMPLE_RECORDS as [never, never, never, never, never];
  it('measures to the nearest place and applies the radius', () => {
    expect(distanceCheck(lab, cambridge, 5)).toMatchObject({ within: true, miles: 0, nearest: { slug: 'cambridge' } });
    const far = distanceCheck(peterborough, cambridge, 10);
    expect(far.within).toBe(false);
    expect(far.miles).toBeGreaterThan(25);
    expect(distanceCheck(twoPlaces, cambridge, 5)).toMatchObject({ miles: 0, nearest: { name: 'Cambridge' } });
    expect(distanceCheck(twoPlaces, { lat: 52.06, lng: 1.15 }, 5).nearest?.name).toBe('Ipswich');
  });
  it('keeps online opportunities, which have no place', () => {
    expect(distanceCheck(online, cambridge, 5)).toEqual({ within: true });
  });
});

describe('compareNames (no Intl collator)', () => {
  it('orders the hub’s places and organisations as localeCompare does', async () => {
    const { loadCatalogue } = await import('../node/index.ts');
    const catalogue = loadCatalogue(new URL('../../../../content', import.meta.url).pathname);
    const names = [...catalogue.places.map((p) => p.data.name), ...catalogue.organisations.map((o) => o.data.name)];
    expect(names.length).toBeGreaterThan(20);
    expect([...names].sort(compareNames)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(['éclair', 'Ely', 'eagle', 'Zeta'].sort(compareNames)).toEqual(['eagle', 'éclair', 'Ely', 'Zeta']);
  });
});

describe('suggestPlace ("Did you mean…?")', () => {
  it('finds the place a name with a typo or two means, ignoring case and accents', () => {
    expect(suggestPlace(FIXTURE_PLACES, 'Cambrige')?.name).toBe('Cambridge');
    expect(suggestPlace(FIXTURE_PLACES, 'peterbrough')?.name).toBe('Peterborough');
    expect(suggestPlace(FIXTURE_PLACES, 'NORWHICH')?.name).toBe('Norwich');
    expect(suggestPlace(FIXTURE_PLACES, 'Ipswích')?.name).toBe('Ipswich');
  });

  it('matches the start of a longer gazetteer name, word for word', () => {
    const places = [
      { slug: 'cambridge-science-park', name: 'Cambridge Science Park', lat: 52.23, lng: 0.14 },
      { slug: 'cambridge-city-centre', name: 'Cambridge city centre', lat: 52.2, lng: 0.12 },
    ];
    expect(suggestPlace(places, 'Cambrige')?.name).toBe('Cambridge city centre');
    expect(suggestPlace(places, 'cambrige city center')?.name).toBe('Cambridge city centre');
  });

  it('suggests nothing for a name far from every place', () => {
    expect(suggestPlace(FIXTURE_PLACES, 'Atlantis')).toBeUndefined();
    expect(suggestPlace(FIXTURE_PLACES, '')).toBeUndefined();
  });
});

describe('PLACE_SLICE_MILES', () => {
  it('is the widest radius a search offers, so a place slice holds every result a search of it can show', () => {
    expect(PLACE_SLICE_MILES).toBe(Math.max(...RADII));
  });
});
