import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../node/load-catalogue.ts';
import { writeFixture } from '../testing/content-folder.ts';
import { buildOpportunitiesFeed, buildPathwaysFeed, buildSearchFeed, buildSearchSlices, buildTaxonomyFeed } from './build.ts';
import { firstSentence } from './search-feed.ts';
import { feedJsonSchemas } from './schemas.ts';

const clock = { generated: '2026-11-28T12:00:00.000Z', today: '2026-11-28' };
const schemas = feedJsonSchemas();

function validator(name: keyof typeof schemas) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(schemas[name]);
}

const catalogues = {
  'the test fixture': () => loadCatalogue(writeFixture()),
  "the hub's own content": () => loadCatalogue(resolve(import.meta.dirname, '../../../../content')),
};

describe.each(Object.entries(catalogues))('feeds built from %s', (_name, load) => {
  const catalogue = load();
  it.each([
    ['opportunities', buildOpportunitiesFeed],
    ['pathways', buildPathwaysFeed],
    ['taxonomy', buildTaxonomyFeed],
    ['search', buildSearchFeed],
  ] as const)('the %s feed validates against its published JSON Schema', (name, build) => {
    const validate = validator(name);
    const feed = JSON.parse(JSON.stringify(build(catalogue, clock))) as unknown;
    expect(validate(feed), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect((feed as { version: string }).version).toBe('1.1');
  });

  it.each([
    ['opportunities', buildOpportunitiesFeed],
    ['pathways', buildPathwaysFeed],
    ['taxonomy', buildTaxonomyFeed],
  ] as const)('the %s feed names its JSON Schema in links.schema, the schema’s own $id', (name, build) => {
    expect(build(catalogue, clock).links.schema).toBe(schemas[name].$id);
  });
});

describe('feed contents', () => {
  it('the search feed names vocabularies by position and has one slice per provider, type, skill area and place', () => {
    const catalogue = loadCatalogue(resolve(import.meta.dirname, '../../../../content'));
    const full = buildOpportunitiesFeed(catalogue, clock);
    const search = buildSearchFeed(catalogue, clock);
    expect(search.opportunities.map((o) => o.slug)).toEqual(full.opportunities.map((o) => o.slug));
    const [first] = search.opportunities;
    const original = full.opportunities[0]!;
    expect(search.organisations[first!.provider]).toEqual(original.provider);
    expect(first!.skills.map((i) => search.skills[i])).toEqual(original.skills);
    expect(first!.places.map((i) => search.places[i])).toEqual(original.places);
    // The whole gazetteer first, then any place a record names that it lacks (imported workplaces).
    const gazetteer = buildTaxonomyFeed(catalogue, clock).places;
    expect(search.places.slice(0, gazetteer.length)).toEqual(gazetteer);
    for (const [i, o] of search.opportunities.entries())
      expect(o.places.map((p) => search.places[p]!.slug)).toEqual(full.opportunities[i]!.places.map((p) => p.slug));
    expect(original.summary.startsWith(first!.summary)).toBe(true);
    expect(firstSentence('Eight weeks in a working lab for undergraduates. Paid, with a mentor.')).toBe(
      'Eight weeks in a working lab for undergraduates.',
    );
    expect(firstSentence('Short. Then a much longer second sentence follows here.')).toBe(
      'Short. Then a much longer second sentence follows here.',
    );
    // Record for record, under a third of the full feed even written the same way (it is served minified,
    // the full feed pretty-printed); `npm run bench:widgets` measures what a page downloads.
    const size = (feed: unknown) => JSON.stringify(feed).length;
    expect(size(search.opportunities)).toBeLessThan(size(full.opportunities) / 3);

    const validate = validator('search');
    const slices = buildSearchSlices(catalogue, clock);
    expect(new Set(slices.map((s) => s.facet))).toEqual(new Set(['provider', 'type', 'skill', 'place']));
    for (const { facet, value, feed } of slices) {
      expect(validate(JSON.parse(JSON.stringify(feed))), `${facet}/${value}`).toBe(true);
      if (facet === 'provider') expect(feed.opportunities.every((o) => feed.organisations[o.provider]!.slug === value)).toBe(true);
      if (facet === 'type') expect(feed.opportunities.every((o) => o.type === value)).toBe(true);
      if (facet === 'skill') expect(feed.opportunities.every((o) => o.skills.some((i) => feed.skills[i]!.slug === value))).toBe(true);
    }
    const provider = full.opportunities[0]!.provider.slug;
    const slice = slices.find((s) => s.facet === 'provider' && s.value === provider)!;
    expect(slice.feed.opportunities.length).toBe(full.opportunities.filter((o) => o.provider.slug === provider).length);
  });

  const catalogue = loadCatalogue(writeFixture());
  it('marks closed opportunities as closed instead of dropping them', () => {
    const feed = buildOpportunitiesFeed(catalogue, { ...clock, today: '2027-02-01' });
    expect(feed.opportunities).toHaveLength(1);
    expect(feed.opportunities[0]?.status).toBe('closed');
  });
  it('embeds names and coordinates so a reader needs one request', () => {
    const [record] = buildOpportunitiesFeed(catalogue, clock).opportunities;
    expect(record?.provider).toEqual({ slug: 'aru', name: 'Anglia Ruskin University' });
    expect(record?.places[0]).toMatchObject({ slug: 'ely', lat: 52.3995, lng: 0.2624, postcodeDistrict: 'CB7' });
    expect(record?.skills[0]).toEqual({ slug: 'lab-skills', name: 'Laboratory technical skills', group: 'specialist' });
    expect(record?.description).toBe('You will work in a real lab.');
    expect(record?.url).toBe('/opportunities/lab-apprenticeship/');
  });
  it('spells out where each pathway step leads, implicit next steps included', () => {
    const [pathway] = buildPathwaysFeed(catalogue, clock).pathways;
    expect(pathway?.steps.map((s) => s.next)).toEqual([['apprenticeship', 'job'], ['job'], []]);
    expect(pathway?.steps[1]?.opportunities[0]).toMatchObject({ slug: 'lab-apprenticeship', status: 'open' });
  });
  it('rejects a feed that breaks the contract', () => {
    const validate = validator('opportunities');
    const feed = JSON.parse(JSON.stringify(buildOpportunitiesFeed(catalogue, clock))) as { opportunities: Array<Record<string, unknown>> };
    feed.opportunities[0]!['type'] = 'gap-year';
    expect(validate(feed)).toBe(false);
  });
});
