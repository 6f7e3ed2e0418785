import type { LabeledPoint } from '../protocol';

/** Numbers per point in a packed array: x1, x2, label (0 | 1), split (1 train, 0 test). */
export const PACKED_STRIDE = 4;

/**
 * Points as one Float64Array, to cross to the worker as a transferred buffer: structured cloning 5,000
 * point objects takes several milliseconds on each side, at every pointer move of a drag.
 */
export function packPoints(points: readonly LabeledPoint[]): Float64Array {
  const packed = new Float64Array(points.length * PACKED_STRIDE);
  points.forEach((p, i) => {
    const at = i * PACKED_STRIDE;
    packed[at] = p.x1;
    packed[at + 1] = p.x2;
    packed[at + 2] = p.label;
    packed[at + 3] = p.split === 'train' ? 1 : 0;
  });
  return packed;
}

/** The points of packPoints, equal to the originals. A trailing partial point is ignored. */
export function unpackPoints(packed: Float64Array): LabeledPoint[] {
  const count = Math.floor(packed.length / PACKED_STRIDE);
  const points: LabeledPoint[] = new Array<LabeledPoint>(count);
  for (let i = 0; i < count; i++) {
    const at = i * PACKED_STRIDE;
    points[i] = { x1: packed[at]!, x2: packed[at + 1]!, label: packed[at + 2] === 1 ? 1 : 0, split: packed[at + 3] === 1 ? 'train' : 'test' };
  }
  return points;
}
