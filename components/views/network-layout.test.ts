import { describe, expect, it } from 'vitest';
import { connectionPath, layoutNetwork, weightStrokePx } from './network-layout';

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
    const d = connectionPath(layout.columns[0]![0]!, layout.columns[1]![0]!, 40);
    expect(d.startsWith(`M40,${layout.columns[0]![0]!.yPx}`)).toBe(true);
    expect(d.endsWith(`180,${layout.columns[1]![0]!.yPx}`)).toBe(true);
  });
});

describe('weightStrokePx', () => {
  it('grows with magnitude and is bounded', () => {
    expect(weightStrokePx(0.1)).toBeLessThan(weightStrokePx(-1));
    expect(weightStrokePx(100)).toBe(6);
    expect(weightStrokePx(Number.NaN)).toBe(1);
  });
});
