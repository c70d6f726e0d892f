/**
 * The compact search feed and its slices, made from opportunity records as the full feed has
 * them. Apart from build.ts (which reads content and Markdown) so the widgets' browser tests can
 * build the feeds they serve without pulling a Markdown parser into the browser.
 */
import { distanceCheck, PLACE_SLICE_MILES } from '../logic/near.ts';
import { paths } from './paths.ts';
import type { FeedPlace, OpportunityRecord, SearchFeed } from './schemas.ts';
import { FEED_VERSION } from './version.ts';

/** When a feed is built: the build's clock, and the UK day statuses are worked out for. */
export interface BuildClock {
  generated: string;
  today: string;
}

/** A summary's first sentence, when that is at least 40 characters: what a result line needs. */
export const firstSentence = (text: string): string => /^.{40,}?[.!?](?=\s)/s.exec(text)?.[0] ?? text;

/**
 * The compact search feed of `records` (full records, as the opportunities feed has them):
 * skills, providers, employers and places by position in the feed's own lists, the whole
 * gazetteer in `places`, each summary's first sentence and no descriptions (both are on the
 * opportunity's page). About a quarter of the full feed as each is served.
 */
export function searchFeedOf(records: readonly OpportunityRecord[], gazetteer: readonly FeedPlace[], clock: BuildClock): SearchFeed {
  const organisations: SearchFeed['organisations'] = [];
  const skills: SearchFeed['skills'] = [];
  const positions = new Map<string, number>();
  /** The position of `item` in `list`, added on first use (keyed by list and slug). */
  const at = <T extends { slug: string }>(list: T[], kind: string, item: T): number => {
    const key = `${kind}:${item.slug}`;
    if (!positions.has(key)) positions.set(key, list.push(item) - 1);
    return positions.get(key)!;
  };
  // The whole gazetteer, so a search knows every place; then any place a record names that it lacks (an imported workplace).
  const places = [...gazetteer];
  places.forEach((p, i) => positions.set(`place:${p.slug}`, i));
  const opportunities = records.map((o) => ({
    slug: o.slug,
    title: o.title,
    summary: firstSentence(o.summary),
    type: o.type,
    level: o.level,
    skills: o.skills.map((s) => at(skills, 'skill', s)),
    audiences: o.audiences,
    provider: at(organisations, 'org', o.provider),
    ...(o.employer ? { employer: at(organisations, 'org', o.employer) } : {}),
    places: o.places.map((p) => at(places, 'place', p)),
    delivery: o.delivery,
    attendance: o.attendance,
    starts: o.starts,
    ...(o.opens ? { opens: o.opens } : {}),
    closes: o.closes,
    published: o.published,
    apply: { url: o.apply.url },
    illustrative: o.illustrative,
    ...(o.pay ? { pay: o.pay } : {}),
  }));
  return {
    version: FEED_VERSION,
    ...clock,
    links: {
      html: paths.opportunities,
      opportunity: paths.opportunity('{slug}'),
      full: paths.feeds.opportunities,
      taxonomy: paths.feeds.taxonomy,
      schema: paths.feeds.schema('search'),
    },
    organisations,
    skills,
    places,
    opportunities,
  };
}

/** The facets a search feed is sliced by: the presets partners lock. */
export const SLICE_FACETS = ['provider', 'type', 'skill', 'place'] as const;
export type SliceFacet = (typeof SLICE_FACETS)[number];

/** One slice: its facet and value (its address is paths.feeds.searchSlice(facet, value)) and its feed. */
export interface SearchSlice {
  facet: SliceFacet;
  value: string;
  feed: SearchFeed;
}

/** The slices of the search feed of `records` (see buildSearchSlices). */
export function searchSlicesOf(records: readonly OpportunityRecord[], gazetteer: readonly FeedPlace[], clock: BuildClock): SearchSlice[] {
  const keys: Record<Exclude<SliceFacet, 'place'>, (o: OpportunityRecord) => string[]> = {
    provider: (o) => [o.provider.slug],
    type: (o) => [o.type],
    skill: (o) => o.skills.map((s) => s.slug),
  };
  const slices = Object.entries(keys).flatMap(([facet, valuesOf]) =>
    [...new Set(records.flatMap(valuesOf))].sort().map((value) => ({
      facet: facet as SliceFacet,
      value,
      feed: searchFeedOf(
        records.filter((o) => valuesOf(o).includes(value)),
        gazetteer,
        clock,
      ),
    })),
  );
  for (const place of gazetteer) {
    const near = records.filter((o) => distanceCheck(o, place, PLACE_SLICE_MILES).within);
    slices.push({ facet: 'place', value: place.slug, feed: searchFeedOf(near, gazetteer, clock) });
  }
  return slices;
}
