import { COLLECTIONS, type Catalogue, type CollectionName } from '@opportunities-hub/model';

/** What the browser editor knows of the catalogue: every slug, and the records previews name. */
export interface EditorRecords {
  /** Every record's slug, by collection: what references are checked against before a save. */
  slugs: Record<CollectionName, string[]>;
  /**
   * The records previews name (skills, places, organisations) and the stored standards, which
   * references to a standard are checked against by its reference or LARS code, not its slug.
   */
  lookups: Pick<Catalogue, 'places' | 'organisations' | 'skills' | 'standards'>;
  /** The file ending each collection's files use (pages are .mdx), so messages name the file the editor writes. */
  extensions: Record<CollectionName, string>;
}

/** The ending most of `files` have among those a collection accepts, else the first it accepts. */
export function commonestExtension(name: CollectionName, files: readonly string[]): string {
  const { extensions } = COLLECTIONS[name];
  const counts = extensions.map((ext) => files.filter((file) => file.endsWith(ext)).length);
  return extensions[counts.indexOf(Math.max(...counts))] ?? extensions[0];
}

export function editorRecords(catalogue: Catalogue): EditorRecords {
  const slugs = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, catalogue[name].map((e) => e.slug)]),
  ) as Record<CollectionName, string[]>;
  const extensions = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [
      name,
      commonestExtension(
        name,
        catalogue[name].map((e) => e.file),
      ),
    ]),
  ) as Record<CollectionName, string>;
  return {
    slugs,
    extensions,
    lookups: { places: catalogue.places, organisations: catalogue.organisations, skills: catalogue.skills, standards: catalogue.standards },
  };
}
