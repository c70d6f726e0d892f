/**
 * A small valid content folder for tests: one record of each kind, written as editors would.
 * Tests break one file at a time and check the error names that file and field.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const VALID_FILES: Record<string, string> = {
  'places/ely.yaml': 'name: Ely\nlat: 52.3995\nlng: 0.2624\npostcodeDistrict: CB7\n',
  'places/cambridge.yaml': 'name: Cambridge\nlat: 52.2053\nlng: 0.1218\n',
  'organisations/aru.yaml':
    'name: Anglia Ruskin University\nshortName: ARU\nkind: university\nsummary: A university.\nwebsite: https://www.aru.ac.uk/\nplaces: [cambridge]\n',
  'organisations/fen-labs.yaml': 'name: Fen Labs\nkind: employer\nsme: true\nsummary: A lab.\nillustrative: true\n',
  'skills/lab-skills.yaml': 'name: Laboratory technical skills\ngroup: specialist\nsummary: Hands-on lab work.\n',
  'opportunities/lab-apprenticeship.md': [
    '---',
    'title: Laboratory technician apprenticeship',
    'summary: Learn lab work while you earn.',
    'type: apprenticeship',
    'level: 3',
    'skills: [lab-skills]',
    'audiences: [school-leavers]',
    'provider: aru',
    'employer: fen-labs',
    'places: [ely]',
    'delivery: on-site',
    'attendance: full-time',
    'starts: 2027-09-01',
    'opens: 2026-10-01',
    'closes: 2027-01-31',
    'duration: 2 years',
    'cost: Free',
    'apply:',
    '  url: https://www.example.org/apply',
    'published: 2026-10-01',
    'lastReviewed: 2026-11-01',
    '---',
    '',
    'You will work in a **real** lab.',
    '',
  ].join('\n'),
  'pathways/into-the-lab.yaml': [
    'title: Into the lab',
    'summary: From school to the lab.',
    'skills: [lab-skills]',
    'audiences: [school-leavers]',
    'lastReviewed: 2026-11-01',
    'steps:',
    '  - id: t-level',
    '    title: T Level',
    '    kind: education',
    '    level: 3',
    '    timing: Age 16 to 18',
    '    duration: 2 years',
    '    provider: aru',
    '    description: Study science.',
    '    next: [apprenticeship, job]',
    '  - id: apprenticeship',
    '    title: Apprenticeship',
    '    kind: apprenticeship',
    '    timing: Age 18',
    '    duration: 2 years',
    '    description: Earn and learn.',
    '    opportunities: [lab-apprenticeship]',
    '  - id: job',
    '    title: Technician',
    '    kind: job',
    '    timing: Any time',
    '    duration: Ongoing',
    '    description: Work.',
    '    next: []',
  ].join('\n'),
  'recommendations/opportunities-hub.md':
    '---\nnumber: 2\ntitle: An Opportunities Hub\nsummary: One place.\nstatus: in-progress\nactions: [Build it]\nyouCanHelp:\n  employers: List a placement.\norganisations: [aru]\npathways: [into-the-lab]\n---\n\nBody.\n',
  'events/launch.yaml':
    'title: Launch\nsummary: The launch.\nstart: 2023-02-01T10:00:00Z\nend: 2023-02-01T16:00:00Z\nplace: cambridge\norganiser: aru\naudiences: [employers]\n',
  'site.yaml': [
    'name: Test Hub',
    'tagline: A hub for tests.',
    'origin: https://hub.example.org',
    'operator:',
    '  name: Test Partnership',
    'contact:',
    '  email: hub@example.org',
    '  address: [1 Test Street, Cambridge]',
    'accessibility:',
    '  email: access@example.org',
    '  replyWithinDays: 5',
    'privacy:',
    '  controller: Test Partnership',
    '  email: privacy@example.org',
    '  keepMessagesMonths: 12',
  ].join('\n'),
  'pages/vision.mdx': '---\ntitle: Vision\ndescription: The vision.\n---\n\n## Pillars\n',
};

/** Writes the valid fixture, with `changes` applied (a null value deletes the file), to a new temp folder. */
export function writeFixture(changes: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'hub-content-'));
  const files = { ...VALID_FILES, ...changes };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The valid fixture file at `path` with line `from` replaced by `to` (`to` null removes the line). */
export function editLine(path: string, from: string, to: string | null): Record<string, string> {
  const source = VALID_FILES[path];
  if (source === undefined || !source.includes(from)) throw new Error(`fixture ${path} has no "${from}"`);
  const lines = source.split('\n');
  const index = lines.findIndex((line) => line.includes(from));
  if (to === null) lines.splice(index, 1);
  else lines[index] = to;
  return { [path]: lines.join('\n') };
}
