import { describe, expect, it } from 'vitest';
import type { Entry, HubEvent } from '@opportunities-hub/model';
import { ATOM_ENTRY_LIMIT, hubCalendar, opportunitiesAtom } from './feeds.ts';
import { testRecord } from './testing/record.ts';

const ORIGIN = 'https://hub.example';

describe('opportunitiesAtom', () => {
  it('lists the newest published first and labels examples', () => {
    const xml = opportunitiesAtom(
      [
        testRecord({ slug: 'old', published: '2026-01-01' }),
        testRecord({ slug: 'new', published: '2026-11-01', illustrative: true, title: 'New one' }),
      ],
      ORIGIN,
    );
    expect(xml.indexOf('/opportunities/new/')).toBeLessThan(xml.indexOf('/opportunities/old/'));
    expect(xml).toContain('<title>New one (example listing)</title>');
  });

  it(`keeps only the newest ${ATOM_ENTRY_LIMIT}`, () => {
    const records = Array.from({ length: ATOM_ENTRY_LIMIT + 5 }, (_, i) => testRecord({ slug: `o-${i}` }));
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
      testRecord({ slug: 'open' }),
      testRecord({ slug: 'upcoming', status: 'upcoming', opens: '2027-01-01' }),
      testRecord({ slug: 'rolling', status: 'rolling', closes: 'rolling' }),
      testRecord({ slug: 'closed', status: 'closed', closes: '2026-01-01' }),
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
