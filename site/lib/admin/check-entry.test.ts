import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, ContentError, formatIssue } from '@opportunities-hub/model';
import { loadCatalogue, readRecord, validateRecord } from '@opportunities-hub/model/node';
import { checkEntry, checkSettings, emptyPaths, slugFromIdentifier, withoutPaths } from './check-entry.ts';
import { editorRecords } from './editor-records.ts';

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));
const records = editorRecords(loadCatalogue(contentDir));
const source = readFileSync(`${contentDir}opportunities/gmp-essentials-short-course.md`, 'utf8');
const read = readRecord('content/opportunities/gmp-essentials-short-course.md', source);
if ('message' in read) throw new Error(read.message);
const opportunity = { ...(read.raw as Record<string, unknown>), body: read.body };

describe('the editor’s pre-save check', () => {
  it('passes a record check:content passes', () => {
    const result = checkEntry('opportunities', 'gmp-essentials-short-course', opportunity, records);
    expect(result.issues).toEqual([]);
    expect(result.entry).toBeDefined();
  });

  it('refuses an opportunity that closes before it opens, in the model’s words, naming the file and field', () => {
    const result = checkEntry('opportunities', 'late', { ...opportunity, opens: '2027-03-01', closes: '2027-02-01' }, records);
    expect(result.issues).toEqual([
      { file: 'content/opportunities/late.md', field: 'closes', message: 'closes (2027-02-01) is before opens (2027-03-01)' },
    ]);
    // The same words check:content uses for the same data.
    const { body, ...fields } = { ...opportunity, opens: '2027-03-01', closes: '2027-02-01' };
    expect(validateRecord('opportunities', 'content/opportunities/late.md', fields, String(body))).toEqual(result.issues);
    expect(formatIssue(result.issues[0]!)).toBe(
      '  content/opportunities/late.md → closes: closes (2027-02-01) is before opens (2027-03-01)',
    );
  });

  it('refuses unsafe apply links and references to records that do not exist', () => {
    const unsafe = checkEntry('opportunities', 'x', { ...opportunity, apply: { url: 'javascript:alert(1)' } }, records);
    expect(unsafe.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'apply.url: "javascript:alert(1)" must start with https:, http: or mailto:',
    ]);
    const dangling = checkEntry('opportunities', 'x', { ...opportunity, provider: 'nobody-we-know' }, records);
    expect(dangling.issues).toEqual([
      {
        file: 'content/opportunities/x.md',
        field: 'provider',
        message: '"nobody-we-know" is not one of the organisations in content/organisations/',
      },
    ]);
  });

  it('refuses a pathway step that points at a step the pathway does not have', () => {
    const pathway = loadCatalogue(contentDir).pathways[0]!;
    const steps = pathway.data.steps.map((s, i) => (i === 0 ? { ...s, next: ['nowhere'] } : s));
    const result = checkEntry('pathways', pathway.slug, { ...pathway.data, steps }, records);
    expect(result.issues).toEqual([
      { file: `content/pathways/${pathway.slug}.yaml`, field: 'steps.0.next.0', message: '"nowhere" is not a step of this pathway' },
    ]);
  });

  it('removes what a form leaves empty, but keeps an empty "next" (it ends the route)', () => {
    const schema = COLLECTIONS.pathways.schema;
    const data = { title: 'T', summary: '', skills: [], steps: [{ id: 'a', organisations: [], next: [], provider: null }] };
    const paths = emptyPaths(schema, data);
    expect(paths).toEqual([['summary'], ['steps', 0, 'organisations'], ['steps', 0, 'provider']]);
    expect(withoutPaths(data, paths)).toEqual({ title: 'T', skills: [], steps: [{ id: 'a', next: [] }] });
  });

  it('refuses an image with no alt text in the body, like check:content', () => {
    const body = 'Before.\n\n![](/media/lab.jpg)\n\n![A technician at a bench](/media/bench.jpg)\n';
    const result = checkEntry('opportunities', 'x', { ...opportunity, body }, records);
    expect(result.issues).toEqual([
      {
        file: 'content/opportunities/x.md',
        field: 'body',
        message: 'the image /media/lab.jpg needs alt text: say what it shows between the square brackets',
      },
    ]);
  });

  it('leaves out an optional group left wholly empty, and checks one partly filled in', () => {
    const empty = checkEntry('opportunities', 'x', { ...opportunity, pay: { type: '', note: '' } }, records);
    expect(empty.issues).toEqual([]);
    expect(empty.empty).toContainEqual(['pay']);
    const partial = checkEntry('opportunities', 'x', { ...opportunity, pay: { note: 'Paid weekly' } }, records);
    expect(partial.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'pay.type: undefined is not one of: fixed, apprentice-minimum, national-minimum, competitive',
    ]);
  });

  it('checks the site settings as check:content does, in the same words, and drops fields left empty', () => {
    const site = readRecord('content/site.yaml', readFileSync(`${contentDir}site.yaml`, 'utf8'));
    if ('message' in site) throw new Error(site.message);
    const settings = site.raw as Record<string, Record<string, unknown>>;
    expect(checkSettings(settings).issues).toEqual([]);
    const broken = { ...settings, contact: { ...settings.contact, email: 'not-an-address', hours: '' } };
    const result = checkSettings(broken);
    expect(result.empty).toEqual([['contact', 'hours']]);
    // check:content on a copy of content/ with the same settings names the same file, field and problem.
    const copy = mkdtempSync(join(tmpdir(), 'editor-settings-'));
    cpSync(contentDir, copy, { recursive: true });
    writeFileSync(join(copy, 'site.yaml'), JSON.stringify(withoutPaths(broken, result.empty)));
    let thrown: unknown;
    try {
      loadCatalogue(copy);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const fromBuild = (thrown as ContentError).issues.find((issue) => issue.field === 'contact.email');
    expect(result.issues).toEqual([{ ...fromBuild, file: 'content/site.yaml' }]);
    expect(result.issues[0]!.message).toBe('"not-an-address" is not an email address');
  });

  it('names a page’s file with the ending pages are written in (.mdx), as check:content would', () => {
    expect(records.extensions).toMatchObject({ pages: '.mdx', opportunities: '.md', pathways: '.yaml' });
    const result = checkEntry('pages', 'new-page', { title: 'A new page', body: '' }, records);
    expect(result.issues.map((i) => `${i.file} → ${i.field}`)).toEqual(['content/pages/new-page.mdx → description']);
  });

  it('names a new record’s file by the slug Decap will give it', () => {
    expect(slugFromIdentifier('Lab Skills: Café Week 2')).toBe('lab-skills-cafe-week-2');
  });
});
