import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '@opportunities-hub/model/logic/filters';
import { matchingFeedKey, WHOLE_HUB, type FollowedSearch } from './matching-feed.ts';

const search = (part: { query?: string; near?: string; chosen?: Partial<Filters> } = {}): FollowedSearch => ({
  query: part.query ?? '',
  near: part.near ?? '',
  radius: undefined,
  sort: 'relevance',
  filters: { ...emptyFilters(), ...part.chosen },
});

describe('matchingFeedKey', () => {
  it('names the feed of a search narrowed by one value of a followed facet, open only or not', () => {
    expect(matchingFeedKey(search({ chosen: { skill: ['laboratory-technical-skills'] } }))).toBe('skill/laboratory-technical-skills');
    expect(matchingFeedKey(search({ chosen: { provider: ['aru'], open: false } }))).toBe('provider/aru');
  });

  it('is the whole hub when nothing is chosen', () => {
    expect(matchingFeedKey(search())).toBe(WHOLE_HUB);
    expect(matchingFeedKey(search({ chosen: { open: false } }))).toBe(WHOLE_HUB);
  });

  it('has no feed for two choices, free text, a place and distance, or a facet without feeds', () => {
    expect(matchingFeedKey(search({ chosen: { type: ['apprenticeship', 't-level'] } }))).toBeUndefined();
    expect(matchingFeedKey(search({ chosen: { type: ['apprenticeship'], skill: ['catering'] } }))).toBeUndefined();
    expect(matchingFeedKey(search({ query: 'chef' }))).toBeUndefined();
    expect(matchingFeedKey(search({ near: 'Cambridge', chosen: { type: ['apprenticeship'] } }))).toBeUndefined();
    expect(matchingFeedKey(search({ chosen: { attendance: ['part-time'] } }))).toBeUndefined();
  });
});
