/**
 * Imports the region's apprenticeship vacancies from Find an apprenticeship into
 * content/opportunities/imported/ (one Markdown file per vacancy) and any organisations the hub
 * does not know into content/organisations/imported/.
 *
 * Safe by construction: everything is fetched, mapped and validated (in a scratch copy of
 * content/, references and all) before one file is written, so a failed, slow, malformed or
 * refused answer leaves the last good data as it was. A file is rewritten only when what it says
 * changes; a vacancy gone from the source is withdrawn, not deleted; records an editor wrote
 * (anywhere outside imported/, or in it without a `source` block) are never touched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import {
  ContentError,
  IMPORTED_FOLDER,
  provenanceSchema,
  vacancySelectionSchema,
  type Catalogue,
  type VacancySelection,
} from '@opportunities-hub/model';
import { describeIssue, loadCatalogue, readRecord } from '@opportunities-hub/model/node';
import { getVacancy, ImportError, searchReferences, type FaaClientOptions, type FaaVacancy } from './faa-api.ts';
import { mapVacancy, webAddress } from './map-vacancy.ts';
import { applyWrites } from './write.ts';
import { indexOrganisations, organisationFor, slugify, type NewOrganisation } from './organisations.ts';

export interface ImportOptions {
  /** The content folder, e.g. content. */
  contentDir: string;
  /** The selection record, e.g. content/sources/find-an-apprenticeship.yaml. */
  selectionFile: string;
  client: FaaClientOptions;
  /** The UK day of the run, YYYY-MM-DD: stamps first-imported, last-changed and withdrawn. */
  today: string;
  /** Label every record as an example (for sample answers, never for the real service). */
  sample: boolean;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface ImportSummary {
  found: number;
  added: string[];
  changed: string[];
  unchanged: number;
  withdrawn: string[];
  /** Vacancies an editor has taken over (a record outside imported/ with the same reference). */
  editorOwned: string[];
  organisations: string[];
}

const SOURCE = 'find-an-apprenticeship';

/** Reads and validates the selection record; mistakes name the file and field. */
export function readSelection(file: string, catalogue: Catalogue): VacancySelection {
  if (!existsSync(file)) throw new ImportError(`${file}: not found; it says which vacancies to import (see README.md)`);
  const read = readRecord(file, readFileSync(file, 'utf8'));
  if ('message' in read) throw new ImportError(`${read.file}: ${read.message}`);
  const parsed = vacancySelectionSchema.safeParse(read.raw, { reportInput: true });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${file}${i.path.length ? ` → ${i.path.join('.')}` : ''}: ${describeIssue(i)}`);
    throw new ImportError(`The selection has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
  }
  const skills = new Set(catalogue.skills.map((s) => s.slug));
  const unknown = [
    ...parsed.data.standards.map((s, i) => [`standards.${i}.skill`, s.skill]),
    ...parsed.data.routes.map((r, i) => [`routes.${i}.skill`, r.skill]),
  ]
    .filter(([, skill]) => !skills.has(skill!))
    .map(([field, skill]) => `  ${file} → ${field}: "${skill}" is not one of the skills in content/skills/`);
  if (unknown.length)
    throw new ImportError(`The selection has ${unknown.length} problem${unknown.length === 1 ? '' : 's'}:\n${unknown.join('\n')}`);
  return parsed.data;
}

/** The searches that cover the selection: one for all its standards, one per route. */
export function searches(selection: VacancySelection): [string, string][][] {
  const region: [string, string][] = [
    ['Lat', String(selection.centre.lat)],
    ['Lon', String(selection.centre.lng)],
    ['DistanceInMiles', String(selection.radiusMiles)],
    ['Sort', 'AgeDesc'],
    ...(selection.includeNational ? [] : ([['ExcludeRecruitingNationally', 'true']] as [string, string][])),
  ];
  return [
    ...(selection.standards.length
      ? [[...region, ...selection.standards.map((s): [string, string] => ['StandardLarsCode', String(s.larsCode)])]]
      : []),
    ...selection.routes.map((route) => [...region, ['Routes', route.name] as [string, string]]),
  ];
}

/** An imported record already on disk. */
interface Existing {
  slug: string;
  path: string;
  text: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every file in the imported folder: by vacancy reference for the importer's own, and the slugs of all. */
function readImported(dir: string): { own: Map<string, Existing>; slugs: Set<string> } {
  const own = new Map<string, Existing>();
  const slugs = new Set<string>();
  if (!existsSync(dir)) return { own, slugs };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    slugs.add(basename(name, '.md'));
    const read = readRecord(path, text);
    if ('message' in read) continue; // not ours to repair: the content check reports it
    const data = read.raw as Record<string, unknown>;
    const source = provenanceSchema.safeParse(data['source']);
    if (source.success && source.data.name === SOURCE)
      own.set(source.data.reference, { slug: basename(name, '.md'), path, text, data, body: read.body });
  }
  return { own, slugs };
}

/** A Markdown file with YAML frontmatter, written the same way every time so unchanged records compare equal. */
export function renderRecord(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body ? `\n${body}\n` : ''}`;
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The frontmatter of an imported vacancy, with its provenance and the dates the hub shows. */
function withDates(fields: Record<string, unknown>, v: FaaVacancy, firstImported: string, lastChanged: string): Record<string, unknown> {
  return {
    ...fields,
    published: firstImported,
    lastReviewed: lastChanged,
    source: { name: SOURCE, reference: v.vacancyReference, url: webAddress(v.vacancyUrl)!, firstImported, lastChanged },
  };
}

/** Runs one import. Throws ImportError, with nothing written, when anything is wrong. */
export async function importVacancies(options: ImportOptions): Promise<ImportSummary> {
  const log = options.log ?? (() => {});
  const { contentDir, today } = options;
  let catalogue: Catalogue;
  try {
    catalogue = loadCatalogue(contentDir);
  } catch (error) {
    if (error instanceof ContentError) throw new ImportError(`content/ must be valid before an import.\n${error.message}`);
    throw error;
  }
  const selection = readSelection(options.selectionFile, catalogue);

  const references: string[] = [];
  for (const query of searches(selection)) {
    for (const reference of await searchReferences(query, options.client)) if (!references.includes(reference)) references.push(reference);
  }
  log(`Find an apprenticeship lists ${references.length} vacanc${references.length === 1 ? 'y' : 'ies'} for the selection.`);
  const vacancies: FaaVacancy[] = [];
  for (const reference of references) {
    const vacancy = await getVacancy(reference, options.client);
    if (vacancy.isNationalVacancy && !selection.includeNational) continue;
    vacancies.push(vacancy);
  }

  const opportunitiesDir = join(contentDir, 'opportunities', IMPORTED_FOLDER);
  const organisationsDir = join(contentDir, 'organisations', IMPORTED_FOLDER);
  const { own, slugs: importedSlugs } = readImported(opportunitiesDir);
  const editorReferences = new Set(
    catalogue.opportunities
      .filter((e) => !e.file.includes(`/${IMPORTED_FOLDER}/`) && e.data.source?.name === SOURCE)
      .map((e) => e.data.source!.reference),
  );
  const takenSlugs = new Set([...catalogue.opportunities.map((e) => e.slug), ...importedSlugs]);
  const organisations = indexOrganisations(catalogue.organisations);
  const createdOrganisations = new Map<string, NewOrganisation>();

  const writes = new Map<string, string>();
  const summary: ImportSummary = {
    found: vacancies.length,
    added: [],
    changed: [],
    unchanged: 0,
    withdrawn: [],
    editorOwned: [],
    organisations: [],
  };
  const seen = new Set<string>();
  for (const v of vacancies) {
    seen.add(v.vacancyReference);
    if (editorReferences.has(v.vacancyReference)) {
      summary.editorOwned.push(v.vacancyReference);
      continue;
    }
    const who = { sample: options.sample, firstImported: today };
    const provider = organisationFor(organisations, createdOrganisations, {
      ...who,
      name: v.providerName,
      role: 'provider',
      ukprn: v.ukprn,
    });
    const employer = organisationFor(organisations, createdOrganisations, {
      ...who,
      name: v.employerName,
      role: 'employer',
      website: v.employerWebsiteUrl,
    });
    const mapped = mapVacancy(v, { selection, provider, employer, sample: options.sample });
    const existing = own.get(v.vacancyReference);
    if (existing) {
      const source = existing.data['source'] as { firstImported: string; lastChanged: string };
      const same = renderRecord(withDates(mapped.fields, v, source.firstImported, source.lastChanged), mapped.body);
      if (same === existing.text) {
        summary.unchanged++;
        continue;
      }
      writes.set(existing.path, renderRecord(withDates(mapped.fields, v, source.firstImported, today), mapped.body));
      summary.changed.push(existing.slug);
    } else {
      const base = `${slugify(v.title, 50)}-${v.vacancyReference.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      let slug = base;
      for (let n = 2; takenSlugs.has(slug); n++) slug = `${base}-${n}`;
      takenSlugs.add(slug);
      writes.set(join(opportunitiesDir, `${slug}.md`), renderRecord(withDates(mapped.fields, v, today, today), mapped.body));
      summary.added.push(slug);
    }
  }

  for (const [reference, existing] of own) {
    const source = existing.data['source'] as { withdrawn?: string };
    if (seen.has(reference) || source.withdrawn) continue;
    const closes = existing.data['closes'];
    const lastDay = dayBefore(today);
    const data = {
      ...existing.data,
      closes: typeof closes === 'string' && closes !== 'rolling' && closes < lastDay ? closes : lastDay,
      lastReviewed: today,
      source: { ...(existing.data['source'] as object), lastChanged: today, withdrawn: today },
    };
    writes.set(existing.path, renderRecord(data, existing.body.replace(/^\n/, '').replace(/\n$/, '')));
    summary.withdrawn.push(existing.slug);
  }

  for (const { slug, fields } of createdOrganisations.values()) {
    writes.set(join(organisationsDir, `${slug}.yaml`), stringify(fields, { lineWidth: 0 }));
    summary.organisations.push(slug);
  }

  applyWrites(contentDir, writes);
  return summary;
}
