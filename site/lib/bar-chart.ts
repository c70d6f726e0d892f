/**
 * Geometry for a horizontal bar chart drawn as SVG at build time: bars in labelled groups, a
 * scale with round ticks. Pure, so the layout is unit tested and the page ships no script.
 */

export interface ChartGroup {
  label: string;
  bars: { label: string; value: number }[];
}

export type ChartRow =
  | { kind: 'group'; label: string; y: number; lines: string[] }
  | { kind: 'bar'; label: string; value: number; y: number; width: number; labelY: number; barY: number };

export interface ChartLayout {
  width: number;
  height: number;
  /** Where bars start. */
  plotX: number;
  plotWidth: number;
  barHeight: number;
  /** The size of text in user units: the chart is drawn narrow so text stays readable when scaled down to a phone. */
  fontSize: number;
  rows: ChartRow[];
  ticks: { x: number; value: number }[];
}

export interface ChartOptions {
  width?: number;
  fontSize?: number;
}

/** A round maximum for the scale (1, 2, 5 × 10ⁿ) at or above `max`. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max < 0) throw new Error(`niceMax: ${max} is not a count`);
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((m) => m * power >= max)!;
  return step * power;
}

/** Roughly how wide a bold character of the site's sans-serif is, in ems: enough to wrap headings safely. */
const AVERAGE_CHARACTER_WIDTH = 0.62;

/** Splits `text` into lines of at most `max` characters, between words (a longer word gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Lays out the chart with each bar's label on its own line above the bar, so labels never share
 * a line with bars and the drawing can be narrow (360 units): at 320 CSS px its 16-unit text is
 * still 12.8 px. Every value must be a count (a whole number, zero or more).
 */
export function layoutBarChart(groups: readonly ChartGroup[], options: ChartOptions = {}): ChartLayout {
  const { width = 360, fontSize = 16 } = options;
  const values = groups.flatMap((g) => g.bars.map((b) => b.value));
  for (const value of values) if (!Number.isInteger(value) || value < 0) throw new Error(`layoutBarChart: ${value} is not a count`);
  const max = niceMax(Math.max(0, ...values));
  const plotX = 0;
  // Room after the longest bar for its value.
  const plotWidth = width - 3 * fontSize;
  const barHeight = fontSize;
  const line = fontSize * 1.4;
  const rows: ChartRow[] = [];
  let y = 0;
  for (const group of groups) {
    const lines = wrapWords(group.label, Math.floor(width / (fontSize * AVERAGE_CHARACTER_WIDTH)));
    rows.push({ kind: 'group', label: group.label, y, lines });
    y += line * (lines.length + 0.25);
    for (const bar of group.bars) {
      const labelY = y + fontSize;
      const barY = y + line;
      rows.push({ kind: 'bar', label: bar.label, value: bar.value, y, labelY, barY, width: (bar.value / max) * plotWidth });
      y = barY + barHeight + fontSize * 0.6;
    }
    y += fontSize * 0.6;
  }
  const tickCount = max <= 5 ? max : 5;
  const ticks = Array.from({ length: tickCount + 1 }, (_, i) => ({ value: (max / tickCount) * i, x: plotX + (plotWidth / tickCount) * i }));
  return { width, height: y + line, plotX, plotWidth, barHeight, fontSize, rows, ticks };
}
