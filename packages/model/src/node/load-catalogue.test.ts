import { describe, expect, it } from 'vitest';
import { ContentError } from '../catalogue.ts';
import { loadCatalogue } from './load-catalogue.ts';
import { VALID_FILES, editLine, writeFixture } from '../testing/content-folder.ts';

const OPP = 'opportunities/lab-apprenticeship.md';
const PATH = 'pathways/into-the-lab.yaml';

function problems(changes: Record<string, string | null>): string {
  try {
    loadCatalogue(writeFixture(changes));
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('the content was accepted');
}

describe('loadCatalogue on valid content', () => {
  it('reads every collection, keeps bodies and normalises values', () => {
    const catalogue = loadCatalogue(writeFixture());
    expect(catalogue.opportunities).toHaveLength(1);
    const [opportunity] = catalogue.opportunities;
    expect(opportunity?.slug).toBe('lab-apprenticeship');
    expect(opportunity?.file).toMatch(/^hub-content-\w+\/opportunities\/lab-apprenticeship\.md$/);
    expect(opportunity?.data.level).toBe('3');
    expect(opportunity?.data.illustrative).toBe(false);
    expect(opportunity?.body).toContain('real');
    expect(catalogue.pathways[0]?.data.steps[0]?.next).toEqual(['apprenticeship', 'job']);
    expect(catalogue.events[0]?.data.start).toBe('2023-02-01T10:00:00.000Z');
    expect(catalogue.pages).toHaveLength(1);
    expect(catalogue.site.file).toMatch(/^hub-content-\w+\/site\.yaml$/);
    expect(catalogue.site.data).toMatchObject({
      name: 'Test Hub',
      placeholder: false,
      contact: { address: ['1 Test Street', 'Cambridge'] },
    });
  });
});

/** Each bad input, the file and field the message must name, and words it must contain. */
const BAD_INPUTS: Array<[string, Record<string, string | null>, string, string]> = [
  ['a missing required field', editLine(OPP, 'title:', null), `${OPP} → title`, 'is required'],
  ['a missing closing date', editLine(OPP, 'closes:', null), `${OPP} → closes`, 'required'],
  ['an unknown type', editLine(OPP, 'type:', 'type: gap-year'), `${OPP} → type`, 'gap-year'],
  ['an unknown audience', editLine(OPP, 'audiences:', 'audiences: [pensioners]'), `${OPP} → audiences.0`, 'pensioners'],
  ['an unknown delivery', editLine(OPP, 'delivery:', 'delivery: by-post'), `${OPP} → delivery`, 'by-post'],
  ['a level out of range', editLine(OPP, 'level:', 'level: 9'), `${OPP} → level`, 'not a level'],
  ['an impossible date', editLine(OPP, 'closes:', 'closes: 2027-02-30'), `${OPP} → closes`, 'not a real date'],
  ['a date in the wrong form', editLine(OPP, 'published:', 'published: 1/10/2026'), `${OPP} → published`, 'YYYY-MM-DD'],
  ['closing before opening', editLine(OPP, 'closes:', 'closes: 2026-09-01'), `${OPP} → closes`, 'before opens'],
  ['a javascript: apply link', editLine(OPP, 'url:', '  url: javascript:alert(1)'), `${OPP} → apply.url`, 'https:, http: or mailto:'],
  ['a data: apply link', editLine(OPP, 'url:', '  url: data:text/html,hi'), `${OPP} → apply.url`, 'https:, http: or mailto:'],
  ['a relative apply link', editLine(OPP, 'url:', '  url: /apply'), `${OPP} → apply.url`, 'https:, http: or mailto:'],
  ['an unknown field', editLine(OPP, 'cost:', 'cost: Free\nsalary: lots'), `${OPP}`, 'unknown field "salary"'],
  ['an empty title', editLine(OPP, 'title:', 'title: "  "'), `${OPP} → title`, 'must not be empty'],
  ['no skills', editLine(OPP, 'skills:', 'skills: []'), `${OPP} → skills`, 'at least 1'],
  ['an on-site opportunity with no place', editLine(OPP, 'places:', 'places: []'), `${OPP} → places`, 'at least one place'],
  [
    'a dangling provider',
    editLine(OPP, 'provider:', 'provider: nowhere-college'),
    `${OPP} → provider`,
    '"nowhere-college" is not one of the organisations',
  ],
  ['a dangling skill', editLine(OPP, 'skills:', 'skills: [knitting]'), `${OPP} → skills.0`, '"knitting" is not one of the skills'],
  ['a dangling place', editLine(OPP, 'places:', 'places: [atlantis]'), `${OPP} → places.0`, '"atlantis" is not one of the places'],
  [
    'a dangling step opportunity',
    editLine(PATH, 'opportunities:', '    opportunities: [ghost]'),
    `${PATH} → steps.1.opportunities.0`,
    '"ghost" is not one of the opportunities',
  ],
  [
    'a step pointing to an unknown step',
    editLine(PATH, 'next: [apprenticeship, job]', '    next: [apprenticeship, moon]'),
    `${PATH} → steps.0.next.1`,
    '"moon" is not a step',
  ],
  ['a step leading to itself', editLine(PATH, 'next: []', '    next: [job]'), `${PATH} → steps.2.next.0`, 'cannot lead to itself'],
  ['two steps with one id', editLine(PATH, 'id: job', '  - id: apprenticeship'), `${PATH} → steps.2.id`, 'used by an earlier step'],
  [
    'a duplicate slug',
    { 'opportunities/lab-apprenticeship.mdx': VALID_FILES[OPP]! },
    'opportunities/lab-apprenticeship.mdx',
    'same slug "lab-apprenticeship"',
  ],
  [
    'a file name that is not a slug',
    { 'places/Great Shelford.yaml': 'name: Great Shelford\nlat: 52.1\nlng: 0.1\n' },
    'places/Great Shelford.yaml',
    'must be a slug',
  ],
  ['latitude out of range', { 'places/ely.yaml': 'name: Ely\nlat: 152.4\nlng: 0.26\n' }, 'places/ely.yaml → lat', 'between -90 and 90'],
  ['longitude out of range', { 'places/ely.yaml': 'name: Ely\nlat: 52.4\nlng: -200\n' }, 'places/ely.yaml → lng', 'between -180 and 180'],
  [
    'a bad postcode district',
    { 'places/ely.yaml': 'name: Ely\nlat: 52.4\nlng: 0.26\npostcodeDistrict: CB7 4HF\n' },
    'places/ely.yaml → postcodeDistrict',
    'postcode district',
  ],
  ['YAML that does not parse', { 'places/ely.yaml': 'name: Ely\nlat: [52.4\n' }, 'places/ely.yaml', 'not valid YAML'],
  ['a YAML list instead of fields', { 'places/ely.yaml': '- Ely\n- CB7\n' }, 'places/ely.yaml', 'set of fields'],
  ['Markdown without frontmatter', { [OPP]: 'Just some words.\n' }, OPP, 'has no frontmatter'],
  [
    'an event ending before it starts',
    { 'events/launch.yaml': VALID_FILES['events/launch.yaml']!.replace('end: 2023-02-01T16:00:00Z', 'end: 2023-02-01T09:00:00Z') },
    'events/launch.yaml → end',
    'before it starts',
  ],
  [
    'an organisation website that is not http(s)',
    { 'organisations/aru.yaml': VALID_FILES['organisations/aru.yaml']!.replace('https://www.aru.ac.uk/', 'ftp://aru.ac.uk/') },
    'organisations/aru.yaml → website',
    'not an http(s) address',
  ],
  [
    'a recommendation naming an unknown pathway',
    {
      'recommendations/opportunities-hub.md': VALID_FILES['recommendations/opportunities-hub.md']!.replace(
        '[into-the-lab]',
        '[into-space]',
      ),
    },
    'recommendations/opportunities-hub.md → pathways.0',
    '"into-space" is not one of the pathways',
  ],
  [
    'a page description that is too long',
    { 'pages/vision.mdx': `---\ntitle: Vision\ndescription: ${'x'.repeat(201)}\n---\n` },
    'pages/vision.mdx → description',
    '200 characters',
  ],
  ['a file with the wrong ending', { 'opportunities/notes.txt': 'hello' }, 'opportunities/notes.txt', 'is not a .md or .mdx file'],
  ['missing settings', { 'site.yaml': null }, 'site.yaml', 'is missing'],
  [
    'a settings email that is not one',
    editLine('site.yaml', '  email: hub@example.org', '  email: hub at example'),
    'site.yaml → contact.email',
    'not an email',
  ],
  [
    'a settings origin with a path',
    editLine('site.yaml', 'origin:', 'origin: https://hub.example.org/hub/'),
    'site.yaml → origin',
    'no path',
  ],
  ['an unknown settings field', { 'site.yaml': `${VALID_FILES['site.yaml']!}\nfax: 01632 960 000\n` }, 'site.yaml', 'unknown field "fax"'],
  ['a repeated YAML key', { 'places/ely.yaml': 'name: Ely\nname: Ely again\nlat: 52.4\nlng: 0.26\n' }, 'places/ely.yaml', 'not valid YAML'],
];

describe('loadCatalogue rejects bad content, naming the file and field', () => {
  it.each(BAD_INPUTS)('%s', (_label, changes, where, words) => {
    const message = problems(changes);
    expect(message).toContain(where);
    expect(message).toContain(words);
  });

  it('has at least 25 cases', () => expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(25));

  it('reports every problem in one run, not just the first', () => {
    const message = problems({ ...editLine(OPP, 'type:', 'type: gap-year'), 'places/ely.yaml': 'name: Ely\nlat: 99\nlng: 0\n' });
    expect(message).toMatch(/has 2 problems/);
  });
});

it('refuses a content folder that does not exist', () => {
  expect(() => loadCatalogue('/no/such/content')).toThrow(/\/no\/such\/content: is not a folder/);
});
