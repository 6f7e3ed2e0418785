import { describe, expect, it } from 'vitest';
import { connectionPath, fitGrid, layoutNetwork, weightStrokePx } from './network-layout';

describe('layoutNetwork', () => {
  const layout = layoutNetwork({ widthPx: 400, columnSizes: [2, 4, 1], nodeSizePx: 40, gapPx: 10, paddingTopPx: 0 });

  it('places one column per layer with the right number of nodes', () => {
    expect(layout.columns.map((c) => c.length)).toEqual([2, 4, 1]);
  });
  it('spreads columns from edge to edge', () => {
    expect(layout.columns[0]![0]!.xPx).toBe(20);
    expect(layout.columns[2]![0]!.xPx).toBe(380);
    expect(layout.columns[1]![0]!.xPx).toBe(200);
  });
  it('centres shorter columns on the tallest one', () => {
    const tallMid = (layout.columns[1]![0]!.yPx + layout.columns[1]![3]!.yPx) / 2;
    expect(layout.columns[2]![0]!.yPx).toBeCloseTo(tallMid);
    expect(layout.heightPx).toBe(4 * 40 + 3 * 10 + 10);
  });
  it('draws a connection from the right edge of the source to the left edge of the target', () => {
    const d = connectionPath(layout.columns[0]![0]!, layout.columns[1]![0]!);
    expect(d.startsWith(`M40,${layout.columns[0]![0]!.yPx}`)).toBe(true);
    expect(d.endsWith(`180,${layout.columns[1]![0]!.yPx}`)).toBe(true);
  });
});

describe('layoutNetwork with compact columns', () => {
  const options = { widthPx: 480, nodeSizePx: 36, gapPx: 10, paddingTopPx: 64, compactAbove: 8, compactGapPx: 2, compactHeightPx: 520 };
  const regular = layoutNetwork({ ...options, columnSizes: [7, 8, 1] });
  const wide = layoutNetwork({ ...options, columnSizes: [7, 64, 1] });

  it('leaves networks of at most 8 units per layer as they were', () => {
    expect(regular.isCompact).toEqual([false, false, false]);
    expect(regular.columns.flat().every((n) => n.sizePx === 36)).toBe(true);
    expect(regular.heightPx).toBe(64 + 8 * 36 + 7 * 10 + 10);
    expect(layoutNetwork({ ...options, compactAbove: undefined, columnSizes: [7, 8, 1] })).toEqual(regular);
  });

  it('draws a 64-unit layer as a grid of smaller nodes that do not overlap', () => {
    expect(wide.isCompact).toEqual([false, true, false]);
    const nodes = wide.columns[1]!;
    expect(nodes).toHaveLength(64);
    const size = nodes[0]!.sizePx;
    expect(size).toBeLessThan(36);
    expect(size).toBeGreaterThanOrEqual(12);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        expect(Math.abs(a.xPx - b.xPx) >= size || Math.abs(a.yPx - b.yPx) >= size).toBe(true);
      }
    }
  });

  it('keeps the grid inside its height budget and between its neighbours', () => {
    const nodes = wide.columns[1]!;
    const top = Math.min(...nodes.map((n) => n.yPx - n.sizePx / 2));
    const bottom = Math.max(...nodes.map((n) => n.yPx + n.sizePx / 2));
    expect(top).toBeGreaterThanOrEqual(64);
    expect(bottom - top).toBeLessThanOrEqual(520);
    expect(wide.heightPx).toBeLessThanOrEqual(64 + 520 + 10);
    const left = Math.min(...nodes.map((n) => n.xPx - n.sizePx / 2));
    const right = Math.max(...nodes.map((n) => n.xPx + n.sizePx / 2));
    expect(left).toBeGreaterThan(wide.columns[0]![0]!.xPx + 18);
    expect(right).toBeLessThan(wide.columns[2]![0]!.xPx - 18);
  });

  it('connects to a compact node at its own edges', () => {
    const target = wide.columns[1]![5]!;
    const d = connectionPath(wide.columns[0]![0]!, target);
    expect(d.endsWith(`${target.xPx - target.sizePx / 2},${target.yPx}`)).toBe(true);
  });
});

describe('fitGrid', () => {
  it('picks the number of nodes per row that gives the largest nodes', () => {
    expect(fitGrid(4, 100, 100, 0, 1000)).toEqual({ perRow: 2, rows: 2, sizePx: 50 });
    expect(fitGrid(64, 100, 400, 0, 1000)).toEqual({ perRow: 4, rows: 16, sizePx: 25 });
  });
  it('never exceeds the maximum size', () => {
    expect(fitGrid(2, 500, 500, 0, 36).sizePx).toBe(36);
    expect(fitGrid(2, 500, 500, 0, 36).perRow).toBe(1);
  });
});

describe('weightStrokePx', () => {
  it('grows with magnitude and is bounded', () => {
    expect(weightStrokePx(0.1)).toBeLessThan(weightStrokePx(-1));
    expect(weightStrokePx(100)).toBe(6);
    expect(weightStrokePx(Number.NaN)).toBe(1);
  });
});
