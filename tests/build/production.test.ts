import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * A production build (`npm run build:production`) publishes at a public https: origin, written
 * into every absolute URL, and refuses placeholder settings or a missing, local or http: origin,
 * naming what to set and leaving the last good build in place.
 */
const root = resolve(import.meta.dirname, '../..');
const ORIGIN = 'https://opportunities.cambs-lifesciences.org.uk';

/** content/site.yaml with real-looking details: the shipped placeholders replaced. */
const REAL_SETTINGS = `name: Opportunities Hub
tagline: Routes into life-sciences careers across the region.
origin: ${ORIGIN}
operator:
  name: Anglia Ruskin University
  website: https://www.aru.ac.uk/
contact:
  email: opportunities@aru.ac.uk
  phone: 01223 363271
  address: [East Road, Cambridge, CB1 1PT]
accessibility:
  email: accessibility@aru.ac.uk
  replyWithinDays: 5
privacy:
  controller: Anglia Ruskin University
  email: dpo@aru.ac.uk
  keepMessagesMonths: 12
`;

/** A copy of content/ (with `settings` as site.yaml when given) and a dist/ holding a previous build. */
function workspace(settings?: string) {
  const work = mkdtempSync(join(tmpdir(), 'hub-production-'));
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  if (settings !== undefined) writeFileSync(join(content, 'site.yaml'), settings);
  const dist = join(work, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'the last good build');
  return { content, dist };
}

function productionBuild(settings: string | undefined, site: string | undefined) {
  const { content, dist } = workspace(settings);
  const env: NodeJS.ProcessEnv = { ...process.env, HUB_CONTENT: content, HUB_DIST: dist, HUB_TODAY: '2026-11-28' };
  delete env.HUB_SITE;
  if (site !== undefined) env.HUB_SITE = site;
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--production'], { cwd: root, encoding: 'utf8', env });
  return { result, dist };
}

describe('a production build refuses what it may not publish', () => {
  it('names each placeholder setting by file and field, and keeps the last good build', () => {
    const { result, dist } = productionBuild(undefined, ORIGIN);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('content/site.yaml → placeholder: the settings are still the examples');
    expect(result.stderr).toContain('content/site.yaml → contact.email: "hub@example.org" uses example.org');
    expect(result.stderr).toContain('content/site.yaml → contact.phone: "01632 960 100" is one of the numbers Ofcom reserves');
    expect(result.stderr).toContain('previous build');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good build');
  });

  it.each([
    ['no origin but the placeholder one', undefined, 'content/site.yaml → origin: "https://hub.example.org" is a local or example address'],
    ['a local origin', 'https://localhost:4321', 'HUB_SITE: "https://localhost:4321" is a local or example address'],
    ['an http: origin', 'http://opportunities.cambs-lifesciences.org.uk', 'must start with https:'],
  ])('stops on %s, saying what to set', (_label, site, message) => {
    const settings = site === undefined ? REAL_SETTINGS.replace(`origin: ${ORIGIN}`, 'origin: https://hub.example.org') : REAL_SETTINGS;
    const { result, dist } = productionBuild(settings, site);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(message);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good build');
  });
});

describe('a production build with real settings', () => {
  let dist = '';
  const text = new Map<string, string>();
  const TEXT_FILES = new Set([
    '.html',
    '.xml',
    '.xsl',
    '.txt',
    '.json',
    '.atom',
    '.ics',
    '.js',
    '.css',
    '.svg',
    '.webmanifest',
    '.yml',
    '',
  ]);
  /** Decap CMS's prebuilt bundle, served as it is published: its default local-proxy address is not ours to remove. */
  const DECAP_BUNDLE = '/admin/decap/';

  beforeAll(() => {
    const build = productionBuild(REAL_SETTINGS, undefined);
    expect(build.result.status, build.result.stderr).toBe(0);
    dist = build.dist;
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (TEXT_FILES.has(extname(name))) text.set(`/${relative(dist, full)}`, readFileSync(full, 'utf8'));
      }
    };
    walk(dist);
  }, 300_000);

  it('has no localhost anywhere in dist/ but the CMS bundle', () => {
    expect(text.size).toBeGreaterThan(100);
    const local = [...text].filter(([, body]) => /localhost|127\.0\.0\.1/.test(body)).map(([file]) => file);
    expect(local.filter((file) => !file.startsWith(DECAP_BUNDLE))).toEqual([]);
  });

  it('gives the editor a configuration for the git host, with no local proxy', () => {
    const config = text.get('/admin/config.yml')!;
    expect(config).toContain(`site_url: ${ORIGIN}`);
    expect(config).toContain('publish_mode: editorial_workflow');
    expect(config).not.toContain('local_backend');
  });

  it('writes the origin into canonical URLs, og:url, JSON-LD, the sitemap, robots.txt, Atom, iCalendar and the embed snippets', () => {
    const home = text.get('/index.html')!;
    expect(home).toContain(`<link rel="canonical" href="${ORIGIN}/"`);
    expect(home).toContain(`<meta property="og:url" content="${ORIGIN}/"`);
    expect(home).toContain(`"url":"${ORIGIN}/"`);
    const detail = [...text].find(([file]) => /^\/opportunities\/[^/]+\/index\.html$/.test(file))![1];
    expect(detail).toMatch(new RegExp(`"url":"${ORIGIN}/opportunities/`));
    expect(text.get('/robots.txt')).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    expect(text.get('/sitemap-0.xml')).toContain(`<loc>${ORIGIN}/privacy/</loc>`);
    expect(text.get('/feeds/opportunities.atom')).toContain(`<id>${ORIGIN}/feeds/opportunities.atom</id>`);
    expect(text.get('/feeds/calendar.ics')).toContain(`@opportunities.cambs-lifesciences.org.uk`);
    expect(text.get('/embed/index.html')).toContain(`src=&quot;${ORIGIN}/widgets/v1/hub-widgets.js&quot;`);
  });

  it('shows the real contact details with no placeholder label', () => {
    const about = text.get('/about/index.html')!;
    expect(about).toContain('href="mailto:opportunities@aru.ac.uk"');
    expect(about).toContain('href="tel:+441223363271"');
    expect(about).not.toContain('Placeholder');
    expect(text.get('/index.html')).toContain('run by Anglia Ruskin University.');
  });
});
