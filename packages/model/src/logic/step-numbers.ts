import type { LayoutStep, RouteItem } from './pathway-layout.ts';

/**
 * Numbers a pathway's steps the way its graph reads, not the way its file lists them: steps in
 * sequence count 1, 2, 3…; where the route branches, every route continues the count with its own
 * letter (3A, 3B, 3C, then 4A after 3A), and a step where routes meet again takes the number after
 * the longest of them. A branch inside route A gives 4AA, 4AB… so every label stays unique.
 * The page, its diagram and the print handout all show these labels, so they always agree.
 */
export function numberSteps<S extends LayoutStep>(items: readonly RouteItem<S>[]): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (route: readonly RouteItem<S>[], start: number, letters: string): number => {
    let n = start;
    for (const item of route) {
      if (item.type === 'step') {
        labels.set(item.step.id, `${n}${letters}`);
        n += 1;
        continue;
      }
      let after = n;
      item.routes.forEach((branchRoute, i) => {
        after = Math.max(after, walk(branchRoute, n, letters + routeLetter(i)));
      });
      n = after;
    }
    return n;
  };
  walk(items, 1, '');
  return labels;
}

/** The letter of the i-th route of a branch: A, B, C… (Z is as far as any pathway should go). */
export function routeLetter(index: number): string {
  return String.fromCharCode(65 + Math.min(index, 25));
}
