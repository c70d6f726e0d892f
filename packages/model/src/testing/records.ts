/**
 * Deterministic opportunity records for tests and benchmarks (not shipped in any bundle).
 * `opportunity()` makes one valid record; `generateOpportunities()` makes many, reproducibly,
 * from a small vocabulary so searches and facets have something to find.
 */
import { ATTENDANCE_PATTERNS, AUDIENCES, DELIVERY_MODES, LEVEL_BAND_OF, LEVELS, OPPORTUNITY_TYPES, SKILL_GROUPS } from '../vocabulary.ts';
import type { FeedPlace, NamedRef, OpportunityRecord } from '../feed/records.ts';
import { addDays } from '../logic/plain-date.ts';
import { statusOf } from '../logic/status.ts';

/** The fixed "today" fixtures are written against. */
export const FIXTURE_TODAY = '2027-03-01';

export const FIXTURE_PLACES: FeedPlace[] = [
  { slug: 'cambridge', name: 'Cambridge', area: 'Cambridgeshire', lat: 52.2053, lng: 0.1218, postcodeDistrict: 'CB1' },
  { slug: 'peterborough', name: 'Peterborough', area: 'Cambridgeshire', lat: 52.5695, lng: -0.2405, postcodeDistrict: 'PE1' },
  { slug: 'norwich', name: 'Norwich', area: 'Norfolk', lat: 52.6309, lng: 1.2974, postcodeDistrict: 'NR1' },
  { slug: 'ipswich', name: 'Ipswich', area: 'Suffolk', lat: 52.0567, lng: 1.1482, postcodeDistrict: 'IP1' },
  { slug: 'stevenage', name: 'Stevenage', area: 'Hertfordshire', lat: 51.9038, lng: -0.1966, postcodeDistrict: 'SG1' },
];

const place = (slug: string) => FIXTURE_PLACES.find((p) => p.slug === slug)!;

/** One valid record (an apprenticeship, open, on site in Cambridge); override what a test is about. */
export function opportunity(overrides: Partial<OpportunityRecord> = {}): OpportunityRecord {
  const slug = overrides.slug ?? 'lab-technician';
  return {
    slug,
    url: `/opportunities/${slug}/`,
    title: 'Laboratory technician apprenticeship',
    summary: 'Work in a research laboratory while you train.',
    description: 'Prepare samples, run assays and keep the lab safe.',
    type: 'apprenticeship',
    level: '3',
    levelBand: 'advanced',
    skills: [{ slug: 'laboratory-technical', name: 'Laboratory technical skills', group: 'specialist' }],
    audiences: ['school-leavers'],
    provider: { slug: 'cambridge-college', name: 'Cambridge College' },
    places: [place('cambridge')],
    delivery: 'on-site',
    attendance: 'full-time',
    starts: '2027-08-01',
    closes: '2027-06-30',
    duration: '2 years',
    cost: 'Free to the learner',
    apply: { url: 'https://example.org/apply' },
    published: '2027-01-10',
    lastReviewed: '2027-01-10',
    illustrative: true,
    status: 'open',
    ...overrides,
  };
}

/** A small varied set: each facet value and sort order has a record that tells it apart. */
export const SAMPLE_RECORDS: OpportunityRecord[] = [
  opportunity({ slug: 'lab-technician', published: '2027-01-10', pay: { type: 'fixed', amount: 21000, unit: 'year' } }),
  opportunity({
    slug: 'data-science-bootcamp',
    title: 'Data science bootcamp',
    summary: 'Twelve weeks of Python, statistics and machine learning.',
    description: 'Evening sessions online with a project for a local employer.',
    type: 'bootcamp',
    level: '4',
    levelBand: 'higher',
    skills: [{ slug: 'data-science', name: 'Data science, machine learning and AI', group: 'specialist' }],
    audiences: ['career-changers', 'graduates'],
    provider: { slug: 'anglia-digital', name: 'Anglia Digital Skills' },
    places: [],
    delivery: 'online',
    attendance: 'part-time',
    starts: 'rolling',
    closes: 'rolling',
    published: '2027-02-20',
  }),
  opportunity({
    slug: 'laboratory-scientist-degree-apprenticeship',
    title: 'Laboratory scientist degree apprenticeship',
    summary: 'A bachelor’s degree while employed in a laboratory.',
    type: 'degree-apprenticeship',
    level: '6',
    levelBand: 'degree',
    audiences: ['school-leavers', 'employees'],
    provider: { slug: 'east-university', name: 'University of the East' },
    places: [place('norwich')],
    attendance: 'full-time',
    pay: { type: 'apprentice-minimum' },
    starts: '2027-04-15',
    closes: '2027-03-10',
    published: '2027-02-01',
  }),
  opportunity({
    slug: 'healthcare-support-placement',
    title: 'Healthcare support work placement',
    summary: 'Two weeks on a hospital ward alongside healthcare assistants.',
    description: 'See patient care up close; no experience needed.',
    type: 'work-placement',
    level: 'entry',
    levelBand: 'starting-out',
    skills: [{ slug: 'healthcare-support', name: 'Healthcare support', group: 'entry-level' }],
    audiences: ['school-leavers', 'career-changers'],
    provider: { slug: 'east-nhs', name: 'East NHS Foundation Trust' },
    places: [place('peterborough')],
    attendance: 'flexible',
    delivery: 'on-site',
    starts: '2028-01-10',
    closes: '2027-11-30',
    published: '2026-12-01',
  }),
  opportunity({
    slug: 'commercial-leadership',
    title: 'Commercial leadership for growing life-sciences firms',
    summary: 'Sales, finance and people management for SME managers.',
    type: 'business-training',
    level: '7',
    levelBand: 'postgraduate',
    skills: [{ slug: 'commercial', name: 'Commercial and business skills', group: 'commercial' }],
    audiences: ['employers', 'employees'],
    provider: { slug: 'east-university', name: 'University of the East' },
    places: [place('ipswich'), place('cambridge')],
    delivery: 'hybrid',
    attendance: 'part-time',
    starts: '2027-05-01',
    closes: '2027-04-01',
    published: '2027-01-20',
  }),
  opportunity({
    slug: 'closed-internship',
    title: 'Summer bioinformatics internship',
    summary: 'Ten weeks analysing genomes with a research team.',
    type: 'internship',
    level: '6',
    levelBand: 'degree',
    skills: [{ slug: 'data-science', name: 'Data science, machine learning and AI', group: 'specialist' }],
    audiences: ['graduates'],
    provider: { slug: 'genome-lab', name: 'Genome Lab' },
    places: [place('stevenage')],
    starts: '2027-06-01',
    closes: '2027-02-01',
    published: '2026-11-01',
    status: 'closed',
  }),
];

/** A feed document around `records`, as the hub publishes it. */
export function feedOf(records: unknown[], version = '1.0'): Record<string, unknown> {
  return {
    version,
    generated: `${FIXTURE_TODAY}T06:00:00Z`,
    today: FIXTURE_TODAY,
    links: {
      html: '/opportunities/',
      taxonomy: '/api/v1/taxonomy.json',
      pathways: '/api/v1/pathways.json',
      schema: '/api/v1/schema/opportunities.json',
    },
    opportunities: records,
  };
}

const WORDS = [
  'laboratory',
  'genomics',
  'clinical',
  'data',
  'analytics',
  'manufacturing',
  'engineering',
  'green',
  'sustainability',
  'pharmacy',
  'biotech',
  'quality',
  'regulatory',
  'robotics',
  'imaging',
  'perfusion',
  'patent',
  'catering',
  'facilities',
  'healthcare',
  'science',
  'research',
  'software',
  'chemistry',
  'microbiology',
  'statistics',
  'leadership',
  'finance',
  'marketing',
  'operations',
];
const ROLES = [
  'technician',
  'assistant',
  'scientist',
  'analyst',
  'engineer',
  'manager',
  'specialist',
  'coordinator',
  'officer',
  'developer',
];
const SKILLS = [
  { slug: 'laboratory-technical', name: 'Laboratory technical skills', group: SKILL_GROUPS[0] },
  { slug: 'data-science', name: 'Data science, machine learning and AI', group: SKILL_GROUPS[0] },
  { slug: 'green-skills', name: 'Green skills', group: SKILL_GROUPS[0] },
  { slug: 'advanced-manufacturing', name: 'Advanced manufacturing', group: SKILL_GROUPS[0] },
  { slug: 'commercial', name: 'Commercial and business skills', group: SKILL_GROUPS[1] },
  { slug: 'healthcare-support', name: 'Healthcare support', group: SKILL_GROUPS[2] },
];

/** A small seeded generator (mulberry32), so every run makes the same records. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What generated records may refer to; by default a small made-up set (the benchmark passes the real catalogue's). */
export interface GeneratorOptions {
  /** The same seed makes the same records. */
  seed?: number;
  /** The day the records' dates are set around: some have closed before it, some open after it. */
  today?: string;
  skills?: readonly OpportunityRecord['skills'][number][];
  providers?: readonly NamedRef[];
  places?: readonly FeedPlace[];
}

/**
 * `count` varied valid records, the same for the same options: the one generator for tests and
 * benchmarks (scripts/generate-opportunities.ts writes them out as content files). About a fifth
 * roll, a sixth have closed and a tenth open later; online ones have no place.
 */
export function generateOpportunities(count: number, options: GeneratorOptions = {}): OpportunityRecord[] {
  const { seed = 1, today = '2027-01-01', skills = SKILLS, places = FIXTURE_PLACES } = options;
  const providers = options.providers ?? Array.from({ length: 40 }, (_, i) => madeUpProvider(i));
  if (!skills.length || !providers.length || !places.length)
    throw new Error('generateOpportunities needs skills, providers and places to refer to');
  const rnd = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)]!;
  const day = (from: number, span: number) => addDays(today, Math.floor(from + rnd() * span));
  return Array.from({ length: count }, (_, i) => {
    const level = pick(LEVELS);
    const [a, b, c] = [pick(WORDS), pick(WORDS), pick(WORDS)];
    const r = rnd();
    const closes = r < 0.2 ? 'rolling' : r < 0.35 ? day(-120, 119) : day(30, 400);
    const opens = closes !== 'rolling' && closes > addDays(today, 10) && rnd() < 0.1 ? day(1, 5) : undefined;
    const online = rnd() < 0.15;
    const record = opportunity({
      slug: `opportunity-${i + 1}`,
      title: `${a[0]!.toUpperCase()}${a.slice(1)} ${pick(ROLES)} ${pick(['apprenticeship', 'course', 'placement', 'internship', 'programme'])}`,
      summary: `Learn ${b} and ${c} with a ${a} team in the region.`,
      description: `A ${pick(ROLES)} role covering ${b}, ${c} and ${pick(WORDS)}. Opportunity number ${i + 1}.`,
      type: pick(OPPORTUNITY_TYPES),
      level,
      levelBand: LEVEL_BAND_OF[level],
      skills: [pick(skills)],
      audiences: [pick(AUDIENCES)],
      provider: providers[i % providers.length]!,
      places: online ? [] : [pick(places)],
      delivery: online ? 'online' : pick(DELIVERY_MODES.filter((d) => d !== 'online')),
      attendance: pick(ATTENDANCE_PATTERNS),
      starts: rnd() < 0.2 ? 'rolling' : day(60, 500),
      ...(opens ? { opens } : {}),
      closes,
      published: day(-300, 280),
      lastReviewed: day(-20, 20),
    });
    return { ...record, status: statusOf(record, today) };
  });
}

function madeUpProvider(i: number): NamedRef {
  return { slug: `provider-${i}`, name: `${WORDS[i % WORDS.length]!.replace(/^./, (s) => s.toUpperCase())} Training ${i}` };
}
