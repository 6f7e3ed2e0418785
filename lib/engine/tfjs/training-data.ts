import * as tf from '@tensorflow/tfjs-core';
import { pointsToMatrices } from '../../data/features';
import type { Feature, LabeledPoint, Split } from '../../protocol';

/** X (features × m) and Y (1 × m) of one split, kept outside any tf.tidy. */
export interface DataTensors {
  X: tf.Tensor2D;
  Y: tf.Tensor2D;
  m: number;
}

/** Tensors of the points of one split, or null when that split has no points. */
export function splitTensors(
  points: readonly LabeledPoint[],
  features: readonly Feature[],
  split: Split,
): DataTensors | null {
  const chosen = points.filter((p) => p.split === split);
  if (chosen.length === 0) return null;
  const { X, Y, m } = pointsToMatrices(chosen, features);
  return { X: tf.tensor2d(X, [features.length, m]), Y: tf.tensor2d(Y, [1, m]), m };
}

export function disposeData(data: DataTensors | null): void {
  if (!data) return;
  data.X.dispose();
  data.Y.dispose();
}

/** Columns `indices` of X and Y (a minibatch); call inside tf.tidy. */
export function gatherBatch(data: DataTensors, indices: Uint32Array): { X: tf.Tensor2D; Y: tf.Tensor2D } {
  const idx = tf.tensor1d(Int32Array.from(indices), 'int32');
  return { X: tf.gather(data.X, idx, 1), Y: tf.gather(data.Y, idx, 1) };
}
