import {
  DELIVERY_LABELS,
  OPPORTUNITY_TYPE_LABELS,
  startOfDayUtc,
  type Entry,
  type HubEvent,
  type OpportunityRecord,
} from '@opportunities-hub/model';
import { buildAtomFeed } from './atom.ts';
import { buildCalendar, type CalendarEvent } from './icalendar.ts';
import { hubSettings } from './settings.ts';

/** The hub's feed addresses: linked from every page's head and footer. */
export const FEED_PATHS = { atom: '/feeds/opportunities.atom', calendar: '/feeds/calendar.ics' } as const;

/** The Atom feed carries the newest opportunities only: it announces what is new, the JSON feed has them all. */
export const ATOM_ENTRY_LIMIT = 100;

/** Which Atom feed: where it lives, what it is called and the page it mirrors. */
export interface AtomFeedOf {
  path: string;
  title: string;
  htmlPath: string;
}

const allOpportunities = (): AtomFeedOf => ({
  path: FEED_PATHS.atom,
  title: `${hubSettings().name}: new opportunities`,
  htmlPath: '/opportunities/',
});

/** An Atom feed of opportunities, newest published first: all of them, or one facet value's (`feed`). */
export function opportunitiesAtom(records: readonly OpportunityRecord[], origin: string, feed: AtomFeedOf = allOpportunities()): string {
  const newest = [...records]
    .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug))
    .slice(0, ATOM_ENTRY_LIMIT);
  return buildAtomFeed({
    id: new URL(feed.path, origin).href,
    title: feed.title,
    subtitle: 'Apprenticeships, placements, courses and training in the region’s life sciences.',
    selfUrl: new URL(feed.path, origin).href,
    htmlUrl: new URL(feed.htmlPath, origin).href,
    author: hubSettings().name,
    entries: newest.map((r) => ({
      id: new URL(r.url, origin).href,
      title: r.illustrative ? `${r.title} (example listing)` : r.title,
      url: new URL(r.url, origin).href,
      published: startOfDayUtc(r.published),
      updated: startOfDayUtc(r.lastReviewed > r.published ? r.lastReviewed : r.published),
      summary: r.summary,
      author: (r.employer ?? r.provider).name,
      categories: [{ term: r.type, label: OPPORTUNITY_TYPE_LABELS[r.type] }],
    })),
  });
}

/** Where an opportunity's one-event calendar ("Add the closing date to your calendar") is published. */
export const closingDatePath = (r: OpportunityRecord): string => `${r.url}closing-date.ics`;

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
  const closing = records.filter(hasUpcomingClosingDate).map((r) => closingDateEvent(r, origin));
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
  return buildCalendar({
    productId: `-//${hubSettings().name}//Closing dates and events//EN`,
    name: `${hubSettings().name}: closing dates and events`,
    stamp,
    timeZone: UK_TIME_ZONE,
    events: [...closing, ...hubEvents],
  });
}

/** Calendars say their dates are UK dates: a closing date is the last UK day to apply. */
const UK_TIME_ZONE = 'Europe/London';

/** The all-day event on an opportunity's closing date (which must be a date, not rolling). */
function closingDateEvent(r: OpportunityRecord, origin: string): CalendarEvent {
  if (r.closes === 'rolling') throw new Error(`Opportunity "${r.slug}" has no closing date to put in a calendar`);
  return {
    uid: `closes-${r.slug}@${new URL(origin).hostname}`,
    summary: `Closing date: ${r.title}`,
    description: `Last day to apply. ${r.summary}`,
    url: new URL(r.url, origin).href,
    day: r.closes,
    location: r.places.length > 0 ? r.places.map((p) => p.name).join('; ') : DELIVERY_LABELS[r.delivery],
    categories: ['Closing date', OPPORTUNITY_TYPE_LABELS[r.type]],
  };
}

/** The closing dates still to come of some opportunities, e.g. one facet value's, as a calendar called `name`. */
export function closingDatesCalendar(records: readonly OpportunityRecord[], name: string, origin: string, stamp: string): string {
  return buildCalendar({
    productId: `-//${hubSettings().name}//Closing dates//EN`,
    name,
    stamp,
    timeZone: UK_TIME_ZONE,
    events: records.filter(hasUpcomingClosingDate).map((r) => closingDateEvent(r, origin)),
  });
}

/** How long before the closing day a calendar reminds the reader: 09:00 UK time, seven days before. */
export const REMINDER_TRIGGER = '-P6DT15H';

/**
 * One opportunity's closing date as a calendar of one event, for "Add the closing date to your
 * calendar": the day itself (a UK date), a reminder a week before, and the apply link.
 */
export function closingDateCalendar(r: OpportunityRecord, origin: string, stamp: string): string {
  const event = closingDateEvent(r, origin);
  return buildCalendar({
    productId: `-//${hubSettings().name}//Closing date//EN`,
    name: `Closing date: ${r.title}`,
    stamp,
    timeZone: UK_TIME_ZONE,
    events: [
      {
        ...event,
        description: `Last day to apply (UK time). ${r.summary}\n\nApply: ${r.apply.url}\nDetails: ${event.url}`,
        url: r.apply.url,
        alarm: { trigger: REMINDER_TRIGGER, description: `One week left to apply: ${r.title}` },
      },
    ],
  });
}
