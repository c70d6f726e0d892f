/**
 * Turns a pathway's steps and their `next` ids into a reading order a list can show: a sequence
 * of steps, where a step with two or more `next` ids opens a branch of routes that may join again.
 * Pages and the <hub-pathway> widget both render this, so the route reads the same everywhere.
 */

/** The least a step needs for layout. */
export interface LayoutStep {
  id: string;
  next: string[];
}

/** One item of a route: a step, or a branch between routes. */
export type RouteItem<S extends LayoutStep> = { type: 'step'; step: S } | RouteBranch<S>;

/** A choice after `from`: each route is its own sequence; `joins` is where they meet again, if they do. */
export interface RouteBranch<S extends LayoutStep> {
  type: 'branch';
  from: S;
  routes: RouteItem<S>[][];
  joins: S | undefined;
}

/** Ids reachable from `id` (itself included), following `next`. */
function reachable<S extends LayoutStep>(id: string, byId: Map<string, S>): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const current = stack.pop()!;
    if (seen.has(current) || !byId.has(current)) continue;
    seen.add(current);
    stack.push(...byId.get(current)!.next);
  }
  return seen;
}

/**
 * Lays the steps out from the first one. Unknown `next` ids are ignored; a loop back to a step
 * already shown ends that route; steps no route reaches are put at the end so nothing is lost.
 */
export function layoutPathway<S extends LayoutStep>(steps: readonly S[]): RouteItem<S>[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const order = new Map(steps.map((s, i) => [s.id, i]));
  const placed = new Set<string>();
  const nextOf = (s: S) => s.next.filter((id) => byId.has(id) && id !== s.id);

  const walk = (startId: string | undefined, stop: string | undefined): RouteItem<S>[] => {
    const items: RouteItem<S>[] = [];
    let id = startId;
    while (id !== undefined && id !== stop && !placed.has(id)) {
      const step = byId.get(id)!;
      placed.add(id);
      items.push({ type: 'step', step });
      const next = nextOf(step).filter((n) => !placed.has(n));
      if (next.length < 2) {
        id = next[0];
        continue;
      }
      // Where the routes meet again: the earliest step (in reading order) every route reaches.
      const sets = next.map((n) => reachable(n, byId));
      const common = [...sets[0]!].filter((c) => sets.every((set) => set.has(c)) && !placed.has(c));
      common.sort((a, b) => order.get(a)! - order.get(b)!);
      let joinId = common[0];
      // A join beyond the enclosing route's end belongs to the enclosing branch, not this one.
      if (stop !== undefined && joinId !== undefined && joinId !== stop && !reachable(joinId, byId).has(stop)) {
        joinId = sets.every((set) => set.has(stop)) ? stop : undefined;
      }
      const routes = next.map((n) => walk(n, joinId ?? stop)).filter((r) => r.length > 0);
      items.push({ type: 'branch', from: step, routes, joins: joinId ? byId.get(joinId) : undefined });
      id = joinId;
    }
    return items;
  };

  const items = walk(steps[0]?.id, undefined);
  for (const step of steps) if (!placed.has(step.id)) items.push(...walk(step.id, undefined));
  return items;
}

/** The steps of a layout in the order they are shown, branches flattened. */
export function stepsInOrder<S extends LayoutStep>(items: readonly RouteItem<S>[]): S[] {
  return items.flatMap((item) => (item.type === 'step' ? [item.step] : item.routes.flatMap((r) => stepsInOrder(r))));
}
