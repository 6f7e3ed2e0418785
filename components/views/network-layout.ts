import { linkHorizontal } from 'd3-shape';

/** Where each node of the network diagram sits, in pixels of the diagram's own box. */
export interface NodePosition {
  /** 0 is the input column, 1 … L the hidden layers and the output. */
  layer: number;
  unit: number;
  xPx: number;
  yPx: number;
}

export interface NetworkLayout {
  widthPx: number;
  heightPx: number;
  nodeSizePx: number;
  /** columns[layer][unit] */
  columns: NodePosition[][];
}

export interface LayoutOptions {
  widthPx: number;
  /** Nodes in each column, input column first, output column last. */
  columnSizes: readonly number[];
  nodeSizePx: number;
  /** Vertical gap between nodes. */
  gapPx: number;
  paddingTopPx: number;
}

/** Columns spread evenly across the width; nodes stacked from the top of each column, centred on the tallest. */
export function layoutNetwork(options: LayoutOptions): NetworkLayout {
  const { widthPx, columnSizes, nodeSizePx, gapPx, paddingTopPx } = options;
  const tallest = Math.max(1, ...columnSizes);
  const columnHeight = tallest * nodeSizePx + (tallest - 1) * gapPx;
  const heightPx = paddingTopPx + columnHeight + gapPx;
  const columnCount = columnSizes.length;
  const usable = widthPx - nodeSizePx;
  const columns = columnSizes.map((size, layer) => {
    const xPx = nodeSizePx / 2 + (columnCount > 1 ? (usable * layer) / (columnCount - 1) : usable / 2);
    const ownHeight = size * nodeSizePx + (size - 1) * gapPx;
    const top = paddingTopPx + (columnHeight - ownHeight) / 2;
    return Array.from({ length: size }, (_, unit) => ({
      layer,
      unit,
      xPx,
      yPx: top + unit * (nodeSizePx + gapPx) + nodeSizePx / 2,
    }));
  });
  return { widthPx, heightPx, nodeSizePx, columns };
}

const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();

/** The SVG path of the connection from the right edge of one node to the left edge of the next. */
export function connectionPath(from: NodePosition, to: NodePosition, nodeSizePx: number): string {
  return (
    link({
      source: [from.xPx + nodeSizePx / 2, from.yPx],
      target: [to.xPx - nodeSizePx / 2, to.yPx],
    }) ?? ''
  );
}

/** Stroke width for a weight: grows with |w|, bounded so big weights do not cover the diagram. */
export function weightStrokePx(weight: number, maxPx = 6): number {
  if (!Number.isFinite(weight)) return 1;
  return Math.min(maxPx, 0.5 + Math.abs(weight) * 1.5);
}
