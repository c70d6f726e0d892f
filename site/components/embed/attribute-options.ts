/**
 * The values the playground offers for each enumerated attribute, as [value, label] pairs: fixed
 * vocabularies from the model in their own order, and the hub's own skills, providers, places
 * and pathways by name. An attribute not listed here takes free text.
 */
// Subpaths, not the model's index: this runs in the browser (the playground), and the index
// would bring zod and the whole model with it.
import {
  ATTENDANCE_LABELS,
  AUDIENCE_LABELS,
  DELIVERY_LABELS,
  LEVEL_BAND_LABELS,
  LEVEL_LABELS,
  OPPORTUNITY_TYPE_LABELS,
  PAY_TYPE_LABELS,
} from '@opportunities-hub/model/vocabulary';
import { PAY_NOT_STATED, START_WINDOW_LABELS } from '@opportunities-hub/model/vocabulary/facets';
import { LOCKABLE } from '@opportunities-hub/model/logic/search-attributes';
import { RADII } from '@opportunities-hub/model/logic/near';
import { SORT_LABELS } from '@opportunities-hub/model/logic/sort';

export type Options = Record<string, [value: string, label: string][]>;

/** Names by slug, for the hub's own records. */
export interface Named {
  skills: [string, string][];
  providers: [string, string][];
  places: [string, string][];
  pathways: [string, string][];
}

const byName = (pairs: [string, string][]) => [...pairs].sort((a, b) => a[1].localeCompare(b[1]));

export function attributeOptions(named: Named): Options {
  return {
    pathway: byName(named.pathways),
    type: Object.entries(OPPORTUNITY_TYPE_LABELS),
    level: [...Object.entries(LEVEL_BAND_LABELS), ...Object.entries(LEVEL_LABELS)],
    skill: byName(named.skills),
    audience: Object.entries(AUDIENCE_LABELS),
    attendance: Object.entries(ATTENDANCE_LABELS),
    delivery: Object.entries(DELIVERY_LABELS),
    start: Object.entries(START_WINDOW_LABELS),
    pay: [...Object.entries(PAY_TYPE_LABELS), [PAY_NOT_STATED, 'Pay not stated']],
    provider: byName(named.providers),
    open: [
      ['only', 'Only those open for applications'],
      ['any', 'Closed ones too'],
    ],
    near: byName(named.places),
    radius: RADII.map((r) => [String(r), `${r} miles`]),
    sort: Object.entries(SORT_LABELS),
    theme: [
      ['auto', 'Follow the page’s colour scheme'],
      ['light', 'Light'],
      ['dark', 'Dark'],
    ],
  };
}

/**
 * What is wrong with the free-text attribute values in the playground (enumerated ones come from
 * menus): a sentence per value, naming the attribute and what it accepts.
 */
export function attributeProblems(attributes: Record<string, string>): string[] {
  const problems: string[] = [];
  const { limit, locked, 'heading-level': level } = attributes;
  if (limit?.trim() && !/^[1-9]\d*$/.test(limit.trim()))
    problems.push(`limit="${limit.trim()}" is not used: expected a whole number above 0.`);
  if (level?.trim() && !/^[1-5]$/.test(level.trim()))
    problems.push(`heading-level="${level.trim()}" is not used: expected a number from 1 to 5.`);
  for (const name of (locked ?? '').split(/[\s,]+/).filter(Boolean))
    if (!(LOCKABLE as readonly string[]).includes(name))
      problems.push(`locked="${name}" is not used: expected any of ${LOCKABLE.join(', ')}.`);
  return problems;
}
