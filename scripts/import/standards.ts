/**
 * Imports the apprenticeship standards the hub's content names (a pathway step's or an
 * opportunity's `standard`) from Skills England's public API into content/standards/, one YAML
 * file each: what the site shows about them. No key is needed. Like the vacancy import it fetches
 * and checks everything before writing, rewrites a file only when what it says changes, and
 * stops with a message, leaving content/ as it was, when the service fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { COLLECTIONS, IMPORTED_FOLDER, type Standard } from '@opportunities-hub/model';
import { readRecord, validateRecord } from '@opportunities-hub/model/node';
import { getJson, ImportError } from './http.ts';
import { htmlToText } from './html-to-markdown.ts';
import { applyWrites } from './write.ts';

/** The public base address; one standard is `<base>/apprenticeshipstandards/<reference>`. */
export const STANDARDS_DEFAULT_BASE = 'https://skillsengland.education.gov.uk/api';

const optionalText = z.string().nullish();

/** GET /apprenticeshipstandards/{reference}: the current version of one standard (the fields the hub keeps). */
export const apiStandardSchema = z.object({
  referenceNumber: z.string().regex(/^(ST|FA)\d{4}$/i),
  larsCode: z.number().int().positive(),
  title: z.string().min(1),
  version: z.union([z.string(), z.number()]).nullish(),
  level: z.number().int().min(1).max(8),
  route: optionalText,
  typicalDuration: z.number().int().positive(),
  maxFunding: z.number().int().nonnegative(),
  // Lists in the current API; older versions sent one string with titles separated by "|".
  typicalJobTitles: z.union([z.array(z.string()), z.string()]).nullish(),
  standardPageUrl: optionalText,
  foundationApprenticeshipUrl: optionalText,
  integratedDegree: optionalText,
  relatedOccupations: z.array(z.object({ name: z.string(), reference: optionalText })).nullish(),
});

export type ApiStandard = z.output<typeof apiStandardSchema>;

export interface StandardsImportOptions {
  contentDir: string;
  /** The API's base address, e.g. https://skillsengland.education.gov.uk/api. */
  base: string;
  timeoutMs: number;
  /** The UK day of the run, YYYY-MM-DD. */
  today: string;
  /** Label every standard's figures as samples (for sample answers only). */
  sample: boolean;
}

export interface StandardsSummary {
  references: string[];
  added: string[];
  changed: string[];
  unchanged: number;
}

/** One standard as the hub stores it, before the dates of import. */
export function mapStandard(s: ApiStandard, sample: boolean): Omit<Standard, 'source'> {
  const reference = s.referenceNumber.toUpperCase();
  const titles = Array.isArray(s.typicalJobTitles) ? s.typicalJobTitles : (s.typicalJobTitles ?? '').split('|');
  const url = s.standardPageUrl || s.foundationApprenticeshipUrl;
  if (!url || !/^https?:\/\//i.test(url))
    throw new ImportError(`Skills England sent ${reference} without a page address (standardPageUrl)`);
  return {
    reference,
    larsCode: s.larsCode,
    title: htmlToText(s.title),
    ...(s.version != null && String(s.version).trim() ? { version: String(s.version).trim() } : {}),
    level: s.level,
    ...(s.route?.trim() ? { route: s.route.trim() } : {}),
    typicalDuration: s.typicalDuration,
    maxFunding: s.maxFunding,
    typicalJobTitles: [...new Set(titles.map((t) => htmlToText(t)).filter(Boolean))],
    url,
    integratedDegree: s.integratedDegree?.trim().toLowerCase() === 'integrated degree',
    relatedOccupations: (s.relatedOccupations ?? [])
      .filter((o) => o.name.trim())
      .map((o) => ({ name: o.name.trim(), ...(o.reference?.trim() ? { reference: o.reference.trim() } : {}) })),
    illustrative: sample,
  };
}

/** Validated records of one collection (top folder and imported/), read without the cross-record checks. */
function readCollection<K extends 'pathways' | 'opportunities' | 'standards'>(contentDir: string, name: K) {
  const spec = COLLECTIONS[name];
  const dirs = [join(contentDir, spec.folder), ...('imported' in spec ? [join(contentDir, spec.folder, IMPORTED_FOLDER)] : [])];
  return dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => (spec.extensions as readonly string[]).includes(extname(f)) && !f.startsWith('.'))
          .flatMap((f) => {
            const file = join(dir, f);
            const read = readRecord(file, readFileSync(file, 'utf8'));
            if ('message' in read) return [];
            const entry = validateRecord(name, file, read.raw, read.body);
            return Array.isArray(entry) ? [] : [{ ...entry, path: file }];
          })
      : [],
  );
}

/**
 * The ST references to fetch: every step's and opportunity's standard, a LARS code translated
 * through what is stored. A step's LARS code the hub cannot translate stops the import (the
 * service is asked by reference); an opportunity's is skipped, as its standard is optional.
 */
export function referencesToFetch(contentDir: string): string[] {
  const stored = new Map(readCollection(contentDir, 'standards').map((e) => [String(e.data.larsCode), e.data.reference]));
  const wanted = new Set<string>();
  const unknown: string[] = [];
  const want = (ref: string | number, where: string | undefined) => {
    const reference = typeof ref === 'number' ? stored.get(String(ref)) : ref;
    if (reference) wanted.add(reference);
    else if (where)
      unknown.push(`  ${where}: LARS code ${ref} is not stored yet: name the standard by its ST reference so it can be fetched`);
  };
  for (const { file, data } of readCollection(contentDir, 'pathways')) {
    data.steps.forEach((step, i) => step.standard !== undefined && want(step.standard, `${file} → steps.${i}.standard`));
  }
  for (const { data } of readCollection(contentDir, 'opportunities')) if (data.standard !== undefined) want(data.standard, undefined);
  if (unknown.length) throw new ImportError(`Some standards cannot be fetched:\n${unknown.join('\n')}`);
  return [...wanted].sort();
}

/** Runs one import of standards. Throws ImportError, with nothing written, when anything is wrong. */
export async function importStandards(options: StandardsImportOptions): Promise<StandardsSummary> {
  const references = referencesToFetch(options.contentDir);
  const service = { service: 'Skills England', headers: {}, timeoutMs: options.timeoutMs };
  const fetched: ApiStandard[] = [];
  for (const reference of references) {
    const url = new URL(`${options.base.replace(/\/+$/, '')}/apprenticeshipstandards/${encodeURIComponent(reference)}`);
    const answer = await getJson(url, apiStandardSchema, service, () => undefined);
    if (!answer) throw new ImportError(`Skills England has no standard ${reference}: check the reference where the content names it`);
    if (answer.referenceNumber.toUpperCase() !== reference) {
      throw new ImportError(`Skills England answered ${answer.referenceNumber} when asked for ${reference}`);
    }
    fetched.push(answer);
  }
  const dir = join(options.contentDir, 'standards');
  const summary: StandardsSummary = { references, added: [], changed: [], unchanged: 0 };
  const writes = new Map<string, string>();
  for (const answer of fetched) {
    const fields = mapStandard(answer, options.sample);
    const path = join(dir, `${fields.reference.toLowerCase()}.yaml`);
    const render = (firstImported: string, lastChanged: string) =>
      stringify(
        { ...fields, source: { name: 'skills-england', reference: fields.reference, url: fields.url, firstImported, lastChanged } },
        { lineWidth: 0 },
      );
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      const read = readRecord(path, text);
      const source =
        'message' in read ? undefined : ((read.raw as { source?: { firstImported?: string; lastChanged?: string } }).source ?? undefined);
      if (source?.firstImported && source.lastChanged && render(source.firstImported, source.lastChanged) === text) {
        summary.unchanged++;
        continue;
      }
      writes.set(path, render(source?.firstImported ?? options.today, options.today));
      summary.changed.push(basename(path, '.yaml'));
    } else {
      writes.set(path, render(options.today, options.today));
      summary.added.push(basename(path, '.yaml'));
    }
  }
  applyWrites(options.contentDir, writes);
  return summary;
}
