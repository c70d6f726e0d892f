/**
 * The kinds of step on a pathway. Part of the vocabulary, in a module of its own for the same
 * reason as facets.ts: only <hub-pathway> uses it, so it stays in the pathway's on-demand file.
 */

export const PATHWAY_STEP_KINDS = ['education', 'placement', 'apprenticeship', 'training', 'job'] as const;
export type PathwayStepKind = (typeof PATHWAY_STEP_KINDS)[number];

export const PATHWAY_STEP_KIND_LABELS: Record<PathwayStepKind, string> = {
  education: 'Education',
  placement: 'Placement',
  apprenticeship: 'Apprenticeship',
  training: 'Training',
  job: 'Job',
};
