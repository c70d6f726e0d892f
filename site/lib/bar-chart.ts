/**
 * Geometry for a horizontal bar chart drawn as SVG at build time: bars in labelled groups, a
 * scale with round ticks. Pure, so the layout is unit tested and the page ships no script.
 */

export interface ChartGroup {
  label: string;
  bars: { label: string; value: number }[];
}

export type ChartRow =
  { kind: 'group'; label: string; y: number } | { kind: 'bar'; label: string; value: number; y: number; width: number };

export interface ChartLayout {
  width: number;
  height: number;
  /** Where bars start (after the labels). */
  plotX: number;
  plotWidth: number;
  barHeight: number;
  rows: ChartRow[];
  ticks: { x: number; value: number }[];
}

export interface ChartOptions {
  width?: number;
  labelWidth?: number;
  rowHeight?: number;
}

/** A round maximum for the scale (1, 2, 5 × 10ⁿ) at or above `max`. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max < 0) throw new Error(`niceMax: ${max} is not a count`);
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((m) => m * power >= max)!;
  return step * power;
}

/** Lays out the chart; every value must be a count (a whole number, zero or more). */
export function layoutBarChart(groups: readonly ChartGroup[], options: ChartOptions = {}): ChartLayout {
  const { width = 720, labelWidth = 300, rowHeight = 30 } = options;
  const values = groups.flatMap((g) => g.bars.map((b) => b.value));
  for (const value of values) if (!Number.isInteger(value) || value < 0) throw new Error(`layoutBarChart: ${value} is not a count`);
  const max = niceMax(Math.max(0, ...values));
  const plotX = labelWidth;
  const plotWidth = width - labelWidth - 48;
  const rows: ChartRow[] = [];
  let y = 0;
  for (const group of groups) {
    rows.push({ kind: 'group', label: group.label, y });
    y += rowHeight;
    for (const bar of group.bars) {
      rows.push({ kind: 'bar', label: bar.label, value: bar.value, y, width: (bar.value / max) * plotWidth });
      y += rowHeight;
    }
    y += rowHeight / 2;
  }
  const tickCount = max <= 5 ? max : 5;
  const ticks = Array.from({ length: tickCount + 1 }, (_, i) => ({ value: (max / tickCount) * i, x: plotX + (plotWidth / tickCount) * i }));
  return { width, height: y + 24, plotX, plotWidth, barHeight: rowHeight * 0.6, rows, ticks };
}
