import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import type { OpportunityRecord } from '@opportunities-hub/model';
import { TEST_DIST } from '../support/hub.ts';
import { builtOpportunities, fileFor } from './built-site.ts';
import { useHubInBrowser } from './hub-in-browser.ts';

/**
 * Following a search: every facet value's Atom feed and calendar, read by real parsers (the
 * browser's XML parser, @rowanmanning/feed-parser, Mozilla's ical.js and Python's icalendar),
 * holds exactly that value's opportunities; listing pages link to them and announce them in their
 * head; each opportunity with a closing date to come has a one-event calendar with a reminder.
 */

const run = useHubInBrowser();
const records = builtOpportunities();
const FEEDS = join(TEST_DIST, 'feeds/opportunities');
const PYTHON = process.env.HUB_PYTHON ?? '/usr/bin/python3';
const READ_ICALENDAR = resolve(import.meta.dirname, '../support/read_icalendar.py');

/** The facet values of a record, worked out here from the open-data feed, not by the site's code. */
const VALUES_OF: Record<string, (r: OpportunityRecord) => string[]> = {
  type: (r) => [r.type],
  level: (r) => [r.levelBand],
  skill: (r) => r.skills.map((s) => s.slug),
  audience: (r) => r.audiences,
  place: (r) => r.places.map((p) => p.slug),
  provider: (r) => [r.provider.slug],
};

/** Every facet value with at least one opportunity, and those opportunities. */
function expectedFeeds(): Map<string, OpportunityRecord[]> {
  const expected = new Map<string, OpportunityRecord[]>();
  for (const [facet, valuesOf] of Object.entries(VALUES_OF))
    for (const record of records)
      for (const value of valuesOf(record)) expected.set(`${facet}/${value}`, [...(expected.get(`${facet}/${value}`) ?? []), record]);
  return expected;
}

const written = (extension: string) =>
  readdirSync(FEEDS).flatMap((facet) =>
    readdirSync(join(FEEDS, facet))
      .filter((name) => name.endsWith(extension))
      .map((name) => `${facet}/${name.slice(0, -extension.length)}`),
  );

const hasClosingDateToCome = (r: OpportunityRecord) => r.closes !== 'rolling' && r.status !== 'closed';
const absolute = (path: string) => new URL(path, 'http://localhost:4321').href;

function readWithPython(
  files: string[],
): { file: string; timezone: string; events: { uid: string; start: string; url: string; alarms: number[] }[] }[] {
  return JSON.parse(execFileSync(PYTHON, [READ_ICALENDAR, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

describe('facet feeds', () => {
  const expected = expectedFeeds();

  it('are written for every facet value with opportunities, as Atom and as iCalendar, and for no other', () => {
    expect(written('.atom').sort()).toEqual([...expected.keys()].sort());
    expect(written('.ics').sort()).toEqual([...expected.keys()].sort());
    expect(new Set([...expected.keys()].map((k) => k.split('/')[0]))).toEqual(new Set(Object.keys(VALUES_OF)));
  });

  it('are well-formed XML in the browser’s parser', async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.hub.origin}/`);
    const errors = await page.evaluate(
      async (paths) => {
        const found: string[] = [];
        for (const path of paths) {
          const response = await fetch(path);
          const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
          const error = doc.querySelector('parsererror');
          if (error || !response.headers.get('content-type')?.includes('application/atom+xml'))
            found.push(`${path}: ${error?.textContent}`);
        }
        return found;
      },
      written('.atom').map((k) => `/feeds/opportunities/${k}.atom`),
    );
    await page.close();
    expect(errors).toEqual([]);
  });

  it('hold exactly their opportunities, read by an Atom parser', () => {
    for (const [key, list] of expected) {
      const feed = parseFeed(readFileSync(join(FEEDS, `${key}.atom`), 'utf8'));
      expect(feed.meta.type, key).toBe('atom');
      expect(feed.items.map((i) => i.url).sort(), key).toEqual(list.map((r) => absolute(r.url)).sort());
    }
  });

  it('hold exactly their closing dates still to come, read by ical.js and by Python’s icalendar', () => {
    const keys = [...expected.keys()];
    const python = new Map(readWithPython(keys.map((k) => join(FEEDS, `${k}.ics`))).map((c, i) => [keys[i]!, c]));
    for (const [key, list] of expected) {
      const want = list
        .filter(hasClosingDateToCome)
        .map((r) => `closes-${r.slug}@localhost ${r.closes}`)
        .sort();
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(FEEDS, `${key}.ics`), 'utf8')));
      const events = calendar
        .getAllSubcomponents('vevent')
        .map((e) => `${e.getFirstPropertyValue('uid')} ${e.getFirstPropertyValue('dtstart')}`);
      expect(events.sort(), key).toEqual(want);
      expect(
        python
          .get(key)!
          .events.map((e) => `${e.uid} ${e.start}`)
          .sort(),
        key,
      ).toEqual(want);
      expect(python.get(key)!.timezone).toBe('Europe/London');
    }
  });

  it('are linked from each facet listing page, and announced in its head', () => {
    for (const key of expected.keys()) {
      const [facet, value] = key.split('/');
      if (facet === 'place' || facet === 'provider') continue; // no listing page: linked from opportunity pages
      const html = readFileSync(fileFor(`/opportunities/${facet}/${value}/`)!, 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      for (const extension of ['atom', 'ics']) {
        const path = `/feeds/opportunities/${key}.${extension}`;
        expect(head, `${key}: autodiscovery of ${extension}`).toContain(
          `rel="alternate" type="${extension === 'atom' ? 'application/atom+xml' : 'text/calendar'}"`,
        );
        expect(head, key).toContain(`href="${path}"`);
        expect(html.slice(html.indexOf('</head>')), key).toMatch(new RegExp(`<a href="${path}"`));
      }
    }
  });
});

describe('"Add the closing date to your calendar"', () => {
  const dated = records.filter(hasClosingDateToCome);

  it('is a one-event calendar with a reminder a week before and the apply link, read by ical.js and Python’s icalendar', () => {
    expect(dated.length).toBeGreaterThan(0);
    const files = dated.map((r) => fileFor(`${r.url}closing-date.ics`)!);
    const python = readWithPython(files);
    dated.forEach((r, i) => {
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(files[i]!, 'utf8')));
      const events = calendar.getAllSubcomponents('vevent');
      expect(events, r.slug).toHaveLength(1);
      const event = new ICAL.Event(events[0]!);
      expect(event.startDate.toString(), r.slug).toBe(r.closes);
      expect(event.startDate.isDate, r.slug).toBe(true);
      expect(events[0]!.getFirstPropertyValue('url'), r.slug).toBe(r.apply.url);
      const alarm = events[0]!.getFirstSubcomponent('valarm')!;
      // The reminder: 09:00 on the day a week before the closing day (the day starts at 00:00).
      expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(), r.slug).toBe(-(6 * 24 + 15) * 3600);
      expect(alarm.getFirstPropertyValue('action'), r.slug).toBe('DISPLAY');
      expect(calendar.getFirstPropertyValue('x-wr-timezone'), r.slug).toBe('Europe/London');
      expect(
        python[i]!.events.map((e) => [e.start, e.url, e.alarms]),
        r.slug,
      ).toEqual([[r.closes, r.apply.url, [-(6 * 24 + 15) * 3600]]]);
    });
  });

  it('is offered on the pages of opportunities with a closing date to come, and only there', () => {
    for (const r of records) {
      const html = readFileSync(fileFor(r.url)!, 'utf8');
      expect(html.includes(`href="${r.url}closing-date.ics"`), r.slug).toBe(hasClosingDateToCome(r));
      expect(fileFor(`${r.url}closing-date.ics`) !== undefined, r.slug).toBe(hasClosingDateToCome(r));
    }
  });

  it('downloads from the page as a calendar file', async () => {
    const r = dated[0]!;
    const page = await run.browser.newPage();
    await page.goto(`${run.hub.origin}${r.url}`);
    const response = await page.request.get(
      await page
        .getByRole('link', { name: 'Add the closing date to your calendar' })
        .getAttribute('href')
        .then((h) => `${run.hub.origin}${h}`),
    );
    expect(response.headers()['content-type']).toContain('text/calendar');
    expect(await response.text()).toContain('BEGIN:VALARM');
    await page.close();
  });
});
