import { nextSteps, type Audience, type Pathway, type PathwayStep } from '@opportunities-hub/model';
import { layoutPathway, type RouteItem } from '@opportunities-hub/model/logic/pathway-layout';
import { numberSteps } from '@opportunities-hub/model/logic/step-numbers';
import { layoutDiagram, type PathwayDiagram } from './pathway-diagram.ts';

/** A step with the ids of the steps after it resolved (a left-out `next` means the following step). */
export type LinkedStep = PathwayStep & { next: string[] };

/** A step as another step names it: its number on the page, its title and, in a choice, who it suits. */
export interface StepRef {
  id: string;
  /** The step's number as the graph reads, e.g. "3A". */
  label: string;
  title: string;
  when?: string;
}

/** How a step leads on, in words a reader can follow without seeing the diagram. */
export interface StepLinks {
  /** The steps that follow; two or more are a choice. */
  next: StepRef[];
  /** The steps that lead here (more than one means routes join). */
  from: StepRef[];
}

/** A pathway ready to show: its route in reading order, each step's number and links, and the diagram. */
export interface RouteView {
  items: RouteItem<LinkedStep>[];
  labels: Map<string, string>;
  links: Map<string, StepLinks>;
  diagram: PathwayDiagram;
}

/** Works out the reading order, numbering, links and diagram of a pathway, once, for its page and handout. */
export function routeView(pathway: Pathway): RouteView {
  const steps: LinkedStep[] = pathway.steps.map((step, i) => ({ ...step, next: nextSteps(pathway, i) }));
  const items = layoutPathway(steps);
  const labels = numberSteps(items);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const ref = (id: string): StepRef => {
    const step = byId.get(id);
    if (!step) throw new Error(`Pathway "${pathway.title}" has a step leading to "${id}", which is not one of its steps`);
    return { id, label: labels.get(id)!, title: step.title, ...(step.when ? { when: step.when } : {}) };
  };
  const links = new Map<string, StepLinks>(steps.map((s) => [s.id, { next: s.next.map(ref), from: [] }]));
  for (const step of steps) for (const id of step.next) links.get(id)!.from.push(ref(step.id));
  const diagram = layoutDiagram(steps.map((s) => ({ id: s.id, label: labels.get(s.id)!, title: s.title, kind: s.kind, next: s.next })));
  return { items, labels, links, diagram };
}

/** True for an opportunity a learner can apply for: one meant for anyone but employers alone. */
export function isForLearners(record: { audiences: readonly Audience[] }): boolean {
  return record.audiences.some((a) => a !== 'employers');
}

/**
 * A step's opportunities split by who acts on them: what learners apply for, and what employers
 * do (host a placement, take on an apprentice). One meant for both appears in both lists.
 */
export function splitByAudience<T extends { audiences: readonly Audience[] }>(records: readonly T[]): { learners: T[]; employers: T[] } {
  return {
    learners: records.filter(isForLearners),
    employers: records.filter((r) => r.audiences.includes('employers')),
  };
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "three" for 3: how a choice is counted in a sentence. */
export function countWord(n: number): string {
  return COUNT_WORDS[n] ?? String(n);
}
