import { linkHorizontal } from 'd3-shape';

/** Where each node of the network diagram sits, in pixels of the diagram's own box. */
export interface NodePosition {
  /** 0 is the input column, 1 … L the hidden layers and the output. */
  layer: number;
  unit: number;
  /** Centre of the node. */
  xPx: number;
  yPx: number;
  /** Side of the (square) node: smaller in compact columns. */
  sizePx: number;
}

export interface NetworkLayout {
  widthPx: number;
  heightPx: number;
  nodeSizePx: number;
  /** columns[layer][unit] */
  columns: NodePosition[][];
  /** Whether each column is drawn as a compact grid of small nodes. */
  isCompact: boolean[];
  /** The horizontal centre of each column (of its grid, for a compact one). */
  columnXsPx: number[];
}

export interface LayoutOptions {
  widthPx: number;
  /** Nodes in each column, input column first, output column last. */
  columnSizes: readonly number[];
  nodeSizePx: number;
  /** Vertical gap between nodes. */
  gapPx: number;
  paddingTopPx: number;
  /** Columns with more nodes than this are drawn as a compact grid (default: never). */
  compactAbove?: number;
  /** Gap between the nodes of a compact grid. */
  compactGapPx?: number;
  /** Height a compact grid may use; the diagram grows to it only when a compact column needs it. */
  compactHeightPx?: number;
  /** Share of the distance between column centres a compact grid may use. */
  compactWidthShare?: number;
}

interface GridFit {
  perRow: number;
  rows: number;
  sizePx: number;
}

/**
 * The largest square node size at which `count` nodes fit in a box, trying 1, 2, … nodes per row;
 * ties go to fewer nodes per row. Never larger than `maxSizePx`.
 */
export function fitGrid(count: number, boxWidthPx: number, boxHeightPx: number, gapPx: number, maxSizePx: number): GridFit {
  let best: GridFit = { perRow: 1, rows: count, sizePx: -Infinity };
  for (let perRow = 1; perRow <= count; perRow++) {
    const rows = Math.ceil(count / perRow);
    const byHeight = (boxHeightPx + gapPx) / rows - gapPx;
    const byWidth = (boxWidthPx + gapPx) / perRow - gapPx;
    const sizePx = Math.floor(Math.min(byHeight, byWidth, maxSizePx));
    if (sizePx > best.sizePx) best = { perRow, rows, sizePx };
  }
  return { ...best, sizePx: Math.max(2, best.sizePx) };
}

/**
 * Columns spread evenly across the width; nodes stacked from the top of each column, centred on the
 * tallest. A column with more than `compactAbove` nodes becomes a grid of smaller nodes (row-major:
 * unit j in row ⌊j / perRow⌋), so a 64-unit layer fits beside the others.
 */
export function layoutNetwork(options: LayoutOptions): NetworkLayout {
  const { widthPx, columnSizes, nodeSizePx, gapPx, paddingTopPx } = options;
  const compactAbove = options.compactAbove ?? Infinity;
  const compactGapPx = options.compactGapPx ?? 2;
  const compactWidthShare = options.compactWidthShare ?? 0.6;
  const isCompact = columnSizes.map((size) => size > compactAbove);

  const tallestRegular = Math.max(1, ...columnSizes.map((size) => Math.min(size, compactAbove)));
  const regularHeight = tallestRegular * nodeSizePx + (tallestRegular - 1) * gapPx;
  const compactBudget = Math.max(regularHeight, options.compactHeightPx ?? regularHeight);

  const columnCount = columnSizes.length;
  const usable = widthPx - nodeSizePx;
  const spacing = columnCount > 1 ? usable / (columnCount - 1) : usable;
  const compactWidth = Math.max(nodeSizePx, spacing * compactWidthShare);
  const grids = columnSizes.map((size, i) => (isCompact[i] ? fitGrid(size, compactWidth, compactBudget, compactGapPx, nodeSizePx) : null));
  const gridHeight = (grid: GridFit) => grid.rows * grid.sizePx + (grid.rows - 1) * compactGapPx;
  const columnHeight = Math.max(regularHeight, ...grids.map((grid) => (grid ? gridHeight(grid) : 0)));
  const heightPx = paddingTopPx + columnHeight + gapPx;

  const columnXsPx = columnSizes.map((_, layer) => nodeSizePx / 2 + (columnCount > 1 ? spacing * layer : usable / 2));
  const columns = columnSizes.map((size, layer) => {
    const xPx = columnXsPx[layer]!;
    const grid = grids[layer];
    if (grid) {
      const step = grid.sizePx + compactGapPx;
      const top = paddingTopPx + (columnHeight - gridHeight(grid)) / 2;
      const left = xPx - (Math.min(size, grid.perRow) * step - compactGapPx) / 2;
      return Array.from({ length: size }, (_, unit) => ({
        layer,
        unit,
        xPx: left + (unit % grid.perRow) * step + grid.sizePx / 2,
        yPx: top + Math.floor(unit / grid.perRow) * step + grid.sizePx / 2,
        sizePx: grid.sizePx,
      }));
    }
    const ownHeight = size * nodeSizePx + (size - 1) * gapPx;
    const top = paddingTopPx + (columnHeight - ownHeight) / 2;
    return Array.from({ length: size }, (_, unit) => ({
      layer,
      unit,
      xPx,
      yPx: top + unit * (nodeSizePx + gapPx) + nodeSizePx / 2,
      sizePx: nodeSizePx,
    }));
  });
  return { widthPx, heightPx, nodeSizePx, columns, isCompact, columnXsPx };
}

const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();

/** The SVG path of the connection from the right edge of one node to the left edge of the next. */
export function connectionPath(from: NodePosition, to: NodePosition): string {
  return (
    link({
      source: [from.xPx + from.sizePx / 2, from.yPx],
      target: [to.xPx - to.sizePx / 2, to.yPx],
    }) ?? ''
  );
}

/** Stroke width for a weight: grows with |w|, bounded so big weights do not cover the diagram. */
export function weightStrokePx(weight: number, maxPx = 6): number {
  if (!Number.isFinite(weight)) return 1;
  return Math.min(maxPx, 0.5 + Math.abs(weight) * 1.5);
}
