import { describe, expect, it } from 'vitest';
import { DIAGRAM_TYPE, basisPath, layoutDiagram, wrapText, type DiagramBox, type DiagramStep } from './pathway-diagram.ts';

const step = (id: string, title: string, ...next: string[]): DiagramStep => ({
  id,
  label: id.toUpperCase(),
  title,
  kind: 'education',
  next,
});

const overlap = (a: DiagramBox, b: DiagramBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('Laboratory Scientist degree apprenticeship', 17)).toEqual(['Laboratory', 'Scientist degree', 'apprenticeship']);
  });

  it('splits a word longer than a line with a hyphen', () => {
    expect(wrapText('Biomanufacturing', 8)).toEqual(['Biomanu-', 'facturi-', 'ng']);
  });

  it('refuses a width too small to write in', () => {
    expect(() => wrapText('a', 1)).toThrow(/at least 2 characters/);
  });
});

describe('layoutDiagram', () => {
  // The data science pathway's shape: a four-way choice with a link across it, joining at the end.
  const steps = [
    step('a', 'Start with a degree or a level 3 qualification', 'b', 'c', 'd', 'e'),
    step('b', 'Data technician apprenticeship', 'c'),
    step('c', 'Data scientist degree apprenticeship', 'f'),
    step('d', 'Skills Bootcamp or certificate in data analysis', 'f'),
    step('e', 'Summer data science internship', 'f'),
    step('f', 'Data analyst, bioinformatician or data scientist'),
  ];
  const diagram = layoutDiagram(steps);

  it('draws one box per step and one line per link', () => {
    expect(diagram.boxes.map((b) => b.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(diagram.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['a>b', 'a>c', 'a>d', 'a>e', 'b>c', 'c>f', 'd>f', 'e>f']);
  });

  it('lets no two boxes overlap, and keeps every box inside the drawing', () => {
    for (const [i, a] of diagram.boxes.entries()) {
      for (const b of diagram.boxes.slice(i + 1)) expect(overlap(a, b), `${a.id} and ${b.id}`).toBe(false);
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(diagram.width);
      expect(a.y + a.height).toBeLessThanOrEqual(diagram.height);
    }
  });

  it('reads top to bottom: every line goes down from its step to the next', () => {
    const box = new Map(diagram.boxes.map((b) => [b.id, b]));
    for (const edge of diagram.edges) expect(box.get(edge.to)!.y, `${edge.from}>${edge.to}`).toBeGreaterThan(box.get(edge.from)!.y);
  });

  it('keeps the routes of a choice in the order they are lettered', () => {
    const x = (id: string) => diagram.boxes.find((b) => b.id === id)!.x;
    expect(x('d')).toBeLessThan(x('e'));
  });

  it('makes each box tall enough for its number and title', () => {
    for (const b of diagram.boxes) expect(b.height).toBe(2 * DIAGRAM_TYPE.padding + (b.lines.length + 1) * DIAGRAM_TYPE.lineHeight);
  });

  it('names a link to a step that does not exist', () => {
    expect(() => layoutDiagram([step('a', 'A', 'missing')])).toThrow(/"a" leads to "missing"/);
  });
});

describe('basisPath', () => {
  it('draws a straight line through two points', () => {
    expect(
      basisPath([
        { x: 0, y: 0 },
        { x: 0, y: 10 },
      ]),
    ).toBe('M0 0 L0 10');
  });

  it('starts and ends on the first and last points and curves between', () => {
    const path = basisPath([
      { x: 0, y: 0 },
      { x: 60, y: 30 },
      { x: 0, y: 60 },
    ]);
    expect(path.startsWith('M0 0 L10 5 C')).toBe(true);
    expect(path.endsWith('L0 60')).toBe(true);
  });
});
