import { describe, expect, it } from 'vitest';
import { achieved, forwardMultiplyAdds, limitOf, scalingWorkloads, stepMultiplyAdds } from './scaling';
import { chartMarks, decadesOf, scalingChartSvg, type ChartRow } from './scaling-chart';

describe('scaling workloads', () => {
  it('are widths 8 … 64 × depths 1, 3, 6 × the two data settings', () => {
    const workloads = scalingWorkloads();
    expect(workloads).toHaveLength(24);
    expect(new Set(workloads.map((w) => w.id)).size).toBe(24);
    const g = workloads.find((w) => w.depth === 6 && w.width === 64 && w.batch === 10)!;
    expect(g.sizes).toEqual([2, 64, 64, 64, 64, 64, 64, 1]);
    expect(g.examplesPerStep).toBe(10);
    expect(workloads.find((w) => w.depth === 1 && w.width === 8 && w.batch === 'full')!.examplesPerStep).toBe(5000);
  });

  it('count the multiply-adds of a forward pass and of a step', () => {
    expect(forwardMultiplyAdds([2, 3, 1])).toBe(2 * 3 + 3 * 1);
    // forward 9, dW 9, dA only into layer 1: 3 × 1.
    expect(stepMultiplyAdds([2, 3, 1], 1)).toBe(9 + 9 + 3);
    // Scenario G: about 0.74 M a step of 10 examples.
    expect(stepMultiplyAdds([2, 64, 64, 64, 64, 64, 64, 1], 10)).toBe(10 * (3 * (128 + 5 * 4096 + 64) - 128));
  });
});

describe('achieved against the limit', () => {
  it('gives G/s, the share of the limit and, for small steps only, the fixed cost per step', () => {
    const big = achieved(4e6, 2, 8);
    expect(big.gigaMultiplyAddsPerSecond).toBeCloseTo(2, 12);
    expect(big.percentOfLimit).toBeCloseTo(25, 12);
    expect(big.fixedCostUs).toBeNull();
    // 1,000 multiply-adds at 1 G/s take 1 µs; a 6-µs step has 5 µs of fixed cost.
    const small = achieved(1000, 0.006, 1);
    expect(small.fixedCostUs).toBeCloseTo(5, 9);
    expect(achieved(1000, 0.0005, 1).fixedCostUs).toBe(0);
    expect(limitOf(0.4, 8.5)).toBe(8.5);
    expect(limitOf(1.2, 0.3)).toBe(1.2);
  });
});

describe('scaling chart', () => {
  const rows: ChartRow[] = [
    { id: 'a', multiplyAdds: 300, js: 0.2, tfjs: 0.01, limit: 0.5, kind: 'train' },
    { id: 'b', multiplyAdds: 4e8, js: 0.9, tfjs: null, limit: 8, kind: 'grid' },
  ];

  it('spans whole decades', () => {
    expect(decadesOf(300, 4e8)).toEqual([100, 1e9]);
    expect(decadesOf(5, 5)).toEqual([1, 10]);
  });

  it('puts more work further right and faster rates higher, one mark per measured value', () => {
    const { marks } = chartMarks(rows);
    expect(marks).toHaveLength(5);
    const at = (id: string, series: string) => marks.find((m) => m.id === id && m.series === series)!;
    expect(at('b', 'js').x).toBeGreaterThan(at('a', 'js').x);
    expect(at('a', 'limit').y).toBeLessThan(at('a', 'js').y);
    expect(at('a', 'js').y).toBeLessThan(at('a', 'tfjs').y);
    // Bottom-left corner of the plot: 100 multiply-adds at 0.01 G/s.
    expect(at('a', 'tfjs').y).toBeCloseTo(440 - 50, 9);
  });

  it('is an SVG document with a titled mark per value, hollow for the grid', () => {
    const svg = scalingChartSvg(rows, 'test <run>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>test &lt;run></title>');
    expect(svg.match(/<title>[ab] /g)).toHaveLength(5);
    expect(svg).toContain('<title>b grid js</title>');
    expect(svg).toMatch(/<circle [^>]*fill="none"[^>]*><title>b grid js/);
  });
});
