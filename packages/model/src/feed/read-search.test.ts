import { describe, expect, it } from 'vitest';
import { searchFeedOf } from './search-feed.ts';
import { FeedError } from './read-header.ts';
import { readSearchFeed } from './read-search.ts';
import { searchFeedSchema } from './schemas.ts';
import { feedOf, FIXTURE_PLACES, FIXTURE_TODAY, opportunity, SAMPLE_RECORDS } from '../testing/records.ts';

const clock = { generated: `${FIXTURE_TODAY}T06:00:00Z`, today: FIXTURE_TODAY };
const compact = () => searchFeedOf(SAMPLE_RECORDS, FIXTURE_PLACES, clock);
/** What a search record keeps of a full one (the full feed also gives its description). */
const searchPart = (o: (typeof SAMPLE_RECORDS)[number], withDescription: boolean) => ({
  slug: o.slug,
  url: o.url,
  title: o.title,
  summary: o.summary,
  ...(withDescription ? { description: o.description } : {}),
  type: o.type,
  level: o.level,
  levelBand: o.levelBand,
  skills: o.skills,
  audiences: o.audiences,
  provider: o.provider,
  ...(o.employer ? { employer: o.employer } : {}),
  places: o.places,
  delivery: o.delivery,
  attendance: o.attendance,
  starts: o.starts,
  ...(o.opens ? { opens: o.opens } : {}),
  closes: o.closes,
  published: o.published,
  apply: { url: o.apply.url },
  illustrative: o.illustrative,
  ...(o.pay ? { pay: o.pay } : {}),
});

describe('readSearchFeed', () => {
  it('reads the compact search feed (which its zod schema accepts) into the records a search needs', () => {
    const feed = compact();
    expect(searchFeedSchema.safeParse(feed).success).toBe(true);
    const read = readSearchFeed(JSON.parse(JSON.stringify(feed)));
    expect(read.skipped).toBe(0);
    expect(read.places).toEqual(FIXTURE_PLACES);
    expect(read.records).toEqual(SAMPLE_RECORDS.map((o) => expect.objectContaining(searchPart(o, false))));
    expect(read.links.html).toBe('/opportunities/');
  });

  it('reads a full opportunities feed the same way, description included', () => {
    const read = readSearchFeed(feedOf(SAMPLE_RECORDS));
    expect(read.places).toBeUndefined();
    expect(read.records).toEqual(SAMPLE_RECORDS.map((o) => expect.objectContaining(searchPart(o, true))));
  });

  it('skips records whose references or fields fail, and keeps the rest', () => {
    const feed = compact() as unknown as { opportunities: Record<string, unknown>[] };
    const good = feed.opportunities[0]!;
    feed.opportunities.push(
      { ...good, slug: 'bad-provider', provider: 99 },
      { ...good, slug: 'bad-place', places: [-1] },
      { ...good, slug: 'bad-skill', skills: ['0'] },
      { ...good, slug: 'evil', apply: { url: 'javascript:alert(1)' } },
      { ...good, slug: 'Capitals' },
    );
    const read = readSearchFeed(feed);
    expect(read.skipped).toBe(5);
    expect(read.records).toHaveLength(SAMPLE_RECORDS.length);
  });

  it('skips a full record with no page address, and refuses a feed that is not one', () => {
    const noUrl = Object.fromEntries(Object.entries(opportunity({ slug: 'x' })).filter(([k]) => k !== 'url'));
    expect(readSearchFeed(feedOf([noUrl])).skipped).toBe(1);
    expect(() => readSearchFeed({ version: '2.0', opportunities: [] })).toThrow(FeedError);
    expect(() => readSearchFeed({ version: '1.0' })).toThrow(FeedError);
  });
});
