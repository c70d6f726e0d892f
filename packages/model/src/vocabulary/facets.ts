/**
 * The facets a search narrows opportunities by, and the start windows of the `start` facet.
 * Part of the vocabulary (vocabulary.ts re-exports it) in a module of its own because only the
 * search uses it: the widgets' script-tag build shares whole modules between the search and the
 * on-demand pathway file, so lists kept apart here stay in the search's part of the bundle.
 */

/** When an opportunity starts, in buckets a learner plans by (logic/filters.ts sorts starts into them). */
export const START_WINDOWS = ['soon', 'months-3-6', 'months-6-12', 'later'] as const;
export type StartWindow = (typeof START_WINDOWS)[number];

export const START_WINDOW_LABELS: Record<StartWindow, string> = {
  soon: 'Any time or within 3 months',
  'months-3-6': 'In 3 to 6 months',
  'months-6-12': 'In 6 to 12 months',
  later: 'More than a year away',
};

/**
 * The facets a search can narrow opportunities by, in the order they are shown: the widget's
 * filters, the search page's query string, and the site's listing pages (which use some of them).
 */
export const FACETS = ['type', 'level', 'skill', 'audience', 'attendance', 'delivery', 'start', 'pay', 'provider'] as const;
export type Facet = (typeof FACETS)[number];

/** A facet's name as a heading or a legend. */
export const FACET_LABELS: Record<Facet, string> = {
  type: 'Type of opportunity',
  level: 'Level',
  skill: 'Skill area',
  audience: 'Who it is for',
  attendance: 'Attendance',
  delivery: 'Where it happens',
  start: 'Starts',
  pay: 'Pay',
  provider: 'Provider',
};

/** The `pay` facet's value for an opportunity whose pay is not stated (the others are its pay type). */
export const PAY_NOT_STATED = 'not-stated';
