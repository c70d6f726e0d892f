import { describe, expect, it } from 'vitest';
import type { Pathway } from '@opportunities-hub/model';
import { countWord, routeView, splitByAudience } from './route.ts';

const step = (id: string, next?: string[]) => ({
  id,
  title: `Title of ${id}`,
  kind: 'education' as const,
  timing: 'Any time',
  duration: '1 year',
  description: 'What happens.',
  organisations: [],
  opportunities: [],
  ...(next ? { next } : {}),
});

const pathway = (steps: ReturnType<typeof step>[]): Pathway => ({
  title: 'A pathway',
  summary: 'Where it leads.',
  skills: ['laboratory-technical-skills'],
  audiences: ['school-leavers'],
  featured: false,
  lastReviewed: '2026-11-20',
  steps,
});

describe('routeView', () => {
  const view = routeView(pathway([step('start'), step('fork', ['a', 'b']), step('a', ['end']), step('b', ['end']), step('end', [])]));

  it('numbers the steps by the graph and names what follows and what leads to each step', () => {
    expect(Object.fromEntries(view.labels)).toEqual({ start: '1', fork: '2', a: '3A', b: '3B', end: '4' });
    expect(view.links.get('start')!.next.map((r) => r.label)).toEqual(['2']);
    expect(view.links.get('fork')!.next.map((r) => r.id)).toEqual(['a', 'b']);
    expect(view.links.get('end')!.from.map((r) => `${r.label} ${r.title}`)).toEqual(['3A Title of a', '3B Title of b']);
  });

  it('draws one box per step and one line per link', () => {
    expect(view.diagram.boxes.map((b) => b.id).sort()).toEqual(['a', 'b', 'end', 'fork', 'start']);
    expect(view.diagram.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['start>fork', 'fork>a', 'fork>b', 'a>end', 'b>end']);
  });
});

describe('splitByAudience', () => {
  it('lists for learners what anyone but employers alone can apply for, and for employers what names them', () => {
    const records = [
      { slug: 'course', audiences: ['school-leavers' as const] },
      { slug: 'host', audiences: ['employers' as const] },
      { slug: 'apprenticeship', audiences: ['career-changers' as const, 'employers' as const] },
    ];
    const { learners, employers } = splitByAudience(records);
    expect(learners.map((r) => r.slug)).toEqual(['course', 'apprenticeship']);
    expect(employers.map((r) => r.slug)).toEqual(['host', 'apprenticeship']);
  });
});

describe('countWord', () => {
  it('writes small counts in words', () => {
    expect([2, 3, 4].map(countWord)).toEqual(['two', 'three', 'four']);
    expect(countWord(12)).toBe('12');
  });
});
