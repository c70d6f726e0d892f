import { describe, expect, it } from 'vitest';
import { layoutBarChart, niceMax, wrapWords } from './bar-chart.ts';

describe('niceMax', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 48, 51, 999].map(niceMax)).toEqual([1, 1, 5, 10, 20, 50, 100, 1000]);
  });
  it('refuses a negative count', () => {
    expect(() => niceMax(-1)).toThrow(/not a count/);
  });
});

describe('layoutBarChart', () => {
  const chart = layoutBarChart([
    {
      label: 'Specialist',
      bars: [
        { label: 'Lab', value: 10 },
        { label: 'Data', value: 5 },
      ],
    },
    { label: 'Entry', bars: [{ label: 'Care', value: 0 }] },
  ]);

  it('scales bars to the plot width against a round maximum', () => {
    const bars = chart.rows.filter((row) => row.kind === 'bar');
    expect(bars.map((b) => b.width)).toEqual([chart.plotWidth, chart.plotWidth / 2, 0]);
  });

  it('puts each group heading above its bars, in order, inside the height', () => {
    expect(chart.rows.map((row) => row.label)).toEqual(['Specialist', 'Lab', 'Data', 'Entry', 'Care']);
    const ys = chart.rows.map((row) => row.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(chart.height).toBeGreaterThan(ys.at(-1)!);
  });

  it('draws ticks from 0 to the maximum', () => {
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('puts each bar’s label on its own line above the bar, inside the drawing', () => {
    for (const row of chart.rows) {
      if (row.kind !== 'bar') continue;
      expect(row.labelY).toBeLessThan(row.barY);
      expect(row.barY + chart.barHeight).toBeLessThan(chart.height);
      expect(chart.plotX + row.width).toBeLessThanOrEqual(chart.width);
    }
  });

  it('is narrow enough that its text is at least 12 px on a 320 px screen (288 px of content)', () => {
    expect((chart.fontSize * 288) / chart.width).toBeGreaterThanOrEqual(12);
  });

  it('refuses values that are not counts', () => {
    expect(() => layoutBarChart([{ label: 'x', bars: [{ label: 'y', value: 1.5 }] }])).toThrow(/1.5 is not a count/);
  });
});

describe('wrapWords', () => {
  it('wraps between words, keeping each line within the limit', () => {
    expect(wrapWords('Commercial, business and people management', 30)).toEqual(['Commercial, business and', 'people management']);
    expect(wrapWords('Short', 30)).toEqual(['Short']);
  });
});
