import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPathwaysFeed, ContentError, standardSummary } from '@opportunities-hub/model';
import { loadCatalogue } from '@opportunities-hub/model/node';
import { ImportError } from './http.ts';
import { startSampleServer, type SampleServer } from './sample-server.ts';
import { importStandards, mapStandard, referencesToFetch, type StandardsImportOptions } from './standards.ts';

const TODAY = '2026-11-28';
const STANDARDS = (JSON.parse(readFileSync('scripts/import/sample/standards.json', 'utf8')) as { standards: { referenceNumber: string }[] })
  .standards;

let server: SampleServer;
let content: string;

beforeAll(async () => {
  server = await startSampleServer('unused', { vacancies: [], standards: STANDARDS });
});
afterAll(() => server.close());
beforeEach(() => {
  server.behaviour = { vacancies: [], standards: STANDARDS };
  server.requests.length = 0;
  content = join(mkdtempSync(join(tmpdir(), 'hub-standards-test-')), 'content');
  cpSync('content', content, { recursive: true });
  rmSync(join(content, 'standards'), { recursive: true, force: true });
});
afterEach(() => rmSync(join(content, '..'), { recursive: true, force: true }));

const options = (overrides: Partial<StandardsImportOptions> = {}): StandardsImportOptions => ({
  contentDir: content,
  base: server.standardsBase,
  timeoutMs: 2000,
  today: TODAY,
  sample: false,
  ...overrides,
});

function files(): Map<string, string> {
  const dir = join(content, 'standards');
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('import:standards against a local server speaking the API', () => {
  it('without the stored standards, the content check names the step and field', () => {
    expect(() => loadCatalogue(content)).toThrow(ContentError);
    try {
      loadCatalogue(content);
    } catch (error) {
      expect((error as ContentError).issues).toContainEqual({
        file: 'content/pathways/healthcare-support-to-nursing-associate.yaml',
        field: 'steps.1.standard',
        message: '"ST0216" is not one of the standards in content/standards/: run npm run import:standards',
      });
    }
  });

  it('fetches each standard the content names and stores what the site shows', async () => {
    const summary = await importStandards(options());
    expect(summary.added).toEqual(['st0216', 'st0217', 'st0508']);
    expect(server.requests).toEqual([
      '/api/apprenticeshipstandards/ST0216',
      '/api/apprenticeshipstandards/ST0217',
      '/api/apprenticeshipstandards/ST0508',
    ]);
    const stored = parse(readFileSync(join(content, 'standards', 'st0217.yaml'), 'utf8'));
    expect(stored).toEqual({
      reference: 'ST0217',
      larsCode: 9217,
      title: 'Senior healthcare support worker',
      version: '1.2',
      level: 3,
      route: 'Health and science',
      typicalDuration: 20,
      maxFunding: 6500,
      typicalJobTitles: ['Senior healthcare support worker', 'Healthcare science assistant', 'Therapy assistant'],
      url: 'https://www.example.org/skills-england/apprenticeships/st0217',
      integratedDegree: false,
      relatedOccupations: [],
      illustrative: false,
      source: {
        name: 'skills-england',
        reference: 'ST0217',
        url: 'https://www.example.org/skills-england/apprenticeships/st0217',
        firstImported: TODAY,
        lastChanged: TODAY,
      },
    });
    const catalogue = loadCatalogue(content);
    const step = buildPathwaysFeed(catalogue, { generated: `${TODAY}T00:00:00Z`, today: TODAY })
      .pathways.find((p) => p.slug === 'healthcare-support-to-nursing-associate')!
      .steps.find((s) => s.id === 'nursing-associate')!;
    expect(step.standard).toMatchObject({
      reference: 'ST0508',
      level: 5,
      typicalDuration: 24,
      maxFunding: 15000,
      typicalJobTitles: ['Nursing associate'],
    });
    expect(standardSummary(step.standard!)).toBe('Level 5, typically 24 months, up to £15,000 of funding for training');
  });

  it('changes nothing when run again, and rewrites only what changed', async () => {
    await importStandards(options());
    const before = files();
    expect(await importStandards(options({ today: '2026-12-01' }))).toMatchObject({ added: [], changed: [], unchanged: 3 });
    expect(files()).toEqual(before);
    server.behaviour = {
      vacancies: [],
      standards: STANDARDS.map((s) => (s.referenceNumber === 'ST0216' ? { ...s, maxFunding: 6000 } : s)),
    };
    expect(await importStandards(options({ today: '2026-12-02' }))).toMatchObject({ changed: ['st0216'], unchanged: 2 });
    expect(parse(files().get('st0216.yaml')!)).toMatchObject({
      maxFunding: 6000,
      source: { firstImported: TODAY, lastChanged: '2026-12-02' },
    });
  });

  it('maps integrated degrees, foundation apprenticeships and their related occupations', () => {
    const foundation = STANDARDS.find((s) => s.referenceNumber === 'FA0001') as Parameters<typeof mapStandard>[0];
    expect(mapStandard(foundation, true)).toMatchObject({
      reference: 'FA0001',
      url: 'https://www.example.org/skills-england/foundation-apprenticeships/fa0001',
      relatedOccupations: [{ name: 'Healthcare support worker', reference: 'ST0216' }, { name: 'Adult care worker' }],
      illustrative: true,
    });
    const degree = { ...foundation, referenceNumber: 'ST0585', integratedDegree: 'integrated degree' };
    expect(mapStandard(degree, false).integratedDegree).toBe(true);
  });

  it('asks by ST reference for a step that names a LARS code the hub already stores', async () => {
    await importStandards(options());
    const file = join(content, 'pathways', 'healthcare-support-to-nursing-associate.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('standard: ST0216', 'standard: 9216'));
    expect(referencesToFetch(content)).toEqual(['ST0216', 'ST0217', 'ST0508']);
    rmSync(join(content, 'standards', 'st0216.yaml'));
    expect(() => referencesToFetch(content)).toThrow(
      /steps\.1\.standard: LARS code 9216 is not stored yet: name the standard by its ST reference/,
    );
  });

  describe('stops with a clear message and writes nothing', () => {
    const cases: [string, () => void, RegExp][] = [
      [
        'a server error',
        () => (server.behaviour = { vacancies: [], standards: STANDARDS, failWith: { status: 503 } }),
        /Skills England answered HTTP 503 to GET \/api\/apprenticeshipstandards\/ST0216/,
      ],
      ['a truncated body', () => (server.behaviour = { vacancies: [], standards: STANDARDS, truncate: true }), /broke off before the end/],
      [
        'a malformed answer',
        () => (server.behaviour = { vacancies: [], standards: STANDARDS, replaceBody: { referenceNumber: 'ST0216', title: 'No level' } }),
        /not what its API promises: larsCode/,
      ],
      [
        'an unknown reference',
        () => (server.behaviour = { vacancies: [], standards: STANDARDS.filter((s) => s.referenceNumber !== 'ST0508') }),
        /Skills England has no standard ST0508/,
      ],
      [
        'a slow answer',
        () => (server.behaviour = { vacancies: [], standards: STANDARDS, delayMs: 400 }),
        /did not answer GET \/api\/apprenticeshipstandards\/ST0216 within 0\.1 s/,
      ],
    ];
    for (const [name, arrange, message] of cases) {
      it(`on ${name}`, async () => {
        arrange();
        // Only the slow answer is about time; the others get time to spare on a loaded machine.
        const error = await importStandards(options({ timeoutMs: name === 'a slow answer' ? 100 : 5_000 })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportError);
        expect((error as Error).message).toMatch(message);
        expect(readdirSync(content)).not.toContain('standards');
      });
    }
  });
});
