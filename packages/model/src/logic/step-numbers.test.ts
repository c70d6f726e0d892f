import { describe, expect, it } from 'vitest';
import { layoutPathway, type LayoutStep } from './pathway-layout.ts';
import { numberSteps, routeLetter } from './step-numbers.ts';

const s = (id: string, ...next: string[]): LayoutStep => ({ id, next });
const numbers = (steps: LayoutStep[]) => Object.fromEntries(numberSteps(layoutPathway(steps)));

describe('numberSteps', () => {
  it('counts a straight route 1, 2, 3', () => {
    expect(numbers([s('a', 'b'), s('b', 'c'), s('c')])).toEqual({ a: '1', b: '2', c: '3' });
  });

  it('gives the routes of a branch one number and a letter each, and the join the next number', () => {
    const steps = [s('t-level', 'placement'), s('placement', 'apprentice', 'degree'), s('apprentice', 'job'), s('degree', 'job'), s('job')];
    expect(numbers(steps)).toEqual({ 't-level': '1', placement: '2', apprentice: '3A', degree: '3B', job: '4' });
  });

  it('continues each route with its own letter, and numbers the join after the longest route', () => {
    const steps = [s('a', 'b', 'c'), s('b', 'b2'), s('b2', 'z'), s('c', 'z'), s('z')];
    expect(numbers(steps)).toEqual({ a: '1', b: '2A', b2: '3A', c: '2B', z: '4' });
  });

  it('numbers the flagship pathway as it reads: three choices after the placement', () => {
    const steps = [
      s('t-level', 'placement'),
      s('placement', 'degree-apprenticeship', 'full-time-degree', 'technician-apprenticeship'),
      s('degree-apprenticeship', 'scientist'),
      s('full-time-degree', 'scientist'),
      s('technician-apprenticeship', 'technician'),
      s('technician'),
      s('scientist'),
    ];
    expect(numbers(steps)).toEqual({
      't-level': '1',
      placement: '2',
      'degree-apprenticeship': '3A',
      scientist: '4A',
      'full-time-degree': '3B',
      'technician-apprenticeship': '3C',
      technician: '4C',
    });
  });

  it('keeps labels unique for a branch inside a route', () => {
    const steps = [s('a', 'b', 'c'), s('b', 'b1', 'b2'), s('b1'), s('b2'), s('c')];
    const labels = numbers(steps);
    expect(labels).toEqual({ a: '1', b: '2A', b1: '3AA', b2: '3AB', c: '2B' });
    expect(new Set(Object.values(labels)).size).toBe(5);
  });

  it('numbers every step, including ones no route reaches', () => {
    expect(numbers([s('a', 'b'), s('b'), s('lost')])).toEqual({ a: '1', b: '2', lost: '3' });
  });
});

describe('routeLetter', () => {
  it('gives A, B, C for the first three routes', () => {
    expect([0, 1, 2].map(routeLetter)).toEqual(['A', 'B', 'C']);
  });
});
