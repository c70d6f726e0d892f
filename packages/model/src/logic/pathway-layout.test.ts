import { describe, expect, it } from 'vitest';
import { layoutPathway, stepsInOrder, type LayoutStep, type RouteItem } from './pathway-layout.ts';

const s = (id: string, ...next: string[]): LayoutStep => ({ id, next });

/** A compact picture of a layout: "a b [c d | e] f" — branches in brackets, routes split by |. */
function show(items: RouteItem<LayoutStep>[]): string {
  return items.map((item) => (item.type === 'step' ? item.step.id : `[${item.routes.map(show).join(' | ')}]`)).join(' ');
}

describe('layoutPathway', () => {
  it('keeps a straight route in order', () => {
    expect(show(layoutPathway([s('a', 'b'), s('b', 'c'), s('c')]))).toBe('a b c');
  });

  it('shows a branch whose routes join again, and names the join', () => {
    const items = layoutPathway([
      s('t-level', 'placement'),
      s('placement', 'apprentice', 'degree'),
      s('apprentice', 'job'),
      s('degree', 'job'),
      s('job'),
    ]);
    expect(show(items)).toBe('t-level placement [apprentice | degree] job');
    const branch = items[2];
    expect(branch?.type === 'branch' && branch.from.id).toBe('placement');
    expect(branch?.type === 'branch' && branch.joins?.id).toBe('job');
  });

  it('shows a branch whose routes never join', () => {
    const items = layoutPathway([s('a', 'b', 'c'), s('b', 'd'), s('c'), s('d')]);
    expect(show(items)).toBe('a [b d | c]');
    expect(items[1]?.type === 'branch' && items[1].joins).toBeUndefined();
  });

  it('handles a branch inside a branch', () => {
    const steps = [s('a', 'b', 'c'), s('b', 'b1', 'b2'), s('b1', 'z'), s('b2', 'z'), s('c', 'z'), s('z')];
    expect(show(layoutPathway(steps))).toBe('a [b [b1 | b2] | c] z');
  });

  it('ignores unknown ids and self-links, stops at loops, and keeps unreachable steps', () => {
    const items = layoutPathway([s('a', 'b', 'missing', 'a'), s('b', 'a'), s('lost')]);
    expect(show(items)).toBe('a b lost');
    expect(stepsInOrder(items).map((x) => x.id)).toEqual(['a', 'b', 'lost']);
  });

  it('lists every step exactly once', () => {
    const steps = [s('a', 'b', 'c', 'd'), s('b', 'e'), s('c', 'e'), s('d'), s('e', 'f'), s('f')];
    const ids = stepsInOrder(layoutPathway(steps)).map((x) => x.id);
    expect(ids.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('returns nothing for no steps', () => {
    expect(layoutPathway([])).toEqual([]);
  });
});
