import {
  AUDIENCE_LABELS,
  AUDIENCES,
  LEVEL_BAND_LABELS,
  LEVEL_BANDS,
  OPPORTUNITY_TYPE_LABELS,
  OPPORTUNITY_TYPES,
  type OpportunityRecord,
} from '@opportunities-hub/model';

/** One way of browsing the opportunities, e.g. by type; each value gets a static page. */
export interface Facet {
  /** The URL segment: /opportunities/<key>/<value>/. */
  key: 'type' | 'skill' | 'level' | 'audience';
  /** "Type of opportunity". */
  label: string;
  /** The values in display order. */
  values: { value: string; label: string }[];
  /** The values one record has. */
  of(record: OpportunityRecord): string[];
}

/** The facets, given the catalogue's skill areas (slug and name, in display order). */
export function facets(skills: readonly { slug: string; name: string }[]): Facet[] {
  return [
    {
      key: 'type',
      label: 'Type of opportunity',
      values: OPPORTUNITY_TYPES.map((value) => ({ value, label: OPPORTUNITY_TYPE_LABELS[value] })),
      of: (r) => [r.type],
    },
    {
      key: 'skill',
      label: 'Skill area',
      values: skills.map((s) => ({ value: s.slug, label: s.name })),
      of: (r) => r.skills.map((s) => s.slug),
    },
    {
      key: 'level',
      label: 'Level',
      values: LEVEL_BANDS.map((value) => ({ value, label: LEVEL_BAND_LABELS[value] })),
      of: (r) => [r.levelBand],
    },
    {
      key: 'audience',
      label: 'Who it is for',
      values: AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] })),
      of: (r) => r.audiences,
    },
  ];
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
