import * as tf from '@tensorflow/tfjs-core';
import { pointsToMatrices } from '../data/features';
import { createRng, shuffledIndices } from '../data/random';
import type { Feature, LabeledPoint, Split } from '../protocol';

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

/** Gradient steps per epoch: 1 for 'full', else ⌈m / batchSize⌉. */
export function stepsPerEpoch(m: number, batchSize: number | 'full'): number {
  if (m === 0) return 0;
  return batchSize === 'full' ? 1 : Math.ceil(m / Math.max(1, Math.floor(batchSize)));
}

/** Mixes the shuffle seed with the epoch number, so every epoch has its own, replayable order. */
export function epochSeed(seed: number, epoch: number): number {
  let h = Math.imul(Math.trunc(seed) ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.imul(epoch + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

/** The order in which epoch `epoch` visits the m training examples. */
export function epochOrder(m: number, seed: number, epoch: number): Uint32Array {
  return shuffledIndices(m, createRng(epochSeed(seed, epoch)));
}

/** Columns `indices` of X and Y (a minibatch); call inside tf.tidy. */
export function gatherBatch(data: DataTensors, indices: Uint32Array): { X: tf.Tensor2D; Y: tf.Tensor2D } {
  const idx = tf.tensor1d(Int32Array.from(indices), 'int32');
  return { X: tf.gather(data.X, idx, 1), Y: tf.gather(data.Y, idx, 1) };
}
