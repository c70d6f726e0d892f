import {
  AUDIENCE_LABELS,
  AUDIENCES,
  FACET_LABELS,
  FACETS,
  LEVEL_BAND_LABELS,
  LEVEL_BANDS,
  OPPORTUNITY_TYPE_LABELS,
  OPPORTUNITY_TYPES,
  type Facet as FacetKey,
  type OpportunityRecord,
} from '@opportunities-hub/model';

/** The facets that get static listing pages (the others are only filters on the search page and in the widget). */
type ListedKey = Extract<FacetKey, 'type' | 'level' | 'skill' | 'audience'>;

/** One way of browsing the opportunities, e.g. by type; each value gets a static page. */
export interface Facet {
  /** The URL segment: /opportunities/<key>/<value>/. */
  key: ListedKey;
  /** "Type of opportunity": the vocabulary's label. */
  label: string;
  /** The values in display order. */
  values: { value: string; label: string }[];
  /** The values one record has. */
  of(record: OpportunityRecord): string[];
}

const fixed = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** The listed facets in the vocabulary's order, given the catalogue's skill areas (slug and name, in display order). */
export function facets(skills: readonly { slug: string; name: string }[]): Facet[] {
  const listed: Record<ListedKey, Omit<Facet, 'key' | 'label'>> = {
    type: { values: fixed(OPPORTUNITY_TYPES, OPPORTUNITY_TYPE_LABELS), of: (r) => [r.type] },
    level: { values: fixed(LEVEL_BANDS, LEVEL_BAND_LABELS), of: (r) => [r.levelBand] },
    skill: { values: skills.map((s) => ({ value: s.slug, label: s.name })), of: (r) => r.skills.map((s) => s.slug) },
    audience: { values: fixed(AUDIENCES, AUDIENCE_LABELS), of: (r) => r.audiences },
  };
  return FACETS.filter((key): key is ListedKey => key in listed).map((key) => ({ key, label: FACET_LABELS[key], ...listed[key] }));
}

/** The path of a facet value's listing. */
export function facetPath(key: Facet['key'], value: string): string {
  return `/opportunities/${key}/${value}/`;
}

/**
 * Splits records by every value of `facet` in one pass (records keep their order). Values with
 * no records are left out, so no empty listing page is built.
 */
export function groupByFacet<T extends OpportunityRecord>(facet: Facet, records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>(facet.values.map((v) => [v.value, []]));
  for (const record of records) {
    for (const value of facet.of(record)) {
      const group = groups.get(value);
      if (!group) throw new Error(`Opportunity "${record.slug}" has ${facet.key} "${value}", which is not a known value`);
      group.push(record);
    }
  }
  for (const [value, list] of groups) if (list.length === 0) groups.delete(value);
  return groups;
}
