import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../node/load-catalogue.ts';
import { writeFixture } from '../node/test-fixture.ts';
import { buildOpportunitiesFeed, buildPathwaysFeed, buildTaxonomyFeed } from './build.ts';
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
  ] as const)('the %s feed validates against its published JSON Schema', (name, build) => {
    const validate = validator(name);
    const feed = JSON.parse(JSON.stringify(build(catalogue, clock))) as unknown;
    expect(validate(feed), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect((feed as { version: string }).version).toBe('1.1');
  });
});

describe('feed contents', () => {
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
