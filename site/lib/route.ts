import { nextSteps, type Pathway } from '@opportunities-hub/model';

/** How a step leads on, in words a reader can follow without seeing the diagram. */
export interface StepLinks {
  id: string;
  /** The steps that follow, with the condition for choosing each when there is a choice. */
  next: { id: string; title: string; when?: string }[];
  /** The steps that lead here (more than one means routes join). */
  from: { id: string; title: string }[];
}

/** The links between a pathway's steps: what follows each step and what leads to it. */
export function routeLinks(pathway: Pathway): StepLinks[] {
  const byId = new Map(pathway.steps.map((s) => [s.id, s]));
  const from = new Map<string, { id: string; title: string }[]>(pathway.steps.map((s) => [s.id, []]));
  const next = pathway.steps.map((step, index) =>
    nextSteps(pathway, index).map((id) => {
      const target = byId.get(id);
      if (!target) throw new Error(`Pathway step "${step.id}" leads to "${id}", which is not one of its steps`);
      from.get(id)!.push({ id: step.id, title: step.title });
      return { id, title: target.title, ...(target.when ? { when: target.when } : {}) };
    }),
  );
  return pathway.steps.map((step, i) => ({ id: step.id, next: next[i]!, from: from.get(step.id)! }));
}
