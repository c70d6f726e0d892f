import {
  indexBySlug,
  opportunityRecord,
  type BuildClock,
  type Catalogue,
  type Entry,
  type OpportunityRecord,
  type Organisation,
  type Pathway,
  type PathwayStep,
  type Place,
  type SkillArea,
} from '@opportunities-hub/model';
import { buildClock, getCatalogue } from './catalogue.ts';
import { compareForListing } from './listing.ts';
import type { SearchPlace } from './search-ranking.ts';

/** Where an opportunity appears in a pathway. */
export interface PathwayUse {
  pathway: Entry<Pathway>;
  step: PathwayStep;
}

/**
 * Everything the pages need, worked out once per build: records with their status, and lookups
 * by slug. Pages must use these maps rather than scanning lists, so a build with 10,000
 * opportunities stays linear.
 */
export interface SiteData {
  catalogue: Catalogue;
  clock: BuildClock;
  /** Every opportunity, in listing order (open soonest-closing first, closed last). */
  records: OpportunityRecord[];
  record: Map<string, OpportunityRecord>;
  organisations: Map<string, Entry<Organisation>>;
  skills: Map<string, Entry<SkillArea>>;
  places: Map<string, Entry<Place>>;
  pathways: Map<string, Entry<Pathway>>;
  /** Pathways that list an opportunity in one of their steps, by opportunity slug. */
  pathwaysOfOpportunity: Map<string, PathwayUse[]>;
  /** Pathways building each skill area, by skill slug. */
  pathwaysOfSkill: Map<string, Entry<Pathway>[]>;
}

let cached: SiteData | undefined;

/** The site's data, worked out again only when the catalogue changes (once per build; on edits in dev). */
export function siteData(): SiteData {
  const catalogue = getCatalogue();
  if (cached?.catalogue === catalogue) return cached;
  const clock = buildClock();
  const records = catalogue.opportunities.map((entry) => opportunityRecord(catalogue, entry, clock.today)).sort(compareForListing);
  const pathwaysOfOpportunity = new Map<string, PathwayUse[]>();
  const pathwaysOfSkill = new Map<string, Entry<Pathway>[]>();
  for (const pathway of catalogue.pathways) {
    for (const step of pathway.data.steps) {
      for (const slug of step.opportunities) push(pathwaysOfOpportunity, slug, { pathway, step });
    }
    for (const skill of pathway.data.skills) push(pathwaysOfSkill, skill, pathway);
  }
  cached = {
    catalogue,
    clock,
    records,
    record: new Map(records.map((r) => [r.slug, r])),
    organisations: indexBySlug(catalogue.organisations),
    skills: indexBySlug(catalogue.skills),
    places: indexBySlug(catalogue.places),
    pathways: indexBySlug(catalogue.pathways),
    pathwaysOfOpportunity,
    pathwaysOfSkill,
  };
  return cached;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Looks up a record that content validation guarantees exists; a miss is a bug, so it says which. */
export function must<V>(map: Map<string, V>, slug: string, what: string): V {
  const value = map.get(slug);
  if (value === undefined) throw new Error(`No ${what} "${slug}": content references should have caught this`);
  return value;
}

let gazetteer: { catalogue: Catalogue; places: SearchPlace[] } | undefined;

/** The gazetteer's places with their coordinates, for the search's distance bands (see search-ranking.ts). */
export function searchGazetteer(): SearchPlace[] {
  const { catalogue } = siteData();
  if (gazetteer?.catalogue !== catalogue)
    gazetteer = { catalogue, places: catalogue.places.map(({ slug, data: { name, lat, lng } }) => ({ slug, name, lat, lng })) };
  return gazetteer.places;
}
