import { describe, expect, it } from 'vitest';
import { FeedError } from './read-header.ts';
import { readOpportunitiesFeed, readOpportunityRecord } from './read-opportunities.ts';
import { opportunityRecordSchema } from './schemas.ts';
import { feedOf, generateOpportunities, opportunity, SAMPLE_RECORDS } from '../testing/records.ts';

const good = opportunity({ slug: 'good' });
const without = (key: string) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));

/** Records the contract refuses; the reader must refuse every one too. */
const BAD: [string, unknown][] = [
  ['not an object', 'hello'],
  ['null', null],
  ['an array', [good]],
  ['no slug', without('slug')],
  ['slug with capitals', { ...good, slug: 'Bad-Slug' }],
  ['url not a site path', { ...good, url: 'https://evil.example/x' }],
  ['empty title', { ...good, title: '' }],
  ['title a number', { ...good, title: 42 }],
  ['no summary', without('summary')],
  ['unknown type', { ...good, type: 'job' }],
  ['unknown level', { ...good, level: '9' }],
  ['unknown band', { ...good, levelBand: 'expert' }],
  ['no skills', { ...good, skills: [] }],
  ['skill without group', { ...good, skills: [{ slug: 'x', name: 'X' }] }],
  ['unknown audience', { ...good, audiences: ['everyone'] }],
  ['no audiences', { ...good, audiences: [] }],
  ['provider without name', { ...good, provider: { slug: 'x' } }],
  ['employer a string', { ...good, employer: 'Acme' }],
  ['place off the globe', { ...good, places: [{ slug: 'x', name: 'X', lat: 91, lng: 0 }] }],
  ['place lng a string', { ...good, places: [{ slug: 'x', name: 'X', lat: 52, lng: '0' }] }],
  ['places missing', without('places')],
  ['unknown delivery', { ...good, delivery: 'by post' }],
  ['unknown attendance', { ...good, attendance: 'weekends' }],
  ['starts not a date', { ...good, starts: 'next spring' }],
  ['closes not a date', { ...good, closes: '30/06/2027' }],
  ['closes on 31 February', { ...good, closes: '2027-02-31' }],
  ['published on 29 February 2027', { ...good, published: '2027-02-29' }],
  ['opens null', { ...good, opens: null }],
  ['javascript: apply link', { ...good, apply: { url: 'javascript:alert(1)' } }],
  ['data: apply link', { ...good, apply: { url: 'data:text/html,<script>alert(1)</script>' } }],
  ['relative apply link', { ...good, apply: { url: '/apply' } }],
  ['apply missing', without('apply')],
  ['illustrative a string', { ...good, illustrative: 'yes' }],
  ['unknown status', { ...good, status: 'maybe' }],
  ['wage a number', { ...good, wage: 20000 }],
];

describe('readOpportunityRecord', () => {
  it('accepts every record the zod schema accepts, and returns what zod returns', () => {
    for (const record of [...SAMPLE_RECORDS, ...generateOpportunities(200, { seed: 7 })]) {
      expect(opportunityRecordSchema.parse(record)).toEqual(record);
      expect(readOpportunityRecord(record)).toEqual(record);
    }
  });

  it.each(BAD)('refuses %s, as zod does', (_, record) => {
    expect(opportunityRecordSchema.safeParse(record).success).toBe(false);
    expect(readOpportunityRecord(record)).toBeUndefined();
  });

  it('keeps only known fields, so nothing unexpected reaches a widget', () => {
    const read = readOpportunityRecord({ ...good, extra: '<img src=x onerror=alert(1)>', apply: { url: 'mailto:a@b.org', x: 1 } });
    expect(read).not.toHaveProperty('extra');
    expect(read?.apply).toEqual({ url: 'mailto:a@b.org' });
  });
});

describe('readOpportunitiesFeed', () => {
  it('returns the good records, counts the bad and keeps the links', () => {
    const result = readOpportunitiesFeed(feedOf([good, { ...good, type: 'job' }, null, SAMPLE_RECORDS[1]]));
    expect(result.records.map((r) => r.slug)).toEqual(['good', 'data-science-bootcamp']);
    expect(result.skipped).toBe(2);
    expect(result.links).toEqual({ html: '/opportunities/', taxonomy: '/api/v1/taxonomy.json' });
  });

  it('accepts any 1.x and ignores links that are not site paths', () => {
    const json = { ...feedOf([good], '1.7'), links: { html: 'javascript:alert(1)' } };
    expect(readOpportunitiesFeed(json)).toEqual({ records: [good], skipped: 0, links: {} });
  });

  it.each([
    ['a newer major version', feedOf([], '2.0'), 'version'],
    ['no version', { opportunities: [] }, 'version'],
    ['not an object', [good], 'shape'],
    ['no list', { version: '1.0' }, 'shape'],
  ])('throws a FeedError for %s', (_, json, kind) => {
    expect(() => readOpportunitiesFeed(json)).toThrow(FeedError);
    try {
      readOpportunitiesFeed(json);
    } catch (error) {
      expect((error as FeedError).kind).toBe(kind);
    }
  });
});
