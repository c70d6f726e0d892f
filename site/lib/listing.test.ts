import { describe, expect, it } from 'vitest';
import { closingSoonest, compareForListing } from './listing.ts';
import type { OpportunityRecord } from '@opportunities-hub/model';
import { opportunity } from '@opportunities-hub/model/testing/records';

const r = (slug: string, fields: Partial<OpportunityRecord> = {}) => opportunity({ slug, title: slug, ...fields });

describe('compareForListing', () => {
  it('puts open by closing date, then rolling, then opening later, then closed (latest first)', () => {
    const list = [
      r('closed-old', { status: 'closed', closes: '2026-01-01' }),
      r('rolling', { status: 'rolling', closes: 'rolling' }),
      r('late', { status: 'open', closes: '2027-05-01' }),
      r('upcoming', { status: 'upcoming', opens: '2027-01-01', closes: '2027-03-01' }),
      r('soon', { status: 'closing-soon', closes: '2026-12-01' }),
      r('closed-new', { status: 'closed', closes: '2026-11-01' }),
    ].sort(compareForListing);
    expect(list.map((x) => x.slug)).toEqual(['soon', 'late', 'rolling', 'upcoming', 'closed-new', 'closed-old']);
  });

  it('breaks ties by title, then slug', () => {
    const list = [r('b', { title: 'Same' }), r('a', { title: 'Same' })].sort(compareForListing);
    expect(list.map((x) => x.slug)).toEqual(['a', 'b']);
  });
});

describe('closingSoonest', () => {
  it('keeps open dated ones only, up to the count', () => {
    const list = [
      r('a', { status: 'closing-soon', closes: '2026-12-01' }),
      r('b', { status: 'rolling', closes: 'rolling' }),
      r('c', { status: 'open' }),
      r('d', { status: 'open' }),
    ];
    expect(closingSoonest(list, 2).map((x) => x.slug)).toEqual(['a', 'c']);
  });
});
