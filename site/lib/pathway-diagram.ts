import { Graph, layout } from '@dagrejs/dagre';
import type { PathwayStepKind } from '@opportunities-hub/model';

/**
 * The overview diagram of a pathway, laid out at build time so the page needs no script to show
 * it. dagre (a layered graph layout, the one Mermaid and many others use) places the boxes and
 * routes the lines; this module only measures the boxes and turns its answer into SVG geometry.
 * A layout of our own would have to solve the same crossing and spacing problems dagre already
 * solves and tests (the data science pathway has a four-way branch with a link across it).
 */

/** What the diagram needs of a step. */
export interface DiagramStep {
  id: string;
  /** The step's number as the page shows it, e.g. "3A". */
  label: string;
  title: string;
  kind: PathwayStepKind;
  /** Ids of the steps that follow (already resolved: a left-out `next` means the following step). */
  next: string[];
}

/** A step's box, top-left corner and size in SVG user units, with its title broken into lines. */
export interface DiagramBox {
  id: string;
  label: string;
  kind: PathwayStepKind;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line from one box to the next: an SVG path and the arrowhead's polygon points. */
export interface DiagramEdge {
  from: string;
  to: string;
  path: string;
  arrow: string;
}

export interface PathwayDiagram {
  width: number;
  height: number;
  boxes: DiagramBox[];
  edges: DiagramEdge[];
}

/** Type sizes the layout assumes; the stylesheet uses the same numbers (see pathway-diagram.css). */
export const DIAGRAM_TYPE = {
  fontSize: 14,
  lineHeight: 18,
  /** Generous average glyph width in em, so titles fit their boxes in wide fonts too (tested in Chromium). */
  glyphWidth: 0.56,
  boxWidth: 180,
  padding: 10,
} as const;

const ARROW = 8;
const RANK_GAP = 36;

type Point = { x: number; y: number };

/** A link between two steps with dagre's route for it, and the bends of that route on the ranks it passes. */
interface Link {
  from: string;
  to: string;
  points: Point[];
  bends: Point[];
}

/** Breaks text into lines of at most `maxChars`, at spaces; a longer word is split with a hyphen. */
export function wrapText(text: string, maxChars: number): string[] {
  if (maxChars < 2) throw new Error(`wrapText needs room for at least 2 characters a line, not ${maxChars}`);
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > maxChars) {
      if (line) lines.push(line);
      lines.push(`${word.slice(0, maxChars - 1)}-`);
      word = word.slice(maxChars - 1);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out the steps top to bottom: one box per step, one line per `next` link. */
export function layoutDiagram(steps: readonly DiagramStep[]): PathwayDiagram {
  const { fontSize, lineHeight, glyphWidth, boxWidth, padding } = DIAGRAM_TYPE;
  const maxChars = Math.floor((boxWidth - 2 * padding) / (fontSize * glyphWidth));
  const graph = new Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 20, ranksep: RANK_GAP, edgesep: 12, marginx: 2, marginy: 2, rankalign: 'top' });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(steps.map((s) => s.id));
  const lines = new Map(steps.map((s) => [s.id, wrapText(s.title, maxChars)]));
  for (const step of steps) {
    // One line for the step's number, then its title.
    const height = 2 * padding + (1 + lines.get(step.id)!.length) * lineHeight;
    graph.setNode(step.id, { width: boxWidth, height });
  }
  for (const step of steps) {
    for (const target of step.next) {
      if (!ids.has(target)) throw new Error(`Pathway step "${step.id}" leads to "${target}", which is not one of its steps`);
      graph.setEdge(step.id, target);
    }
  }
  // Keep a branch's routes left to right in the order the page letters them (A, B, C).
  const constraints = steps.flatMap((s) => s.next.slice(1).map((right, i) => ({ left: s.next[i]!, right })));
  layout(graph, { constraints });

  const boxes = steps.map((step): DiagramBox => {
    const node = graph.node(step.id) as { x: number; y: number; width: number; height: number };
    return {
      id: step.id,
      label: step.label,
      kind: step.kind,
      lines: lines.get(step.id)!,
      x: round(node.x - node.width / 2),
      y: round(node.y - node.height / 2),
      width: node.width,
      height: node.height,
    };
  });
  const box = new Map(boxes.map((b) => [b.id, b]));
  const route = (from: string, to: string) => (graph.edge(from, to) as { points: Point[] }).points;
  const gap = RANK_GAP / 2;
  const links = steps.flatMap((step) =>
    step.next.map((to): Link => {
      const points = route(step.id, to);
      const [above, below] = [box.get(step.id)!, box.get(to)!];
      // dagre's bends on the ranks a line passes (round the boxes there); those in the gaps would kink it.
      const bends = points.slice(1, -1).filter((p) => p.y > above.y + above.height + gap && p.y < below.y - gap);
      return { from: step.id, to, points, bends };
    }),
  );
  const ports = edgePorts(links, box);
  const edges = links.map(({ from, to, points, bends }, i): DiagramEdge => {
    const { start, end } = ports[i]!;
    if (end.y <= start.y) return { from, to, ...edgeGeometry(points) };
    // Leave the box straight down and arrive straight down. A bend runs straight down past its
    // rank's boxes (doubled points keep the spline on the vertical), so no line cuts through a box.
    const runs = bends.flatMap((p) => {
      const rank = boxes.filter((b) => b.y <= p.y && p.y <= b.y + b.height);
      const top = Math.min(p.y, ...rank.map((b) => b.y)) - 4;
      const bottom = Math.max(p.y, ...rank.map((b) => b.y + b.height)) + 4;
      return [top, top, bottom, bottom].map((y) => ({ x: p.x, y }));
    });
    const path = [start, { x: start.x, y: start.y + gap / 2 }, ...runs, { x: end.x, y: end.y - gap }, end];
    return { from, to, ...edgeGeometry(path) };
  });
  const size = graph.graph() as { width: number; height: number };
  return { width: Math.ceil(size.width), height: Math.ceil(size.height), boxes, edges };
}

/**
 * Where each line leaves its step and meets the next: lines out of one box are spread along its
 * bottom edge, and lines into one box along its top edge, each in the left-to-right order of the
 * box at the other end, so lines meeting at a box do not cross just above it.
 */
function edgePorts(links: Link[], box: Map<string, DiagramBox>): { start: Point; end: Point }[] {
  const centre = (id: string) => box.get(id)!.x + box.get(id)!.width / 2;
  // A line is ordered by where it heads on leaving (its first bend, or the box it goes to) and
  // where it comes from on arriving (its last bend, or the box it leaves).
  const leaving = (l: Link) => l.bends[0]?.x ?? centre(l.to);
  const arriving = (l: Link) => l.bends[l.bends.length - 1]?.x ?? centre(l.from);
  const place = (id: string, siblings: Link[], link: Link, key: (l: Link) => number) => {
    const sorted = [...siblings].sort((a, b) => key(a) - key(b));
    const room = box.get(id)!.width / 2 - 16;
    const offset = (sorted.indexOf(link) - (sorted.length - 1) / 2) * 18;
    return centre(id) + Math.max(-room, Math.min(room, offset));
  };
  return links.map((link) => {
    const [above, below] = [box.get(link.from)!, box.get(link.to)!];
    const outs = links.filter((l) => l.from === link.from);
    const ins = links.filter((l) => l.to === link.to);
    return {
      start: { x: place(link.from, outs, link, leaving), y: above.y + above.height },
      end: { x: place(link.to, ins, link, arriving), y: below.y },
    };
  });
}

/** A smooth path through the points, stopping short of the last one where the arrowhead takes over. */
function edgeGeometry(points: { x: number; y: number }[]): { path: string; arrow: string } {
  const end = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const ux = (end.x - before.x) / length;
  const uy = (end.y - before.y) / length;
  const base = { x: end.x - ux * ARROW, y: end.y - uy * ARROW };
  const half = ARROW / 2;
  const arrow = [end, { x: base.x - uy * half, y: base.y + ux * half }, { x: base.x + uy * half, y: base.y - ux * half }]
    .map((p) => `${round(p.x)},${round(p.y)}`)
    .join(' ');
  return { path: basisPath([...points.slice(0, -1), base]), arrow };
}

/**
 * A uniform cubic B-spline through the points, as SVG path commands: it starts and ends on the
 * first and last points and bends smoothly at the ones between, where dagre routes around boxes.
 */
export function basisPath(points: readonly Point[]): string {
  const f = (p: Point) => `${round(p.x)} ${round(p.y)}`;
  const mix = (a: Point, b: Point, wa: number, wb: number, c?: Point, wc = 0): Point => {
    const total = wa + wb + wc;
    return { x: (a.x * wa + b.x * wb + (c ? c.x * wc : 0)) / total, y: (a.y * wa + b.y * wb + (c ? c.y * wc : 0)) / total };
  };
  if (points.length < 3) return points.map((p, i) => `${i ? 'L' : 'M'}${f(p)}`).join(' ');
  const commands = [`M${f(points[0]!)}`, `L${f(mix(points[0]!, points[1]!, 5, 1))}`];
  const curve = (p0: Point, p1: Point, p: Point) =>
    commands.push(`C${f(mix(p0, p1, 2, 1))} ${f(mix(p0, p1, 1, 2))} ${f(mix(p0, p1, 1, 4, p, 1))}`);
  for (let i = 2; i < points.length; i++) curve(points[i - 2]!, points[i - 1]!, points[i]!);
  const last = points[points.length - 1]!;
  curve(points[points.length - 2]!, last, last);
  commands.push(`L${f(last)}`);
  return commands.join(' ');
}
