import { describe, expect, it } from 'vitest';
import { connectionPath, fitGrid, layoutNetwork, weightStrokePx } from './network-layout';
import { HEADER_GAP_PX, HEADER_WIDTH_PX, OUTPUT_LABEL_MIN_PX, fitDiagramWidthPx, headerVariant, layoutHeaders, minimumPitchPx } from './header-layout';

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

describe('header boxes of the network diagram', () => {
  const NODE_PX = 36;
  // The page's widths: the default 436 px, a 390-px phone (≈ 290 px left for the diagram), a wide screen.
  const pageWidths = [436, 290, 1000];
  const cases = pageWidths.flatMap((preferred) => [0, 1, 2, 3, 4, 5, 6].map((hidden) => ({ preferred, hidden })));

  it.each(cases)('never overlap and stay inside the diagram ($hidden hidden layers, $preferred px)', ({ preferred, hidden }) => {
    const columnSizes = [7, ...Array.from({ length: hidden }, () => 64), 1];
    const widthPx = fitDiagramWidthPx(436, preferred, columnSizes.length, NODE_PX);
    const layout = layoutNetwork({ widthPx, columnSizes, nodeSizePx: NODE_PX, gapPx: 10, paddingTopPx: 64, compactAbove: 8 });
    const boxes = layoutHeaders(layout.columnXsPx, layout.widthPx);
    expect(boxes.map((b) => b.column)).toEqual(columnSizes.map((_, i) => i));
    expect(boxes[0]!.leftPx).toBeGreaterThanOrEqual(0);
    const last = boxes[boxes.length - 1]!;
    expect(last.leftPx + last.widthPx).toBeLessThanOrEqual(layout.widthPx + 1e-9);
    expect(last.widthPx).toBeGreaterThanOrEqual(OUTPUT_LABEL_MIN_PX);
    for (let i = 1; i < boxes.length; i++) {
      const left = boxes[i - 1]!;
      expect(boxes[i]!.leftPx - (left.leftPx + left.widthPx)).toBeGreaterThanOrEqual(HEADER_GAP_PX - 1e-9);
    }
    for (const box of boxes.slice(1, -1)) expect(box.widthPx).toBe(HEADER_WIDTH_PX[box.variant]);
  });

  it('fits six hidden layers in the default 436 px with compact headers, one to three with full ones', () => {
    expect(fitDiagramWidthPx(436, undefined, 8, NODE_PX)).toBe(436);
    const xs = (columns: number) => Array.from({ length: columns }, (_, i) => 18 + (i * 400) / (columns - 1));
    expect(layoutHeaders(xs(8), 436)[1]!.variant).toBe('compact');
    expect(layoutHeaders(xs(5), 436)[1]!.variant).toBe('full');
    expect(layoutHeaders(xs(3), 436).map((b) => b.variant)).toEqual(['full', 'full', 'full']);
  });

  it('grows past the room the page has only when the headers need it', () => {
    expect(fitDiagramWidthPx(436, 290, 3, NODE_PX)).toBe(290);
    expect(fitDiagramWidthPx(436, 290, 8, NODE_PX)).toBe(NODE_PX + 7 * minimumPitchPx(NODE_PX));
    expect(fitDiagramWidthPx(436, 1000, 8, NODE_PX)).toBe(436);
  });

  it('picks the widest header variant that fits the pitch', () => {
    expect(headerVariant(HEADER_WIDTH_PX.full + HEADER_GAP_PX)).toBe('full');
    expect(headerVariant(HEADER_WIDTH_PX.full)).toBe('compact');
    expect(headerVariant(HEADER_WIDTH_PX.compact)).toBeNull();
  });
});
