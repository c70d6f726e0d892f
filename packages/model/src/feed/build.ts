import { indexBySlug, standardIndex, type Catalogue, type Entry } from '../catalogue.ts';
import { markdownToPlainText } from '../logic/plain-text.ts';
import { statusOf } from '../logic/status.ts';
import { payText } from '../logic/pay.ts';
import type { Address, Opportunity, Pathway, Place, Standard } from '../schemas/records.ts';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_PATTERNS,
  AUDIENCE_LABELS,
  AUDIENCES,
  DELIVERY_LABELS,
  DELIVERY_MODES,
  IMPORT_SOURCE_LABELS,
  LEVEL_BAND_LABELS,
  LEVEL_BAND_OF,
  LEVEL_BANDS,
  LEVEL_LABELS,
  LEVELS,
  OPPORTUNITY_TYPE_LABELS,
  OPPORTUNITY_TYPES,
  SKILL_GROUP_LABELS,
  SKILL_GROUPS,
} from '../vocabulary.ts';
import {
  FEED_VERSION,
  type FeedPlace,
  type OpportunitiesFeed,
  type OpportunityRecord,
  type PathwayRecord,
  type PathwaysFeed,
  type SearchFeed,
  type StandardRecord,
  type TaxonomyFeed,
} from './schemas.ts';
import { paths } from './paths.ts';
import { searchFeedOf, searchSlicesOf, type BuildClock, type SearchSlice } from './search-feed.ts';

export { paths };

const terms = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

function placeRecord(entry: Entry<Place>): FeedPlace {
  const { name, area, lat, lng, postcodeDistrict } = entry.data;
  return { slug: entry.slug, name, lat, lng, ...(area ? { area } : {}), ...(postcodeDistrict ? { postcodeDistrict } : {}) };
}

/**
 * An imported workplace address as a feed place, so distance searches and maps treat it like a
 * gazetteer place: named by its first line, in the area of its last, slugged by its postcode.
 */
export function addressPlace(address: Address, fallbackSlug: string): FeedPlace {
  const { lines, postcode, lat, lng } = address;
  const area = lines.length > 1 ? lines[lines.length - 1] : undefined;
  const slug = postcode ? postcode.toLowerCase().replace(/\s+/g, '-') : fallbackSlug;
  return {
    slug,
    name: lines[0]!,
    lat,
    lng,
    ...(area ? { area } : {}),
    ...(postcode ? { postcodeDistrict: postcode.split(/\s/)[0]! } : {}),
  };
}

/** A stored standard as feeds carry it. */
export function standardRecord(s: Standard): StandardRecord {
  return {
    reference: s.reference,
    larsCode: s.larsCode,
    title: s.title,
    level: s.level,
    typicalDuration: s.typicalDuration,
    maxFunding: s.maxFunding,
    typicalJobTitles: s.typicalJobTitles,
    url: s.url,
    integratedDegree: s.integratedDegree,
    illustrative: s.illustrative,
  };
}

type Lookups = ReturnType<typeof makeLookups>;
const lookupCache = new WeakMap<Catalogue, Lookups>();

function makeLookups(catalogue: Catalogue) {
  const organisations = indexBySlug(catalogue.organisations);
  const skills = indexBySlug(catalogue.skills);
  const places = indexBySlug(catalogue.places);
  const opportunities = indexBySlug(catalogue.opportunities);
  const org = (slug: string) => ({ slug, name: organisations.get(slug)?.data.name ?? slug });
  const standards = standardIndex(catalogue.standards);
  const standard = (ref: string | number | undefined) => {
    const found = ref === undefined ? undefined : standards.get(String(ref));
    return found ? { standard: standardRecord(found.data) } : {};
  };
  return { organisations, skills, places, opportunities, org, standard };
}

/** Lookups by slug, built once per catalogue: record builders run once per record, so they must not rebuild them. */
function lookups(catalogue: Catalogue): Lookups {
  let found = lookupCache.get(catalogue);
  if (!found) lookupCache.set(catalogue, (found = makeLookups(catalogue)));
  return found;
}

/** One opportunity as the feeds publish it. */
export function opportunityRecord(catalogue: Catalogue, entry: Entry<Opportunity>, today: string): OpportunityRecord {
  const { skills, places, org, standard } = lookups(catalogue);
  const o = entry.data;
  return {
    slug: entry.slug,
    url: paths.opportunity(entry.slug),
    title: o.title,
    summary: o.summary,
    description: markdownToPlainText(entry.body),
    type: o.type,
    level: o.level,
    levelBand: LEVEL_BAND_OF[o.level],
    skills: o.skills.map((slug) => {
      const skill = skills.get(slug)!.data;
      return { slug, name: skill.name, group: skill.group };
    }),
    audiences: o.audiences,
    provider: org(o.provider),
    ...(o.employer ? { employer: org(o.employer) } : {}),
    places: [
      ...o.places.map((slug) => placeRecord(places.get(slug)!)),
      ...o.addresses.map((address, i) => addressPlace(address, `${entry.slug}-workplace-${i + 1}`)),
    ],
    delivery: o.delivery,
    attendance: o.attendance,
    starts: o.starts,
    ...(o.opens ? { opens: o.opens } : {}),
    closes: o.closes,
    duration: o.duration,
    cost: o.cost,
    ...(o.wage || o.pay ? { wage: o.wage ?? payText(o.pay!) } : {}),
    ...(o.pay ? { pay: o.pay } : {}),
    ...(o.hours ? { hours: o.hours } : {}),
    ...(o.nationwide ? { nationwide: true } : {}),
    ...(o.disabilityConfident ? { disabilityConfident: true } : {}),
    ...(o.source
      ? {
          source: {
            name: o.source.name,
            label: IMPORT_SOURCE_LABELS[o.source.name],
            reference: o.source.reference,
            ...(o.source.url ? { url: o.source.url } : {}),
            ...(o.source.withdrawn ? { withdrawn: o.source.withdrawn } : {}),
          },
        }
      : {}),
    ...standard(o.standard),
    ...(o.entryRequirements ? { entryRequirements: o.entryRequirements } : {}),
    apply: { url: o.apply.url, ...(o.apply.instructions ? { instructions: o.apply.instructions } : {}) },
    published: o.published,
    lastReviewed: o.lastReviewed,
    illustrative: o.illustrative,
    status: statusOf(o, today),
  };
}

/** The opportunities feed: every opportunity, newest first, closed ones marked rather than dropped. */
export function buildOpportunitiesFeed(catalogue: Catalogue, clock: BuildClock): OpportunitiesFeed {
  const opportunities = [...catalogue.opportunities]
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug))
    .map((entry) => opportunityRecord(catalogue, entry, clock.today));
  return {
    version: FEED_VERSION,
    ...clock,
    links: {
      html: paths.opportunities,
      taxonomy: paths.feeds.taxonomy,
      pathways: paths.feeds.pathways,
      schema: paths.feeds.schema('opportunities'),
    },
    opportunities,
  };
}

/**
 * The steps that follow step `index`: its `next` when given, otherwise the step after it in the
 * list (none after the last).
 */
export function nextSteps(pathway: Pathway, index: number): string[] {
  const step = pathway.steps[index]!;
  if (step.next) return step.next;
  const following = pathway.steps[index + 1];
  return following ? [following.id] : [];
}

/** One pathway as the feeds publish it, with each step's opportunities and their status. */
export function pathwayRecord(catalogue: Catalogue, entry: Entry<Pathway>, today: string): PathwayRecord {
  const { skills, org, opportunities, standard } = lookups(catalogue);
  const p = entry.data;
  return {
    slug: entry.slug,
    url: paths.pathway(entry.slug),
    title: p.title,
    summary: p.summary,
    skills: p.skills.map((slug) => ({ slug, name: skills.get(slug)!.data.name })),
    audiences: p.audiences,
    featured: p.featured,
    lastReviewed: p.lastReviewed,
    steps: p.steps.map((step, index) => ({
      id: step.id,
      title: step.title,
      kind: step.kind,
      ...(step.level ? { level: step.level } : {}),
      timing: step.timing,
      duration: step.duration,
      ...(step.provider ? { provider: org(step.provider) } : {}),
      organisations: step.organisations.map(org),
      ...(step.entryRequirements ? { entryRequirements: step.entryRequirements } : {}),
      description: step.description,
      ...(step.when ? { when: step.when } : {}),
      next: nextSteps(p, index),
      opportunities: step.opportunities.map((slug) => {
        const o = opportunities.get(slug)!.data;
        return {
          slug,
          url: paths.opportunity(slug),
          title: o.title,
          type: o.type,
          closes: o.closes,
          ...(o.opens ? { opens: o.opens } : {}),
          status: statusOf(o, today),
        };
      }),
      ...standard(step.standard),
    })),
  };
}

export function buildPathwaysFeed(catalogue: Catalogue, clock: BuildClock): PathwaysFeed {
  return {
    version: FEED_VERSION,
    ...clock,
    links: { html: paths.pathways, opportunities: paths.feeds.opportunities, schema: paths.feeds.schema('pathways') },
    pathways: [...catalogue.pathways]
      .sort((a, b) => a.data.title.localeCompare(b.data.title))
      .map((entry) => pathwayRecord(catalogue, entry, clock.today)),
  };
}

export function buildTaxonomyFeed(catalogue: Catalogue, clock: BuildClock): TaxonomyFeed {
  return {
    version: FEED_VERSION,
    ...clock,
    links: { schema: paths.feeds.schema('taxonomy') },
    types: terms(OPPORTUNITY_TYPES, OPPORTUNITY_TYPE_LABELS),
    levels: LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value], band: LEVEL_BAND_OF[value] })),
    levelBands: terms(LEVEL_BANDS, LEVEL_BAND_LABELS),
    audiences: terms(AUDIENCES, AUDIENCE_LABELS),
    attendance: terms(ATTENDANCE_PATTERNS, ATTENDANCE_LABELS),
    delivery: terms(DELIVERY_MODES, DELIVERY_LABELS),
    skillGroups: terms(SKILL_GROUPS, SKILL_GROUP_LABELS),
    skills: [...catalogue.skills]
      .sort((a, b) => SKILL_GROUPS.indexOf(a.data.group) - SKILL_GROUPS.indexOf(b.data.group) || a.data.order - b.data.order)
      .map(({ slug, data }) => ({ slug, name: data.name, group: data.group, summary: data.summary })),
    places: [...catalogue.places].sort((a, b) => a.data.name.localeCompare(b.data.name)).map(placeRecord),
    organisations: [...catalogue.organisations]
      .sort((a, b) => a.data.name.localeCompare(b.data.name))
      .map(({ slug, data }) => ({ slug, name: data.name, kind: data.kind, url: paths.organisation(slug) })),
  };
}

/** The compact search feed: every opportunity, in the opportunities feed's order. */
export function buildSearchFeed(catalogue: Catalogue, clock: BuildClock): SearchFeed {
  return searchFeedOf(buildOpportunitiesFeed(catalogue, clock).opportunities, buildTaxonomyFeed(catalogue, clock).places, clock);
}

/**
 * Every slice of the search feed: one per provider, type and skill area that has opportunities,
 * and one per gazetteer place. A widget whose locked presets name one such value loads only it.
 */
export function buildSearchSlices(catalogue: Catalogue, clock: BuildClock): SearchSlice[] {
  return searchSlicesOf(buildOpportunitiesFeed(catalogue, clock).opportunities, buildTaxonomyFeed(catalogue, clock).places, clock);
}
