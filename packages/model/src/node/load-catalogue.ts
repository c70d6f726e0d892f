import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import {
  COLLECTIONS,
  ContentError,
  IMPORTED_FOLDER,
  SETTINGS_FILE,
  checkReferences,
  type Catalogue,
  type CollectionName,
  type ContentIssue,
  type Entry,
} from '../catalogue.ts';
import type { SiteSettings } from '../schemas/settings.ts';
import { validateRecord, validateSettings } from '../validate-record.ts';

/** Splits `---` frontmatter from a Markdown/MDX file. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}

/**
 * Reads one file's text into raw data and body. Problems come back as issues naming the file,
 * never as a thrown parser error.
 */
export function readRecord(file: string, source: string): { raw: unknown; body: string } | ContentIssue {
  const isDoc = ['.md', '.mdx'].includes(extname(file));
  let yamlText = source;
  let body = '';
  if (isDoc) {
    const parts = splitFrontmatter(source);
    if (!parts) return { file, field: '', message: 'has no frontmatter: start the file with a --- line, the fields, then ---' };
    yamlText = parts.frontmatter;
    body = parts.body;
  }
  try {
    const raw = parseYaml(yamlText, { prettyErrors: true, uniqueKeys: true }) as unknown;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      return { file, field: '', message: 'must hold a set of fields (key: value), not a list or a single value' };
    }
    return { raw, body };
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    return { file, field: '', message: `is not valid YAML: ${reason}` };
  }
}

function listFiles(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
      .filter((name) => statSync(join(folder, name)).isFile())
      .sort();
  } catch {
    return [];
  }
}

/**
 * Reads and validates every collection under `contentDir`, then checks references and slugs
 * across them. Throws a ContentError listing every problem found, so one run shows them all.
 */
export function loadCatalogue(contentDir: string): Catalogue {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    throw new ContentError([{ file: contentDir, field: '', message: 'is not a folder: there is no content to build from' }]);
  }
  const issues: ContentIssue[] = [];
  const catalogue = {} as Record<CollectionName, Entry<unknown>[]>;
  const root = join(contentDir, '..');
  // Slugs of every file found, valid or not, so one broken record is not also reported as missing.
  const present = {} as Record<CollectionName, Set<string>>;
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const { folder, extensions } = spec;
    const dirs = [join(contentDir, folder), ...('imported' in spec ? [join(contentDir, folder, IMPORTED_FOLDER)] : [])];
    const entries: Entry<unknown>[] = [];
    const seen = new Map<string, string>();
    for (const [dir, fileName] of dirs.flatMap((dir) => listFiles(dir).map((fileName) => [dir, fileName] as const))) {
      const file = relative(root, join(dir, fileName)).split('\\').join('/');
      if (!(extensions as readonly string[]).includes(extname(fileName))) {
        issues.push({ file, field: '', message: `is not a ${extensions.join(' or ')} file, so it would be ignored` });
        continue;
      }
      const slug = basename(fileName, extname(fileName));
      const earlier = seen.get(slug);
      if (earlier) {
        issues.push({ file, field: '', message: `has the same slug "${slug}" as ${earlier}` });
        continue;
      }
      seen.set(slug, file);
      const read = readRecord(file, readFileSync(join(dir, fileName), 'utf8'));
      if ('message' in read) {
        issues.push(read);
        continue;
      }
      const entry = validateRecord(name, file, read.raw, read.body);
      if (Array.isArray(entry)) issues.push(...entry);
      else entries.push(entry);
    }
    catalogue[name] = entries;
    present[name] = new Set(seen.keys());
  }
  const site = readSettings(contentDir, root, issues);
  const full = { ...catalogue, site } as Catalogue;
  issues.push(...checkReferences(full, present));
  if (issues.length > 0 || !site) throw new ContentError(issues);
  return full;
}

/** Reads and validates content/site.yaml, adding its problems to `issues`. */
function readSettings(contentDir: string, root: string, issues: ContentIssue[]): Entry<SiteSettings> | undefined {
  const path = join(contentDir, SETTINGS_FILE);
  const file = relative(root, path).split('\\').join('/');
  if (!existsSync(path)) {
    issues.push({ file, field: '', message: "is missing: the hub's name, contact details and public origin are set there" });
    return undefined;
  }
  const read = readRecord(file, readFileSync(path, 'utf8'));
  if ('message' in read) {
    issues.push(read);
    return undefined;
  }
  const settings = validateSettings(file, read.raw);
  if (Array.isArray(settings)) {
    issues.push(...settings);
    return undefined;
  }
  return settings;
}
