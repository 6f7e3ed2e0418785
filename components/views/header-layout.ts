/**
 * Where the labels above the network diagram's columns go: "Inputs", each hidden layer's controls
 * (− / + neuron, the neuron count, the activation menu) and "Output". Every box spans the whole header
 * band, so boxes that do not overlap horizontally do not overlap at all.
 */

/** How much a hidden layer's header shows: `full` ("4 neurons", "leaky ReLU") or `compact` ("4 n", "leaky"). */
export type HeaderVariant = 'full' | 'compact';

/**
 * Width each variant needs, with room to spare over the widest text it holds at 12 px in either
 * language (the full activation menu is 92 px; "64 neurons" 68 px; the compact "Leaky ▼" menu 48 px).
 */
export const HEADER_WIDTH_PX: Record<HeaderVariant, number> = { full: 96, compact: 50 };
/** Least space between two header boxes. */
export const HEADER_GAP_PX = 4;
/** The "Inputs" label's box (the label is 37 px in English). */
export const INPUT_LABEL_WIDTH_PX = 40;
/** The output label: two lines "Output" / "(sigmoid)" when this wide … */
export const OUTPUT_LABEL_FULL_PX = 62;
/** … else "Output" / "σ", which needs this much ("Output" is 42 px). */
export const OUTPUT_LABEL_MIN_PX = 46;

export interface HeaderBox {
  /** 0 is the input column, 1 … L the hidden layers, L + 1 the output. */
  column: number;
  leftPx: number;
  widthPx: number;
  variant: HeaderVariant;
}

/** The variant whose box fits between columns `pitchPx` apart, or null when even the compact one does not. */
export function headerVariant(pitchPx: number): HeaderVariant | null {
  if (pitchPx >= HEADER_WIDTH_PX.full + HEADER_GAP_PX) return 'full';
  if (pitchPx >= HEADER_WIDTH_PX.compact + HEADER_GAP_PX) return 'compact';
  return null;
}

/**
 * The smallest distance between column centres at which every header fits with compact hidden
 * headers: hidden headers side by side, the first clear of "Inputs", the last leaving the output label
 * its minimum width before the right edge (the output node's centre is `nodeSizePx / 2` from it).
 */
export function minimumPitchPx(nodeSizePx: number): number {
  const half = HEADER_WIDTH_PX.compact / 2;
  return Math.ceil(
    Math.max(
      HEADER_WIDTH_PX.compact + HEADER_GAP_PX,
      INPUT_LABEL_WIDTH_PX + HEADER_GAP_PX + half - nodeSizePx / 2,
      OUTPUT_LABEL_MIN_PX + HEADER_GAP_PX + half - nodeSizePx / 2,
    ),
  );
}

/**
 * The diagram's width: the preferred width, shrunk to what the page has room for, but never below
 * the width at which the headers of `columnCount` columns fit (the diagram then scrolls sideways).
 */
export function fitDiagramWidthPx(preferredPx: number, availablePx: number | undefined, columnCount: number, nodeSizePx: number): number {
  const fitted = availablePx === undefined ? preferredPx : Math.min(preferredPx, Math.floor(availablePx));
  const least = nodeSizePx + Math.max(1, columnCount - 1) * minimumPitchPx(nodeSizePx);
  return Math.max(fitted, least);
}

/**
 * Header boxes for columns centred at `columnXs` (input column first, output last) in a diagram
 * `widthPx` wide. Hidden headers are centred on their column; "Inputs" starts at the left edge; the
 * output label ends at the right edge and takes what room the last hidden header leaves.
 */
export function layoutHeaders(columnXs: readonly number[], widthPx: number): HeaderBox[] {
  const count = columnXs.length;
  const pitchPx = count > 1 ? columnXs[1]! - columnXs[0]! : widthPx;
  const variant = headerVariant(pitchPx) ?? 'compact';
  const boxes: HeaderBox[] = [{ column: 0, leftPx: 0, widthPx: INPUT_LABEL_WIDTH_PX, variant: 'full' }];
  for (let column = 1; column < count - 1; column++) {
    const width = HEADER_WIDTH_PX[variant];
    boxes.push({ column, leftPx: columnXs[column]! - width / 2, widthPx: width, variant });
  }
  if (count > 1) {
    const previous = boxes[boxes.length - 1]!;
    const room = widthPx - (previous.leftPx + previous.widthPx + HEADER_GAP_PX);
    const width = Math.min(OUTPUT_LABEL_FULL_PX, room);
    boxes.push({ column: count - 1, leftPx: widthPx - width, widthPx: width, variant: width >= OUTPUT_LABEL_FULL_PX ? 'full' : 'compact' });
  }
  return boxes;
}
