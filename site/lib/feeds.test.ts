import { describe, expect, it } from 'vitest';
import type { Entry, HubEvent } from '@opportunities-hub/model';
import { ATOM_ENTRY_LIMIT, closingDateCalendar, closingDatesCalendar, hubCalendar, opportunitiesAtom } from './feeds.ts';
import { opportunity } from '@opportunities-hub/model/testing/records';

const ORIGIN = 'https://hub.example';

describe('opportunitiesAtom', () => {
  it('lists the newest published first and labels examples', () => {
    const xml = opportunitiesAtom(
      [
        opportunity({ slug: 'old', published: '2026-01-01' }),
        opportunity({ slug: 'new', published: '2026-11-01', illustrative: true, title: 'New one' }),
      ],
      ORIGIN,
    );
    expect(xml.indexOf('/opportunities/new/')).toBeLessThan(xml.indexOf('/opportunities/old/'));
    expect(xml).toContain('<title>New one (example listing)</title>');
  });

  it(`keeps only the newest ${ATOM_ENTRY_LIMIT}`, () => {
    const records = Array.from({ length: ATOM_ENTRY_LIMIT + 5 }, (_, i) => opportunity({ slug: `o-${i}` }));
    expect(opportunitiesAtom(records, ORIGIN).match(/<entry>/g)).toHaveLength(ATOM_ENTRY_LIMIT);
  });
});

describe('hubCalendar', () => {
  const event: Entry<HubEvent> = {
    slug: 'open-day',
    file: 'content/events/open-day.yaml',
    body: '',
    data: {
      title: 'Open day',
      summary: 'Meet us',
      start: '2027-01-20T10:00:00.000Z',
      end: '2027-01-20T15:00:00.000Z',
      place: 'cbc',
      online: true,
      organiser: 'forum',
      audiences: ['school-leavers'],
      illustrative: false,
    },
  };
  const ics = hubCalendar(
    [
      opportunity({ slug: 'open' }),
      opportunity({ slug: 'upcoming', status: 'upcoming', opens: '2027-01-01' }),
      opportunity({ slug: 'rolling', status: 'rolling', closes: 'rolling' }),
      opportunity({ slug: 'closed', status: 'closed', closes: '2026-01-01' }),
    ],
    [event],
    (slug) => (slug === 'cbc' ? 'Cambridge Biomedical Campus' : slug),
    ORIGIN,
    '2026-11-28T00:00:00Z',
  );

  it('has one event per closing date still to come, and one per hub event', () => {
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(3);
    expect(ics).toContain('UID:closes-open@hub.example');
    expect(ics).toContain('UID:closes-upcoming@hub.example');
    expect(ics).not.toContain('closes-rolling');
    expect(ics).not.toContain('closes-closed');
    expect(ics).toContain('UID:event-open-day@hub.example');
  });

  it('says where an event is, and links events without a URL to their anchor', () => {
    expect(ics).toContain('LOCATION:Cambridge Biomedical Campus and Online');
    expect(ics).toContain('URL:https://hub.example/events/#open-day');
  });
});

describe('opportunitiesAtom for one facet value', () => {
  it('names itself, its own address and the listing it mirrors', () => {
    const xml = opportunitiesAtom([opportunity()], ORIGIN, {
      path: '/feeds/opportunities/type/apprenticeship.atom',
      title: 'Apprenticeships',
      htmlPath: '/opportunities/type/apprenticeship/',
    });
    expect(xml).toContain('<id>https://hub.example/feeds/opportunities/type/apprenticeship.atom</id>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://hub.example/feeds/opportunities/type/apprenticeship.atom"/>',
    );
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://hub.example/opportunities/type/apprenticeship/"/>');
    expect(xml).toContain('<title>Apprenticeships</title>');
  });
});

describe('closingDatesCalendar', () => {
  it('has the closing dates still to come only, and says they are UK dates', () => {
    const ics = closingDatesCalendar(
      [
        opportunity({ slug: 'a' }),
        opportunity({ slug: 'b', status: 'closed', closes: '2026-01-01' }),
        opportunity({ slug: 'c', closes: 'rolling', status: 'rolling' }),
      ],
      'Apprenticeships',
      ORIGIN,
      '2026-11-28T00:00:00Z',
    );
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(ics).toContain('UID:closes-a@hub.example');
    expect(ics).toContain('X-WR-TIMEZONE:Europe/London');
    expect(ics).toContain('X-WR-CALNAME:Apprenticeships');
  });
});

describe('closingDateCalendar', () => {
  const ics = closingDateCalendar(opportunity({ closes: '2027-01-31' }), ORIGIN, '2026-11-28T00:00:00Z');

  it('is one all-day event on the closing day, linking to the application', () => {
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270131');
    expect(ics).toContain('URL:https://example.org/apply');
    expect(ics.replace(/\r\n /g, '')).toContain('Apply: https://example.org/apply');
  });

  it('reminds the reader at 09:00 a week before', () => {
    expect(ics).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:[^\r]*\r\nTRIGGER:-P6DT15H\r\nEND:VALARM/);
  });

  it('refuses an opportunity with no closing date', () => {
    expect(() => closingDateCalendar(opportunity({ closes: 'rolling', status: 'rolling' }), ORIGIN, '2026-11-28T00:00:00Z')).toThrow(
      /no closing date/,
    );
  });
});
