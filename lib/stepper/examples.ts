/**
 * Between the page's points and the trainer's training set: the training set is the points whose split
 * is 'train', in their order, so training example k is the k-th such point.
 */
import type { LabeledPoint } from '../protocol';

/** The index among the training points of point `pointIndex`; null for a test point or no such point. */
export function trainIndexOf(points: readonly LabeledPoint[], pointIndex: number): number | null {
  if (points[pointIndex]?.split !== 'train') return null;
  let k = 0;
  for (let i = 0; i < pointIndex; i++) if (points[i]!.split === 'train') k += 1;
  return k;
}

/** The point indices of training examples `trainIndices` (those that exist), in the same order. */
export function pointIndicesOf(points: readonly LabeledPoint[], trainIndices: ArrayLike<number>): number[] {
  const byTrainIndex: number[] = [];
  points.forEach((p, i) => {
    if (p.split === 'train') byTrainIndex.push(i);
  });
  return Array.from(trainIndices, (k) => byTrainIndex[k]).filter((i): i is number => i !== undefined);
}
