import {
  ATTENDANCE_LABELS,
  AUDIENCE_LABELS,
  DELIVERY_LABELS,
  FACET_LABELS,
  LEVEL_LABELS,
  OPPORTUNITY_TYPE_LABELS,
  standardSummary,
  type OpportunityRecord,
} from '@opportunities-hub/model';
import { facetPath } from './facets.ts';
import { formatDay, formatDayOrRolling } from './format.ts';

/** A fact's value: text, or links; `filter` names the Pagefind filter the value feeds. */
export interface FactValue {
  text: string;
  /** Shown after the text, outside the filter value (a place's area: "Cambridge Science Park, Cambridge"). */
  detail?: string;
  href?: string;
  filter?: 'type' | 'level' | 'skill' | 'audience' | 'place';
}

export interface Fact {
  label: string;
  values: FactValue[];
}

/**
 * Every field of an opportunity as labelled facts, in the order a learner asks about them. Facet
 * values link to their listing pages, organisations to their entry on the partners page.
 */
export function opportunityFacts(r: OpportunityRecord): Fact[] {
  const facts: (Fact | false)[] = [
    { label: FACET_LABELS.type, values: [{ text: OPPORTUNITY_TYPE_LABELS[r.type], href: facetPath('type', r.type), filter: 'type' }] },
    { label: FACET_LABELS.level, values: [{ text: LEVEL_LABELS[r.level], href: facetPath('level', r.levelBand), filter: 'level' }] },
    {
      label: FACET_LABELS.skill,
      values: r.skills.map((s) => ({ text: s.name, href: facetPath('skill', s.slug), filter: 'skill' as const })),
    },
    {
      label: FACET_LABELS.audience,
      values: r.audiences.map((a) => ({ text: AUDIENCE_LABELS[a], href: facetPath('audience', a), filter: 'audience' as const })),
    },
    { label: FACET_LABELS.provider, values: [{ text: r.provider.name, href: `/partners/#${r.provider.slug}` }] },
    !!r.employer && { label: 'Employer', values: [{ text: r.employer.name, href: `/partners/#${r.employer.slug}` }] },
    {
      label: FACET_LABELS.delivery,
      values: [
        ...r.places.map((p) => ({ text: p.name, detail: p.area && p.area !== p.name ? p.area : undefined, filter: 'place' as const })),
        ...(r.nationwide ? [{ text: 'Anywhere in England: a national vacancy with no single workplace' }] : []),
        ...(r.delivery === 'on-site' ? [] : [{ text: DELIVERY_LABELS[r.delivery] }]),
      ],
    },
    { label: FACET_LABELS.attendance, values: [{ text: ATTENDANCE_LABELS[r.attendance] }] },
    {
      label: FACET_LABELS.start,
      values: [{ text: formatDayOrRolling(r.starts, 'Rolling starts: you can start at different times in the year') }],
    },
    !!r.opens && { label: 'Applications open', values: [{ text: formatDay(r.opens!) }] },
    { label: 'Closing date', values: [{ text: formatDayOrRolling(r.closes, 'No closing date: applications are taken all year') }] },
    { label: 'Duration', values: [{ text: r.duration }] },
    !!r.standard && {
      label: 'Apprenticeship standard',
      values: [
        { text: `${r.standard!.title} (${r.standard!.reference})`, href: r.standard!.url },
        { text: `${standardSummary(r.standard!)}${r.standard!.illustrative ? ' (sample figures)' : ''}` },
      ],
    },
    { label: 'Cost or funding', values: [{ text: r.cost }] },
    !!r.wage && { label: 'Pay', values: [{ text: r.pay?.note ? `${r.wage}. ${r.pay.note}` : r.wage! }] },
    !!r.hours && { label: 'Hours', values: [{ text: r.hours! }] },
    !!r.disabilityConfident && {
      label: 'Disability Confident',
      values: [{ text: 'Yes: the employer is in the Disability Confident scheme' }],
    },
    { label: 'Entry requirements', values: [{ text: r.entryRequirements ?? 'None stated' }] },
    { label: 'First listed', values: [{ text: formatDay(r.published) }] },
  ];
  return facts.filter((f): f is Fact => f !== false);
}
