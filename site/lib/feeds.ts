import { DELIVERY_LABELS, OPPORTUNITY_TYPE_LABELS, type Entry, type HubEvent, type OpportunityRecord } from '@opportunities-hub/model';
import { buildAtomFeed } from './atom.ts';
import { buildCalendar, type CalendarEvent } from './icalendar.ts';
import { hubSettings } from './settings.ts';

/** The hub's feed addresses: linked from every page's head and footer. */
export const FEED_PATHS = { atom: '/feeds/opportunities.atom', calendar: '/feeds/calendar.ics' } as const;

/** The Atom feed carries the newest opportunities only: it announces what is new, the JSON feed has them all. */
export const ATOM_ENTRY_LIMIT = 100;

/** The Atom feed of opportunities, newest published first. */
export function opportunitiesAtom(records: readonly OpportunityRecord[], origin: string): string {
  const newest = [...records]
    .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug))
    .slice(0, ATOM_ENTRY_LIMIT);
  const { name } = hubSettings();
  return buildAtomFeed({
    id: new URL(FEED_PATHS.atom, origin).href,
    title: `${name}: new opportunities`,
    subtitle: 'Apprenticeships, placements, courses and training in the region’s life sciences.',
    selfUrl: new URL(FEED_PATHS.atom, origin).href,
    htmlUrl: new URL('/opportunities/', origin).href,
    author: name,
    entries: newest.map((r) => ({
      id: new URL(r.url, origin).href,
      title: r.illustrative ? `${r.title} (example listing)` : r.title,
      url: new URL(r.url, origin).href,
      published: `${r.published}T00:00:00Z`,
      updated: `${r.lastReviewed > r.published ? r.lastReviewed : r.published}T00:00:00Z`,
      summary: r.summary,
      author: (r.employer ?? r.provider).name,
      categories: [{ term: r.type, label: OPPORTUNITY_TYPE_LABELS[r.type] }],
    })),
  });
}

/** True for the opportunities whose closing date goes in the calendar: dated and not yet closed. */
export function hasUpcomingClosingDate(record: OpportunityRecord): boolean {
  return record.closes !== 'rolling' && record.status !== 'closed';
}

/**
 * The iCalendar feed: one all-day event on each closing date still to come, and every event.
 * `placeName` names an event's place from its slug.
 */
export function hubCalendar(
  records: readonly OpportunityRecord[],
  events: readonly Entry<HubEvent>[],
  placeName: (slug: string) => string,
  origin: string,
  stamp: string,
): string {
  const host = new URL(origin).hostname;
  const closing: CalendarEvent[] = records.filter(hasUpcomingClosingDate).map((r) => ({
    uid: `closes-${r.slug}@${host}`,
    summary: `Closing date: ${r.title}`,
    description: `Last day to apply. ${r.summary}`,
    url: new URL(r.url, origin).href,
    day: r.closes,
    location: r.places.length > 0 ? r.places.map((p) => p.name).join('; ') : DELIVERY_LABELS[r.delivery],
    categories: ['Closing date', OPPORTUNITY_TYPE_LABELS[r.type]],
  }));
  const hubEvents: CalendarEvent[] = events.map(({ slug, data }) => ({
    uid: `event-${slug}@${host}`,
    summary: data.illustrative ? `${data.title} (example event)` : data.title,
    description: data.summary,
    url: data.url ?? new URL(`/events/#${slug}`, origin).href,
    start: data.start,
    end: data.end,
    location: [data.place ? placeName(data.place) : undefined, data.online ? 'Online' : undefined].filter(Boolean).join(' and '),
    categories: ['Event'],
  }));
  const { name } = hubSettings();
  return buildCalendar({
    productId: `-//${name}//Closing dates and events//EN`,
    name: `${name}: closing dates and events`,
    stamp,
    events: [...closing, ...hubEvents],
  });
}
