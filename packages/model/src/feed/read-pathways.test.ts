import { describe, expect, it } from 'vitest';
import { FeedError } from './read-header.ts';
import { readPathwaysFeed } from './read-pathways.ts';
import { pathwaysFeedSchema, pathwayRecordSchema } from './schemas.ts';
import { pathwaysFixture } from './read-pathways.fixture.ts';

const kindOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof FeedError ? error.kind : 'other';
  }
  return 'none';
};

describe('readPathwaysFeed', () => {
  it('reads the fixture, which the zod schema accepts too', () => {
    const feed = pathwaysFixture();
    expect(pathwaysFeedSchema.safeParse(feed).success).toBe(true);
    const read = readPathwaysFeed(feed);
    expect(read).toEqual({ pathways: feed.pathways, skipped: 0, skippedOpportunities: 0 });
  });

  it('accepts every record the zod pathwayRecordSchema accepts, in many variations', () => {
    const base = pathwaysFixture().pathways[0]!;
    const variants = [
      base,
      { ...base, skills: [], audiences: [] },
      { ...base, steps: base.steps.map(({ level, provider, entryRequirements, when, ...rest }) => rest) },
      { ...base, steps: base.steps.map((s) => ({ ...s, opportunities: [], next: [] })) },
      { ...base, extra: 'fields are ignored' },
    ];
    for (const record of variants) {
      expect(pathwayRecordSchema.safeParse(record).success).toBe(true);
      expect(readPathwaysFeed({ ...pathwaysFixture(), pathways: [record] }).skipped).toBe(0);
    }
  });

  it('skips and counts records the zod schema rejects', () => {
    const base = pathwaysFixture().pathways[0]!;
    const step = base.steps[0]!;
    const bad: unknown[] = [
      null,
      'a string',
      { ...base, slug: 'Not A Slug' },
      { ...base, url: 'https://elsewhere.example/' },
      { ...base, title: 3 },
      { ...base, featured: 'yes' },
      { ...base, lastReviewed: 'last week' },
      { ...base, steps: [step] },
      { ...base, steps: [step, { ...step, kind: 'holiday' }] },
      { ...base, steps: [step, { ...step, level: '9' }] },
      { ...base, steps: [step, { ...step, next: 'job' }] },
      { ...base, steps: [step, { ...step, provider: { name: 'No slug' } }] },
      { ...base, steps: [step, { ...step, title: undefined }] },
    ];
    for (const record of bad) expect(pathwayRecordSchema.safeParse(record).success).toBe(false);
    const read = readPathwaysFeed({ ...pathwaysFixture(), pathways: [...bad, base] });
    expect(read.skipped).toBe(bad.length);
    expect(read.pathways.map((p) => p.slug)).toEqual([base.slug]);
  });

  it('drops and counts invalid opportunities but keeps their step', () => {
    const feed = pathwaysFixture();
    const step = feed.pathways[0]!.steps[0]!;
    (step.opportunities as unknown[]).push(
      { slug: 'x', url: 'javascript:alert(1)', title: 'Bad', type: 't-level', closes: 'rolling', status: 'open' },
      { slug: 'y', title: 'No url' },
    );
    const read = readPathwaysFeed(feed);
    expect(read.skipped).toBe(0);
    expect(read.skippedOpportunities).toBe(2);
    expect(read.pathways[0]!.steps[0]!.opportunities).toHaveLength(2);
  });

  it('rejects feeds it cannot read at all', () => {
    expect(kindOf(() => readPathwaysFeed([]))).toBe('shape');
    expect(kindOf(() => readPathwaysFeed({ version: '2.0', pathways: [] }))).toBe('version');
    expect(kindOf(() => readPathwaysFeed({ pathways: [] }))).toBe('version');
    expect(kindOf(() => readPathwaysFeed({ version: '1.3', opportunities: [] }))).toBe('shape');
    expect(kindOf(() => readPathwaysFeed({ version: '1.3', pathways: [] }))).toBe('none');
  });
});
