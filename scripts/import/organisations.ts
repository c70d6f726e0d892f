/**
 * Finds the hub's organisation record for a vacancy's employer or provider, or drafts a new
 * imported one. Matching is by UKPRN first (providers), then by name with case, punctuation and
 * company suffixes ignored, against both name and short name.
 */
import type { Entry, Organisation } from '@opportunities-hub/model';
import { webAddress } from './map-vacancy.ts';

const SUFFIXES = /\b(ltd|limited|plc|llp|cic|uk)\b/g;

/** A name reduced to what identifies it: "Fenland Bioanalytics Ltd." and "fenland bioanalytics" match. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(SUFFIXES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A slug from words: lower case, hyphens, at most `max` characters, cut at a hyphen. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'record';
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

export interface OrganisationIndex {
  bySlug: Map<string, Organisation>;
  byUkprn: Map<number, string>;
  byName: Map<string, string>;
}

export function indexOrganisations(entries: readonly Entry<Organisation>[]): OrganisationIndex {
  const index: OrganisationIndex = { bySlug: new Map(), byUkprn: new Map(), byName: new Map() };
  for (const { slug, data } of entries) add(index, slug, data);
  return index;
}

function add(index: OrganisationIndex, slug: string, data: Organisation): void {
  index.bySlug.set(slug, data);
  if (data.ukprn) index.byUkprn.set(data.ukprn, slug);
  for (const name of [data.name, data.shortName]) if (name && !index.byName.has(nameKey(name))) index.byName.set(nameKey(name), slug);
}

/** A new organisation's file fields, before the dates of import are added. */
export interface NewOrganisation {
  slug: string;
  fields: Organisation;
}

/**
 * The slug of the organisation named, creating an imported one (added to `created` and to the
 * index, so a second vacancy from it links to the same record) when the hub does not know it.
 */
export function organisationFor(
  index: OrganisationIndex,
  created: Map<string, NewOrganisation>,
  who: {
    name: string;
    role: 'employer' | 'provider';
    ukprn?: number | null;
    website?: string | null;
    sample: boolean;
    firstImported: string;
  },
): string {
  const name = who.name.trim();
  const known = (who.ukprn && index.byUkprn.get(who.ukprn)) || index.byName.get(nameKey(name));
  if (known) return known;
  let slug = slugify(name);
  for (let n = 2; index.bySlug.has(slug); n++) slug = `${slugify(name)}-${n}`;
  const fields: Organisation = {
    name,
    kind: who.role === 'provider' ? 'training-provider' : 'employer',
    summary:
      who.role === 'provider'
        ? `A training provider named on apprenticeship vacancies imported from Find an apprenticeship.`
        : `An employer advertising apprenticeships on Find an apprenticeship.`,
    ...(webAddress(who.website) ? { website: webAddress(who.website)! } : {}),
    places: [],
    illustrative: who.sample,
    ...(who.ukprn ? { ukprn: who.ukprn } : {}),
    source: {
      name: 'find-an-apprenticeship',
      reference: who.ukprn ? String(who.ukprn) : name,
      firstImported: who.firstImported,
      lastChanged: who.firstImported,
    },
  };
  add(index, slug, fields);
  created.set(slug, { slug, fields });
  return slug;
}
