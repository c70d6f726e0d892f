import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { opportunityRecord, statusOf } from '@opportunities-hub/model';
import { loadCatalogue, splitFrontmatter } from '@opportunities-hub/model/node';
import { ImportError } from './faa-api.ts';
import { startSampleServer, type SampleServer, type SampleVacancy } from './sample-server.ts';
import { importVacancies, renderRecord, type ImportOptions } from './vacancies.ts';

const KEY = 'test-key-5f3a9c1e7d';
const TODAY = '2026-11-28';
const ANSWERS = (JSON.parse(readFileSync('scripts/import/sample/vacancies.json', 'utf8')) as { vacancies: SampleVacancy[] }).vacancies;
const SELECTION = readFileSync('scripts/import/sample/selection.yaml', 'utf8').replace('includeNational: false', 'includeNational: true');

let server: SampleServer;
let root: string;
let content: string;

beforeAll(async () => {
  server = await startSampleServer(KEY, { vacancies: ANSWERS });
});
afterAll(() => server.close());

beforeEach(() => {
  server.behaviour = { vacancies: ANSWERS };
  server.requests.length = 0;
  root = mkdtempSync(join(tmpdir(), 'hub-import-test-'));
  content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  // Start from the hub without the stored sample, as a partnership's first real import would.
  rmSync(join(content, 'opportunities', 'imported'), { recursive: true, force: true });
  rmSync(join(content, 'organisations', 'imported'), { recursive: true, force: true });
  writeFileSync(join(root, 'selection.yaml'), SELECTION);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function options(overrides: Partial<ImportOptions> = {}): ImportOptions {
  return {
    contentDir: content,
    selectionFile: join(root, 'selection.yaml'),
    client: { base: server.base, key: KEY, timeoutMs: 2000 },
    today: TODAY,
    sample: false,
    ...overrides,
  };
}

/** Every file under content/ with its text, to prove a run changed nothing. */
function snapshot(): Map<string, string> {
  const files = readdirSync(content, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

function imported(slug: string): { data: Record<string, unknown>; body: string } {
  const parts = splitFrontmatter(readFileSync(join(content, 'opportunities', 'imported', `${slug}.md`), 'utf8'))!;
  return { data: parse(parts.frontmatter), body: parts.body };
}

describe('import:vacancies against a local server speaking the API', () => {
  it('pages through the region, standards and routes and fetches every vacancy in full', async () => {
    const summary = await importVacancies(options());
    expect(summary.added.sort()).toEqual([
      'catering-assistant-apprentice-9990000104',
      'healthcare-support-worker-apprentice-9990000102',
      'laboratory-scientist-degree-apprentice-9990000106',
      'laboratory-technician-apprentice-9990000101',
      'production-chef-apprentice-9990000103',
      'trainee-laboratory-operative-nationwide-9990000105',
    ]);
    expect(summary.organisations.sort()).toEqual([
      'granta-vale-care-partnership',
      'granta-vale-catering',
      'meridian-skills-training-ltd',
      'northway-diagnostics-ltd',
    ]);
    const lists = server.requests.filter((r) => r.startsWith('/vacancies/vacancy?'));
    expect(lists[0]).toContain('StandardLarsCode=9101&StandardLarsCode=9106');
    expect(lists.some((r) => r.includes('Routes=Health+and+science'))).toBe(true);
    expect(lists.every((r) => /Lat=52\.2053&Lon=0\.1218&DistanceInMiles=40/.test(r) && r.includes('PageSize=100'))).toBe(true);
    expect(server.requests).toContain('/vacancies/vacancy/9990000101');
    expect(server.requests.some((r) => r.includes('9990000107') || r.includes('9990000108'))).toBe(false);
    const catalogue = loadCatalogue(content);
    expect(catalogue.opportunities.filter((o) => o.data.source)).toHaveLength(6);
  });

  it('follows every page of a long answer', async () => {
    const many = Array.from({ length: 230 }, (_, i) => ({
      ...ANSWERS[2]!,
      vacancyReference: String(9990100000 + i),
      title: `Production chef apprentice ${i}`,
    }));
    server.behaviour = { vacancies: many };
    writeFileSync(join(root, 'selection.yaml'), SELECTION.replace(/standards:[\s\S]*?routes:/, 'routes:'));
    const summary = await importVacancies(options());
    expect(summary.added).toHaveLength(230);
    expect(server.requests.filter((r) => r.includes('PageNumber=3'))).toHaveLength(1);
  });

  it('maps each field honestly', async () => {
    await importVacancies(options());
    const lab = imported('laboratory-technician-apprentice-9990000101');
    expect(lab.data).toMatchObject({
      title: 'Laboratory technician apprentice',
      summary: 'Join a small bioanalytical laboratory on the Cambridge Science Park and learn to run the tests our clients rely on.',
      type: 'apprenticeship',
      level: '3',
      skills: ['laboratory-technical-skills'],
      provider: 'ouse-valley-college',
      employer: 'fenland-bioanalytics',
      addresses: [
        { lines: ['Unit 4, Milton Road', 'Cambridge Science Park', 'Cambridge'], postcode: 'CB4 0FZ', lat: 52.2356, lng: 0.1406 },
      ],
      attendance: 'full-time',
      starts: '2027-03-01',
      closes: '2027-01-31',
      duration: '24 months',
      pay: { type: 'fixed', amount: 21000, unit: 'year', note: 'Reviewed after 12 months.' },
      hours: '37.5 hours a week: Monday to Friday, 8.30am to 4.30pm',
      standard: 9101,
      disabilityConfident: true,
      entryRequirements: expect.stringMatching(
        /^Essential: GCSE or equivalent English \(grade 4\); .*Desirable: GCSE or equivalent Science/,
      ),
      apply: {
        url: 'https://www.example.org/find-an-apprenticeship/apprenticeship/VAC9990000101',
        instructions: expect.stringMatching(/^Apply on Find an apprenticeship/),
      },
      published: TODAY,
      lastReviewed: TODAY,
      source: {
        name: 'find-an-apprenticeship',
        reference: '9990000101',
        url: 'https://www.example.org/find-an-apprenticeship/apprenticeship/VAC9990000101',
        firstImported: TODAY,
        lastChanged: TODAY,
      },
    });
    expect(lab.data['illustrative']).toBeUndefined();
    expect(lab.body).toContain('## What you will do\n\n### Your days');
    expect(lab.body).toContain('## About the employer');
    expect(lab.body).not.toMatch(/script|cookie|onclick|javascript|tracker|<img/i);

    expect(imported('healthcare-support-worker-apprentice-9990000102').data).toMatchObject({
      pay: { type: 'apprentice-minimum' },
      employer: 'granta-vale-care-partnership',
      provider: 'meridian-skills-training-ltd',
      skills: ['healthcare-support'],
    });
    expect(imported('production-chef-apprentice-9990000103').data).toMatchObject({
      pay: { type: 'national-minimum' },
      employer: 'wandlebury-facilities-group',
    });

    const sparse = imported('catering-assistant-apprentice-9990000104');
    expect(sparse.data).toMatchObject({
      summary: 'Hospitality team member (level 2) with Granta Vale Catering.',
      pay: { type: 'competitive' },
      duration: 'Not stated',
      apply: {
        url: 'https://www.example.org/granta-vale-catering/jobs/apprentice',
        instructions: "Apply on Granta Vale Catering's own website.",
      },
    });
    expect(sparse.data['hours']).toBeUndefined();
    expect(sparse.data['entryRequirements']).toBeUndefined();
    expect(sparse.body).toBe('');

    const national = imported('trainee-laboratory-operative-nationwide-9990000105');
    expect(national.data['nationwide']).toBe(true);
    expect(national.data['addresses']).toBeUndefined();
    expect(national.body).toContain('## Where you will work\n\nChoose from laboratories in Leeds, Bristol, Cambridge and Newcastle.');

    expect(imported('laboratory-scientist-degree-apprentice-9990000106').data).toMatchObject({
      type: 'degree-apprenticeship',
      level: '6',
      employer: 'eastfield-pharmaceuticals',
    });

    const provider = parse(readFileSync(join(content, 'organisations', 'imported', 'meridian-skills-training-ltd.yaml'), 'utf8'));
    expect(provider).toMatchObject({
      kind: 'training-provider',
      ukprn: 19990001,
      source: { name: 'find-an-apprenticeship', reference: '19990001' },
    });
  });

  it('feeds the pay, workplaces and source through to the published record', async () => {
    await importVacancies(options());
    const catalogue = loadCatalogue(content);
    const entry = catalogue.opportunities.find((e) => e.slug === 'laboratory-technician-apprentice-9990000101')!;
    const record = opportunityRecord(catalogue, entry, TODAY);
    expect(record.wage).toBe('£21,000 a year');
    expect(record.places).toEqual([
      { slug: 'cb4-0fz', name: 'Unit 4, Milton Road', area: 'Cambridge', lat: 52.2356, lng: 0.1406, postcodeDistrict: 'CB4' },
    ]);
    expect(record.source).toEqual({
      name: 'find-an-apprenticeship',
      label: 'Find an apprenticeship',
      reference: '9990000101',
      url: 'https://www.example.org/find-an-apprenticeship/apprenticeship/VAC9990000101',
    });
  });

  it('changes no file when run again with the same answers', async () => {
    await importVacancies(options());
    const before = snapshot();
    const times = [...before.keys()].map((f) => statSync(f).mtimeMs);
    const again = await importVacancies(options({ today: '2026-11-29' }));
    expect(again).toMatchObject({ added: [], changed: [], withdrawn: [], organisations: [], unchanged: 6 });
    expect(snapshot()).toEqual(before);
    expect([...before.keys()].map((f) => statSync(f).mtimeMs)).toEqual(times);
  });

  it('rewrites a changed vacancy, keeping the day it was first imported', async () => {
    await importVacancies(options());
    server.behaviour = {
      vacancies: ANSWERS.map((v) => (v.vacancyReference === '9990000103' ? { ...v, closingDate: '2027-01-05T23:59:59' } : v)),
    };
    const summary = await importVacancies(options({ today: '2026-12-01' }));
    expect(summary.changed).toEqual(['production-chef-apprentice-9990000103']);
    expect(imported('production-chef-apprentice-9990000103').data).toMatchObject({
      closes: '2027-01-05',
      published: TODAY,
      lastReviewed: '2026-12-01',
      source: { firstImported: TODAY, lastChanged: '2026-12-01' },
    });
  });

  it('withdraws a vacancy that disappears, so it shows as closed, and keeps it', async () => {
    await importVacancies(options());
    server.behaviour = { vacancies: ANSWERS.filter((v) => v.vacancyReference !== '9990000102') };
    const summary = await importVacancies(options({ today: '2026-12-03' }));
    expect(summary.withdrawn).toEqual(['healthcare-support-worker-apprentice-9990000102']);
    const gone = imported('healthcare-support-worker-apprentice-9990000102');
    expect(gone.data).toMatchObject({
      closes: '2026-12-02',
      lastReviewed: '2026-12-03',
      source: { withdrawn: '2026-12-03', lastChanged: '2026-12-03', firstImported: TODAY },
    });
    expect(gone.body).toContain('You will help patients wash');
    expect(statusOf(gone.data as { closes: string }, '2026-12-03')).toBe('closed');
    loadCatalogue(content);
    const third = snapshot();
    expect(await importVacancies(options({ today: '2026-12-04' }))).toMatchObject({ withdrawn: [], changed: [] });
    expect(snapshot()).toEqual(third);
  });

  it('never touches a record an editor wrote', async () => {
    const taken = join(content, 'opportunities', 'production-chef-with-wandlebury.md');
    const original = readFileSync(join(content, 'opportunities', 'wandlebury-production-chef-apprenticeship.md'), 'utf8');
    const adopted = original.replace(
      'illustrative: true',
      'illustrative: true\nsource:\n  name: find-an-apprenticeship\n  reference: "9990000103"\n  firstImported: 2026-11-01\n  lastChanged: 2026-11-01',
    );
    writeFileSync(taken, adopted);
    const stray = join(content, 'opportunities', 'imported', 'hand-written-note.md');
    cpSync(join(content, 'opportunities', 'food-hygiene-level-2.md'), stray);
    const strayText = readFileSync(stray, 'utf8');
    const summary = await importVacancies(options());
    expect(summary.editorOwned).toEqual(['9990000103']);
    expect(summary.added).not.toContain('production-chef-apprentice-9990000103');
    expect(readFileSync(taken, 'utf8')).toBe(adopted);
    expect(readFileSync(stray, 'utf8')).toBe(strayText);
    expect(await importVacancies(options())).toMatchObject({ withdrawn: [], changed: [] });
    expect(readFileSync(stray, 'utf8')).toBe(strayText);
  });

  describe('stops with a clear message and leaves the last good data', () => {
    const cases: [string, () => void, Partial<ImportOptions>, RegExp][] = [
      [
        'an unauthorised key',
        () => {},
        { client: { base: '', key: 'wrong-key-0000', timeoutMs: 2000 } },
        /refused the key \(HTTP 401\) for GET \/vacancies\/vacancy\?.*check FAA_API_KEY/,
      ],
      [
        'a server error',
        () => (server.behaviour = { vacancies: ANSWERS, failWith: { status: 500, path: /\/vacancy\/9990000106$/ } }),
        {},
        /answered HTTP 500 to GET \/vacancies\/vacancy\/9990000106$/,
      ],
      [
        'a truncated body',
        () => (server.behaviour = { vacancies: ANSWERS, truncate: true }),
        {},
        /answer to GET \/vacancies\/vacancy\?.* broke off before the end/,
      ],
      [
        'a slow answer',
        () => (server.behaviour = { vacancies: ANSWERS, delayMs: 400 }),
        { client: { base: '', key: KEY, timeoutMs: 100 } },
        /did not answer GET \/vacancies\/vacancy\?.* within 0\.1 s/,
      ],
      [
        'a malformed answer',
        () => (server.behaviour = { vacancies: ANSWERS, replaceBody: { vacancies: [{ title: 'no reference' }], total: 1, totalPages: 1 } }),
        {},
        /not what its API promises: vacancies\.0\.vacancyReference/,
      ],
    ];
    for (const [name, arrange, overrides, message] of cases) {
      it(`on ${name}`, async () => {
        await importVacancies(options());
        server.behaviour = { vacancies: ANSWERS.filter((v) => v.vacancyReference !== '9990000101') };
        arrange();
        const before = snapshot();
        const client = overrides.client ? { ...overrides.client, base: server.base } : undefined;
        const error = await importVacancies(options({ ...overrides, ...(client ? { client } : {}), today: '2026-12-05' })).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ImportError);
        expect((error as Error).message).toMatch(message);
        expect((error as Error).message).not.toContain(KEY);
        expect(snapshot()).toEqual(before);
      });
    }

    it('on a selection that names an unknown skill, naming the file and field', async () => {
      writeFileSync(join(root, 'selection.yaml'), SELECTION.replace('skill: catering', 'skill: cooking'));
      await expect(importVacancies(options())).rejects.toThrow(/selection\.yaml → routes\.1\.skill: "cooking" is not one of the skills/);
      expect(server.requests).toEqual([]);
    });
  });

  it('runs as a command that never prints the key, even when the server repeats it', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, FAA_API_BASE: server.base, FAA_API_KEY: KEY, FAA_MIN_INTERVAL_MS: '0', HUB_TODAY: TODAY };
    const args = ['scripts/import-vacancies.ts', '--content', content, '--selection', join(root, 'selection.yaml')];
    const ok = await run(process.execPath, args, { env });
    expect(ok.stdout).toMatch(/Imported 6 vacancies: 6 new, 0 changed, 0 unchanged, 0 withdrawn, 4 new organisations\./);
    server.behaviour = { vacancies: ANSWERS, failWith: { status: 500 } };
    const failed = await run(process.execPath, args, { env }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(
      /^Import stopped: Find an apprenticeship answered HTTP 500[\s\S]*Nothing was changed/,
    );
    server.behaviour = { vacancies: ANSWERS };
    const refused = await run(process.execPath, args, { env: { ...env, FAA_API_KEY: 'wrong-key-0000' } }).catch(
      (e: { stdout: string; stderr: string }) => e,
    );
    expect((refused as { stderr: string }).stderr).toMatch(/refused the key/);
    for (const output of [ok, failed, refused] as { stdout: string; stderr: string }[]) {
      expect(output.stdout + output.stderr).not.toContain(KEY);
      expect(output.stdout + output.stderr).not.toContain('wrong-key-0000');
    }
  }, 30_000);

  it('writes records the same way every time', () => {
    expect(renderRecord({ title: 'A', level: '3' }, 'Body')).toBe('---\ntitle: A\nlevel: "3"\n---\n\nBody\n');
  });
});
